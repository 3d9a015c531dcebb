/**
 * Custom messages between the SOP language server and its clients (the VS Code extension,
 * tests, other editors). Plain method names and JSON types: no vscode import.
 */
import type { DocumentModel, OverviewEntry } from './model/model-types.js';

/** Server → client notification after a build validated documents. */
export const DocumentsValidatedNotification = 'sop/documentsValidated';
export interface DocumentsValidatedParams {
    uris: string[];
}

/** Client → server request: the semantic models of one file, with its diagnostic counts. */
export const ModelsRequest = 'sop/models';
export interface ModelsParams {
    uri: string;
}
export interface ModelsResult {
    uri: string;
    /** Version of the text document the models were computed from. */
    version: number;
    models: DocumentModel[];
    errors: number;
    warnings: number;
    /** Errors of each model, in the order of `models` (see `errorsWithin`): a model with any is exported as a draft. */
    modelErrors?: number[];
}

/**
 * Client → server request: parse, link and validate texts that are not the workspace's (an older
 * revision of a file and of the files beside it) in a workspace of their own, so they cause no
 * duplicate ids or diagnostics in the editor. The VS Code compare view uses it: the extension host
 * then needs no parser of its own.
 */
export const IsolatedModelsRequest = 'sop/isolatedModels';
export interface IsolatedModelsParams {
    /** The files, linked together; only the first `report` of them get their diagnostics back. */
    files: Array<{ uri: string; text: string }>;
    report: number;
    /** Message language; default the server's. */
    locale?: 'id' | 'en';
    /** Validation profile for documents that name none; default the server's. */
    profile?: 'sop-ap' | 'generic';
}
/** One diagnostic as the review of a change reads it (1-based line and column). */
export interface IsolatedDiagnostic {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    line: number;
    column: number;
    message: string;
}
export interface IsolatedModelsResult {
    /** Per file of the request, in its order. */
    files: Array<{ uri: string; models: DocumentModel[]; diagnostics: IsolatedDiagnostic[] }>;
}

/**
 * Client → server request: the semantic models of every document of the workspace, once built,
 * with each model's error count. The VS Code extension assembles an SOP book from them (the book's
 * SOPs may be in any file), exactly as `sop export` does from its workspace.
 */
export const WorkspaceModelsRequest = 'sop/workspaceModels';
export interface WorkspaceModelsResult {
    documents: Array<{ uri: string; models: DocumentModel[]; modelErrors: number[] }>;
}

/**
 * Client → server request: one overview entry per document of the workspace (SOP, Standar
 * Pelayanan, SOP book, monitoring round) with its facts and its errors and warnings, once the
 * workspace is built: what `sop report` prints, for the VS Code Explorer view.
 */
export const OverviewRequest = 'sop/overview';
export interface OverviewResult {
    entries: OverviewEntry[];
}

/**
 * The file system the browser language server reads through its client: the server runs in a web
 * worker with no file system of its own, so it asks the extension, which answers with
 * `vscode.workspace.fs` (any scheme the editor knows: vscode-vfs on github.dev, vscode-remote in
 * code-server, file on desktop). The server's half: packages/server/src/browser/workspace-file-system.ts;
 * the extension's: packages/vscode/src/browser/file-system.ts.
 */
/** A directory entry or the status of one URI. */
export interface FsEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** `sop/fs/stat`: `{ uri }` → the entry, or null when nothing is there. */
export const FsStatRequest = 'sop/fs/stat';
/** `sop/fs/readDirectory`: `{ uri }` → the entries of the folder. */
export const FsReadDirectoryRequest = 'sop/fs/readDirectory';
/** `sop/fs/readFile`: `{ uri }` → the file's bytes as base64 (the server decodes UTF-8 text itself). */
export const FsReadFileRequest = 'sop/fs/readFile';

export interface FsUriParams {
    uri: string;
}

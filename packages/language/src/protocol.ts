/**
 * Custom messages between the SOP language server and its clients (the VS Code extension,
 * tests, other editors). Plain method names and JSON types: no vscode import.
 */
import type { DocumentModel } from './model/model-types.js';

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
}

/**
 * Answers `sop/isolatedModels` (protocol.ts): builds the given texts in a fresh in-memory
 * workspace with the server's settings, never touching the editor's workspace.
 */
import { EmptyFileSystem, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { createSopServices, type SopServices } from '../sop-module.js';
import { IsolatedModelsRequest, type IsolatedDiagnostic, type IsolatedModelsParams, type IsolatedModelsResult } from '../protocol.js';

const severities = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Builds `params.files` together and returns their models and the first files' diagnostics. */
export async function buildIsolated(params: IsolatedModelsParams, defaults: SopServices): Promise<IsolatedModelsResult> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    const settings = Sop.sop.Settings;
    settings.locale = params.locale ?? defaults.sop.Settings.locale;
    settings.defaultProfile = params.profile ?? defaults.sop.Settings.defaultProfile;
    const docs = params.files.map(f => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.parse(f.uri));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: true });
    return {
        files: docs.map((doc, i) => ({
            uri: params.files[i].uri,
            models: Sop.sop.Models.getModels(doc),
            diagnostics: i < params.report ? (doc.diagnostics ?? []).map((d): IsolatedDiagnostic => {
                const data = d.data as { code?: string } | undefined;
                const code = typeof d.code === 'string' ? d.code
                    : data?.code === 'parsing-error' || data?.code === 'lexing-error' ? 'syntax' : String(d.code ?? data?.code ?? 'syntax');
                return { code, severity: severities[d.severity ?? 1], line: d.range.start.line + 1, column: d.range.start.character + 1, message: typeof d.message === 'string' ? d.message : d.message.value };
            }) : [],
        })),
    };
}

/** Registers the request on a connection. */
export function registerIsolatedModels(connection: Connection, services: SopServices): void {
    connection.onRequest(IsolatedModelsRequest, (params: IsolatedModelsParams) => buildIsolated(params, services));
}

/**
 * The extension's back end of the export pipeline of '@sop/export' (the same `exportDocument`
 * `sop export` runs): SVG and PNG are drawn by the preview webview (it already has Mermaid and a
 * canvas), PDF is printed by the browser on this computer with the CLI's printer, and the DOCX
 * renderer is loaded from its own bundle the first time a Word file is asked for.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CollectionModel, DocumentModel } from '@sop/language/model';
import type { WorkspaceModelsResult } from '@sop/language/protocol';
import { exportBook, exportDocument, logoDataUri, planBook, type DocxRenderers, type ExportBackend, type ExportFormat as PipelineFormat } from '@sop/export/pipeline';
import { documentLanguage, repairSvgLabelEntities, type MermaidTheme } from '@sop/renderers/text';
import type { ExportFormat } from '../../shared/messages.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import type { ExportSettings } from '../settings.js';
import { htmlToPdf } from './pdf.js';

/** Formats that exist only for an SOP (they are drawings of its flowchart). */
export const FLOWCHART_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'mmd']);

let docx: Promise<DocxRenderers> | undefined;

/** The DOCX renderers from out/docx.cjs, loaded once (the `docx` library is not read at activation). */
function loadDocx(): Promise<DocxRenderers> {
    // A computed path: the bundler leaves this require alone, so the library stays in its own file.
    docx ??= Promise.resolve().then(() => require(path.join(__dirname, 'docx.cjs')) as DocxRenderers);
    return docx;
}

/** The pipeline's back end in the extension host. */
function backend(settings: ExportSettings, theme: MermaidTheme, panel: () => Promise<PreviewPanel>): ExportBackend {
    const draw = async (format: 'svg' | 'png', mermaid: string) =>
        (await panel()).renderExport({ format, mermaid, theme, background: settings.pngBackground, scale: settings.pngScale });
    return {
        // Same post-processing as `sop export`, so both write the same SVG text.
        svg: async mermaid => repairSvgLabelEntities(await draw('svg', mermaid)),
        png: async mermaid => Buffer.from((await draw('png', mermaid)).replace(/^data:image\/png;base64,/, ''), 'base64'),
        pdf: html => htmlToPdf(html, settings.browserPath),
        docx: loadDocx,
    };
}

/** Where one export comes from and goes to. */
export interface ExportPlace {
    /** The .sop file. */
    source: string;
    /** The file to write. */
    target: string;
    /** The folder a logo must be inside (the workspace folder), as `sop export` run there. */
    root: string;
}

/**
 * The content of `format` for `model`, ready to write. `errors`: the errors of its file; a
 * document with errors is a draft, its official document marked KONSEP / DRAFT on every page.
 */
export function exportContent(model: DocumentModel, format: ExportFormat, settings: ExportSettings, panel: () => Promise<PreviewPanel>, place: ExportPlace, errors = 0): Promise<string | Uint8Array> {
    const theme = settings.theme as MermaidTheme;
    return exportDocument({
        model, format: format as PipelineFormat, errors, theme,
        sourceRef: path.relative(path.dirname(place.target), place.source).split(path.sep).join('/'),
        // The document's language, not the editor's: an Indonesian SOP is printed in Indonesian.
        lang: documentLanguage(model),
        logoDataUri: model.kind === 'sop' ? logoDataUri(place.source, model.header.logo, place.root) : undefined,
    }, backend(settings, theme, panel));
}

/**
 * The whole SOP book of `collection` (html, pdf or docx), its SOPs taken from every document of
 * the workspace as the language server has them: the same assembly and printing as `sop export`.
 */
export async function bookContent(collection: CollectionModel, format: 'html' | 'pdf' | 'docx', settings: ExportSettings, panel: () => Promise<PreviewPanel>,
    place: ExportPlace, errors: number, workspace: WorkspaceModelsResult): Promise<string | Uint8Array> {
    const documents = workspace.documents.flatMap(d => d.models.map((model, i) => ({
        model, file: model.uri ? vscode.Uri.parse(model.uri).fsPath : vscode.Uri.parse(d.uri).fsPath, errors: d.modelErrors[i] ?? 0,
    })));
    const book = await planBook(collection, documents, { source: place.source, errors, logo: (file, logo) => logoDataUri(file, logo, place.root) });
    const sourceRef = path.relative(path.dirname(place.target), place.source).split(path.sep).join('/');
    return exportBook(book.input, format, documentLanguage(collection), sourceRef, backend(settings, settings.theme as MermaidTheme, panel));
}

/**
 * The web build's back end of the export pipeline (scripts/build.mjs puts it in place of
 * extension/export/formats.ts): the same `exportDocument` as `sop export` and the desktop
 * extension. SVG and PNG are drawn by the preview webview, as on desktop; DOCX comes from its own
 * bundle (out/docx.cjs, the same file as the desktop's), loaded on first use; PDF needs a browser of its own, which a web
 * worker cannot start, so it says how to get one instead (print the HTML export, or the desktop
 * extension / `sop export`). The logo is read with `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import { logoImageType, type CollectionModel, type DocumentModel } from '@sop/language/model';
import type { WorkspaceModelsResult } from '@sop/language/protocol';
import { exportBook, exportDocument, PdfUnavailableError, planBook, type DocxRenderers, type ExportBackend, type ExportFormat as PipelineFormat } from '@sop/export/pipeline';
import { documentLanguage, repairSvgLabelEntities, type MermaidTheme } from '@sop/renderers/text';
import type { ExportFormat } from '../shared/messages.js';
import type { PreviewPanel } from '../extension/preview/preview-panel.js';
import type { ExportSettings } from '../extension/settings.js';
import { uiLang } from '../extension/i18n.js';
import { readExtensionFile } from './extension-file.js';
import { fromBase64, toBase64 } from '../shared/base64.js';

/** Formats that exist only for an SOP (they are drawings of its flowchart). */
export const FLOWCHART_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'mmd']);

/** Where one export comes from and goes to: URI strings here (paths on desktop). */
export interface ExportPlace {
    source: string;
    target: string;
    root: string;
}

/** Why there is no PDF here, and how to get one. */
export function pdfUnavailable(): string {
    return uiLang() === 'id'
        ? 'PDF tidak dapat dicetak oleh editor di peramban (github.dev, vscode.dev): jalankan "SOP: Ekspor Dokumen Resmi sebagai HTML", buka berkas HTML-nya di peramban lalu Cetak → Simpan sebagai PDF; atau gunakan VS Code desktop atau `sop export --format pdf`.'
        : 'PDF cannot be printed by the editor in the browser (github.dev, vscode.dev): run "SOP: Export Official Document as HTML", open the HTML file in your browser and Print → Save as PDF; or use VS Code desktop or `sop export --format pdf`.';
}

/** This extension (`publisher.name` of package.json). */
const EXTENSION_ID = 'sop-as-code.sop-vscode';

let docx: Promise<DocxRenderers> | undefined;

/** The DOCX renderers from out/docx.cjs, loaded once (a CommonJS bundle evaluated like the extension itself). */
function loadDocx(): Promise<DocxRenderers> {
    docx ??= (async () => {
        const ext = vscode.extensions.getExtension(EXTENSION_ID);
        if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
        const code = await readExtensionFile(vscode.Uri.joinPath(ext.extensionUri, 'out', 'docx.cjs'));
        const module = { exports: {} as Partial<DocxRenderers> };
        new Function('module', 'exports', code)(module, module.exports);
        if (!module.exports.renderDocx) throw new Error('out/docx.cjs has no renderDocx');
        return module.exports as DocxRenderers;
    })();
    docx.catch(() => { docx = undefined; });
    return docx;
}

function backend(settings: ExportSettings, theme: MermaidTheme, panel: () => Promise<PreviewPanel>): ExportBackend {
    const draw = async (format: 'svg' | 'png', mermaid: string) =>
        (await panel()).renderExport({ format, mermaid, theme, background: settings.pngBackground, scale: settings.pngScale });
    return {
        svg: async mermaid => repairSvgLabelEntities(await draw('svg', mermaid)),
        png: async mermaid => fromBase64((await draw('png', mermaid)).replace(/^data:image\/png;base64,/, '')),
        pdf: () => Promise.reject(new PdfUnavailableError(pdfUnavailable())),
        docx: loadDocx,
    };
}

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

function matchesType(type: string, b: Uint8Array): boolean {
    if (type === 'image/png') return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v);
    if (type === 'image/jpeg') return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    if (type === 'image/gif') return String.fromCharCode(...b.subarray(0, 4)) === 'GIF8';
    return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(new TextDecoder().decode(b.subarray(0, 4096)));
}

/**
 * The logo beside the document as a data: URI, under the rules of `readLogo` of '@sop/export'
 * (a relative name inside the workspace folder, an image file by name and bytes, at most 2 MB);
 * read with `vscode.workspace.fs`. Symbolic links cannot be seen through it and are read as files.
 */
async function logoDataUri(place: ExportPlace, logo: string | undefined): Promise<string | undefined> {
    if (!logo || /^[a-z][a-z0-9+.-]*:/i.test(logo) || logo.startsWith('/') || logo.startsWith('\\')) return undefined;
    const type = logoImageType(logo);
    if (!type) return undefined;
    const source = vscode.Uri.parse(place.source);
    const root = vscode.Uri.parse(place.root);
    const file = vscode.Uri.joinPath(source, '..', ...logo.replace(/\\/g, '/').split('/'));
    const base = root.path.endsWith('/') ? root.path : root.path + '/';
    if (file.authority !== root.authority || file.scheme !== root.scheme || !file.path.startsWith(base)) return undefined;
    try {
        const stat = await vscode.workspace.fs.stat(file);
        if (!(stat.type & vscode.FileType.File) || stat.size > MAX_LOGO_BYTES) return undefined;
        const bytes = await vscode.workspace.fs.readFile(file);
        return matchesType(type, bytes) ? `data:${type};base64,${toBase64(bytes)}` : undefined;
    } catch {
        return undefined;
    }
}

/** The path of `to` relative to the folder `from`, both URI paths. */
function relativePath(from: string, to: string): string {
    const a = from.split('/').filter(Boolean);
    const b = to.split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** As the desktop `exportContent`: the content of `format` for `model`, ready to write. */
export async function exportContent(model: DocumentModel, format: ExportFormat, settings: ExportSettings, panel: () => Promise<PreviewPanel>, place: ExportPlace, errors = 0): Promise<string | Uint8Array> {
    const theme = settings.theme as MermaidTheme;
    const target = vscode.Uri.parse(place.target);
    return exportDocument({
        model, format: format as PipelineFormat, errors, theme,
        sourceRef: relativePath(vscode.Uri.joinPath(target, '..').path, vscode.Uri.parse(place.source).path),
        lang: documentLanguage(model),
        logoDataUri: model.kind === 'sop' ? await logoDataUri(place, model.header.logo) : undefined,
    }, backend(settings, theme, panel));
}

/**
 * As the desktop `bookContent`: the whole SOP book from the workspace's models. Without a PDF
 * printer in the browser the HTML book's contents list has no page numbers, and PDF says how to
 * get one.
 */
export async function bookContent(collection: CollectionModel, format: 'html' | 'pdf' | 'docx', settings: ExportSettings, panel: () => Promise<PreviewPanel>,
    place: ExportPlace, errors: number, workspace: WorkspaceModelsResult): Promise<string | Uint8Array> {
    const documents = workspace.documents.flatMap(d => d.models.map((model, i) => ({ model, file: model.uri ?? d.uri, errors: d.modelErrors[i] ?? 0 })));
    const book = await planBook(collection, documents, {
        source: place.source, errors,
        logo: (file, logo) => logoDataUri({ ...place, source: file }, logo),
    });
    const target = vscode.Uri.parse(place.target);
    const sourceRef = relativePath(vscode.Uri.joinPath(target, '..').path, vscode.Uri.parse(place.source).path);
    return exportBook(book.input, format, documentLanguage(collection), sourceRef, backend(settings, settings.theme as MermaidTheme, panel));
}

/**
 * Produces the bytes of one export of one document. Text formats and DOCX come from the pure
 * renderers of '@sop/renderers' in the extension host; SVG and PNG are drawn by the preview
 * webview (it already has Mermaid and a canvas); PDF is printed by the system Chromium.
 */
import type { DocumentModel, SopModel } from '@sop/language';
import { documentLanguage, renderDocx, renderMarkdown, renderMermaid, renderOfficialHtml, repairSvgLabelEntities, type MermaidTheme } from '@sop/renderers';
import type { ExportFormat } from '../../shared/messages.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import type { ExportSettings } from '../settings.js';
import { htmlToPdf } from './pdf.js';

/** Formats that exist only for an SOP (they are drawings of its flowchart). */
export const FLOWCHART_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'mmd']);

/**
 * The content of `format` for `model`; `panel` renders SVG/PNG. `errors`: the errors of its file;
 * a document with errors is a draft, its official document marked KONSEP / DRAFT on every page.
 */
export async function exportContent(model: DocumentModel, format: ExportFormat, settings: ExportSettings, panel: () => Promise<PreviewPanel>, errors = 0): Promise<string | Uint8Array> {
    const draft = errors > 0 ? { errors } : undefined;
    // The document's language, not the editor's: an Indonesian SOP is printed in Indonesian.
    const lang = documentLanguage(model);
    const theme = settings.theme as MermaidTheme;
    switch (format) {
        case 'mmd': return renderMermaid(asSop(model), { lang, theme });
        case 'md': return renderMarkdown(model, { lang, theme });
        case 'html': return renderOfficialHtml(model, { lang, draft });
        case 'pdf': return htmlToPdf(renderOfficialHtml(model, { lang, draft }), settings.browserPath);
        case 'docx': return renderDocx(model, { lang, draft });
        case 'svg':
        case 'png': {
            const p = await panel();
            const data = await p.renderExport({ format, mermaid: renderMermaid(asSop(model), { lang, theme }), theme, background: settings.pngBackground, scale: settings.pngScale });
            // Same post-processing as `sop export`, so both write the same SVG text.
            if (format === 'svg') return repairSvgLabelEntities(data);
            return Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64');
        }
    }
}

function asSop(model: DocumentModel): SopModel {
    if (model.kind !== 'sop') throw new Error(`${model.id} is not an SOP`);
    return model;
}

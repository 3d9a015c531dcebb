/** The look of an SOP that names no template (no Langium: the renderers and the extension host use it). */
import type { TemplateInfo } from './model-types.js';

/** The default look: today's A4 document with every column. */
export function defaultTemplate(): TemplateInfo {
    return {
        paper: 'A4', identityOrientation: 'landscape', tableOrientation: 'landscape', labels: {},
        notesColumn: true, columnNumbers: false, blankCapsules: false, tableCaption: true,
    };
}

/**
 * The draft guard in Word: on every page a large diagonal "KONSEP" behind the text (Word's own text
 * watermark, which Word and LibreOffice draw and can remove) and, in the header, the note with the
 * error count in red, so a printed or forwarded copy cannot pass for the signed document.
 */
import { AlignmentType, Header, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';

/** Distance of the header from the page's top edge (3 mm), in twips. */
const headerDistance = 170;

/** The draft header: the watermark and one small line of note. */
export function draftHeader(texts: { mark: string; note: string }): Header {
    return new Header({
        children: [new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 0, after: 0 },
            children: [
                new TextWatermark({ text: texts.mark, font: 'Arial', bold: true, color: 'C00000', opacity: 0.18, layout: 'diagonal' }),
                new TextRun({ text: texts.note, bold: true, size: 14, color: 'C00000' }),
            ],
        })],
    });
}

/**
 * A section with the draft header. The header sits 3 mm from the top edge and is one 7pt line, so
 * it stays inside the SOP pages' 8 mm margin: a taller header would push the procedure table
 * down, off the flowchart drawn for it, and its last rows onto another page.
 */
export function withDraftHeader(section: ISectionOptions, texts: { mark: string; note: string }): ISectionOptions {
    const page = section.properties?.page;
    return {
        ...section,
        properties: { ...section.properties, page: { ...page, margin: { ...page?.margin, header: headerDistance } } },
        headers: { default: draftHeader(texts) },
    };
}

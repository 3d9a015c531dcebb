/**
 * The whole SOP book as one DOCX: the koleksi's front matter (cover, decree, contents, ruang
 * lingkup, ringkasan, definisi), then every part (SOP, optionally Standar Pelayanan) in its own
 * section starting on a new page. One page numbering runs through the book (a PAGE field in
 * every footer, the cover without one); the contents list gives each part's page with a PAGEREF
 * field to a bookmark at the part's start, which Word and LibreOffice compute from their own
 * layout (the file asks Word to update its fields when opened).
 */
import { formatDate } from '@sop/language/model';
import {
    AlignmentType, BookmarkEnd, BookmarkStart, Document, Footer, Header, LeaderType, Packer, PageNumber, PageReference, Paragraph, TabStopType, TextRun,
    type ISectionOptions, type ParagraphChild,
} from 'docx';
import type { BookInput, BookOptions, BookPart } from '../official/book.js';
import { draftTexts, type DraftInfo } from '../official/draft-mark.js';
import { labels, type Labels, type OfficialLang } from '../official/labels.js';
import { baseSize, logoParagraph, normalizeZipTimes, numberedParas, para } from './docx-helpers.js';
import { sopSection } from './sop-docx.js';
import { serviceStandardSections } from './sp-docx.js';

const esc = (s: string) => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A4 portrait, 2 cm margins (as the front matter of the single koleksi export). */
const portraitPage = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };

/** The bookmark of a part: a letter first, at most 40 characters, unique by its place. */
export function partBookmark(part: BookPart, index: number): string {
    return `p${index + 1}_${part.model.id}`.slice(0, 40);
}

function pageFooter(): Footer {
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] });
}

function draftHeader(draft: DraftInfo | undefined, lang: OfficialLang): Header | undefined {
    if (!draft || draft.errors <= 0) return undefined;
    const t = draftTexts(draft, lang);
    return new Header({
        children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: t.mark, bold: true, size: 48, color: 'C00000' }), new TextRun({ text: `  ${t.note}`, bold: true, size: 18, color: 'C00000' })],
        })],
    });
}

function frontSection(input: BookInput, l: Labels, lang: OfficialLang): ISectionOptions {
    const c = input.collection;
    const cover = [para(''), para(''), ...logoParagraph(input.logoDataUri), para(l.sopBook.toUpperCase(), { bold: true, size: 36, center: true, spaceAfter: 240 }),
        para(c.title, { bold: true, size: 30, center: true, spaceAfter: 240 }),
        ...(c.unit ? [para(c.unit, { bold: true, center: true })] : []), ...(c.year ? [para(c.year, { size: 28, center: true })] : [])];
    const e = c.enactment;
    const enactment = e ? [para(l.enactment.toUpperCase(), { bold: true, size: 28, center: true, pageBreakBefore: true }), para(e.decree, { bold: true, center: true }),
        ...(e.date ? [para(`${l.date}: ${formatDate(e.date, lang)}`)] : []), para(''), para(e.official ?? ''), para(''), para(''), para(e.person ?? '', { bold: true, underline: true })] : [];
    const usable = 11906 - 2 * 1134;
    const entry = (no: number, part: BookPart, index: number) => {
        const m = part.model;
        const number = m.kind === 'sop' && m.header.number ? ` (${m.header.number})` : '';
        return new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: usable, leader: LeaderType.DOT }],
            spacing: { after: 80 },
            children: [new TextRun({ text: `${no}. ${m.title || m.id}${number}`, size: baseSize + 2 }), new TextRun({ text: '\t', size: baseSize + 2 }),
                new PageReference(partBookmark(part, index), { hyperlink: true })],
        });
    };
    const sops = input.parts.map((p, i) => [p, i] as const).filter(([p]) => p.model.kind === 'sop');
    const sps = input.parts.map((p, i) => [p, i] as const).filter(([p]) => p.model.kind === 'sp');
    const contents = [para(l.contents.toUpperCase(), { bold: true, size: 28, center: true, pageBreakBefore: true, spaceAfter: 240 }),
        ...(input.parts.length ? sops.map(([p, i], k) => entry(k + 1, p, i)) : [para('-')]),
        ...(sps.length ? [para(lang === 'en' ? 'Service Standards' : 'Standar Pelayanan', { bold: true }), ...sps.map(([p, i], k) => entry(k + 1, p, i))] : [])];
    const explain = [para(l.scope, { bold: true, size: 24, pageBreakBefore: true }), ...numberedParas(c.scope), para(l.summary, { bold: true, size: 24 }), ...numberedParas(c.summary),
        para(l.definitions, { bold: true, size: 24 }), ...numberedParas(c.definitions)];
    const header = draftHeader(input.draft, lang);
    return {
        properties: { ...portraitPage, titlePage: true },
        headers: header ? { default: header, first: header } : undefined,
        // The cover has no number (a blank first-page footer); every other page has.
        footers: { default: pageFooter(), first: new Footer({ children: [new Paragraph({})] }) },
        children: [...cover, ...enactment, ...contents, ...explain],
    };
}

/** A part's sections with the bookmark its contents entry points at, the page footer and its draft header. */
function partSections(part: BookPart, index: number, l: Labels, lang: OfficialLang): ISectionOptions[] {
    const m = part.model;
    const sections = m.kind === 'sop' ? [sopSection(m, l, lang, part.logoDataUri)] : serviceStandardSections(m, m.published ? 'published' : 'full', l, lang, part.logoDataUri);
    const header = draftHeader(part.draft, lang);
    return sections.map((s, k) => {
        const children = [...(s.children ?? [])];
        if (k === 0) {
            // docx's Bookmark takes its numeric id from a counter that lives as long as the process;
            // a fixed id per part keeps the bytes the same however many books were rendered before.
            const id = index + 1;
            children.unshift(new Paragraph({
                spacing: { before: 0, after: 0 },
                children: [new BookmarkStart(partBookmark(part, index), id) as unknown as ParagraphChild, new TextRun({ text: '', size: 2 }), new BookmarkEnd(id) as unknown as ParagraphChild],
            }));
        }
        return { ...s, children, footers: { default: pageFooter() }, ...(header ? { headers: { default: header } } : {}) };
    });
}

function coreXml(title: string): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        + 'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${esc(title)}</dc:title><dc:creator>sop</dc:creator><cp:lastModifiedBy>sop</cp:lastModifiedBy><cp:revision>1</cp:revision></cp:coreProperties>`;
}

/** The whole SOP book as DOCX bytes. Deterministic: the same input gives the same bytes. */
export async function renderBookDocx(input: BookInput, options: BookOptions = {}): Promise<Uint8Array> {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const l = labels(lang);
    const sections = [frontSection(input, l, lang), ...input.parts.flatMap((p, i) => partSections(p, i, l, lang))];
    const title = input.collection.title || input.collection.id;
    const doc = new Document({
        title,
        creator: 'sop',
        features: { updateFields: true },
        styles: { default: { document: { run: { font: 'Arial', size: baseSize } } } },
        sections,
    });
    const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
    return normalizeZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}

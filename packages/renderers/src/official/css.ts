import { paperMm, sheetMarginMm } from './procedure-geometry.js';

/** Named pages and sheet sizes of the SOP pages, one per paper and orientation (`.sop-sheet.paper-F4.landscape`). */
function paperCss(): string {
    const out: string[] = [];
    for (const [paper, { w, h }] of Object.entries(paperMm)) {
        const name = paper.toLowerCase();
        out.push(`@page sop-${name}-landscape { size: ${h}mm ${w}mm; margin: ${sheetMarginMm}mm; }`);
        out.push(`@page sop-${name}-portrait { size: ${w}mm ${h}mm; margin: ${sheetMarginMm}mm; }`);
        out.push(`.sop-official .sheet.sop-sheet.landscape.paper-${paper} { page: sop-${name}-landscape; }`);
        out.push(`.sop-official .sheet.sop-sheet.sop-portrait.paper-${paper} { page: sop-${name}-portrait; }`);
        // On screen a sheet shows the paper's size; in print the page box gives it.
        out.push(`@media screen { .sop-official .sheet.sop-sheet.landscape.paper-${paper} { width: ${h}mm; min-height: ${w}mm; } .sop-official .sheet.sop-sheet.sop-portrait.paper-${paper} { width: ${w}mm; min-height: ${h}mm; } }`);
    }
    return out.join('\n');
}

/**
 * The style sheet of the official documents, scoped under `.sop-official` so it can be embedded
 * in a preview without touching the host page. Print: A4, SOP pages landscape (the procedure
 * table needs the width; the identity page uses the same orientation so one SOP prints as one
 * landscape run), Standar Pelayanan and SOP book pages portrait; black on white, 9-10pt text.
 * Sizes of the procedure table are fixed CSS pixels that match procedure-geometry.ts.
 */
export const officialCss = `
@page landscape { size: A4 landscape; margin: 8mm; }
@page portrait { size: A4 portrait; margin: 15mm; }
@page { size: A4 landscape; margin: 8mm; }
${paperCss()}
.sop-official { color: #000; background: #fff; font-family: "Arial", "Liberation Sans", "Helvetica", sans-serif; font-size: 9pt; line-height: 1.25; }
.sop-official * { box-sizing: border-box; }
.sop-official .sheet { background: #fff; margin: 0 auto 12px auto; padding: 8mm; box-shadow: 0 0 0 1px #bbb; }
.sop-official .sheet.landscape { page: landscape; width: 297mm; min-height: 210mm; }
.sop-official .sheet.portrait { page: portrait; width: 210mm; min-height: 297mm; padding: 15mm; font-size: 10pt; }
.sop-official .sheet + .sheet { break-before: page; }
.sop-official .sheet.draft { position: relative; }
.sop-official .draft-mark { position: absolute; left: 0; right: 0; top: 38%; text-align: center; font-size: 110pt; font-weight: bold; letter-spacing: 12pt; color: rgba(190, 0, 0, 0.16); transform: rotate(-24deg); pointer-events: none; z-index: 5; }
.sop-official .draft-note { position: absolute; bottom: 1mm; right: 8mm; margin: 0; color: #b00000; font-weight: bold; font-size: 9pt; z-index: 6; }
@media print {
  html, body { margin: 0; padding: 0; background: #fff; }
  .sop-official .sheet, .sop-official .sheet.landscape, .sop-official .sheet.portrait, .sop-official .sheet.sop-sheet { margin: 0; padding: 0; box-shadow: none; width: auto; min-height: 0; }
}
.sop-official table { border-collapse: collapse; }
.sop-official th, .sop-official td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; text-align: left; }
.sop-official th { font-weight: bold; }
.sop-official ol.num { margin: 0; padding-left: 22px; }
.sop-official ul.cell-list { margin: 0; padding-left: 11px; }
.sop-official p { margin: 0 0 3px 0; }
.sop-official .none { margin: 0; }
.sop-official .logo { width: 64px; height: 64px; margin: 0 auto 6px auto; }
.sop-official .logo img { width: 64px; height: 64px; object-fit: contain; }
.sop-official .logo-empty { border: 1px dashed #000; }
.sop-official .unit { font-weight: bold; text-align: center; }
.sop-official .identity.dense table.ident, .sop-official .identity.dense table.ident-grid { font-size: 8.5pt; }
.sop-official .identity.denser table.ident, .sop-official .identity.denser table.ident-grid { font-size: 7.5pt; line-height: 1.15; }
.sop-official .identity.denser .signature .sign-space { height: 32px; }
.sop-official .center { text-align: center; }

/* Identity (bagian identitas) */
.sop-official table.ident, .sop-official table.ident-grid { width: 100%; table-layout: fixed; font-size: 10pt; }
.sop-official table.ident-grid { border-top: 0; }
.sop-official .ident-org { vertical-align: middle; text-align: center; }
.sop-official .ident th { width: 18%; white-space: nowrap; }
.sop-official .ident .sop-title { font-weight: bold; }
.sop-official .signature .sign-space { height: 48px; }
.sop-official .signature .sign-name { font-weight: bold; text-decoration: underline; }
.sop-official .sign-right { margin-left: 55%; margin-top: 24px; }
.sop-official .ident-grid th { border-bottom: 0; }
.sop-official .ident-grid td { border-top: 0; min-height: 40px; }
.sop-official .ident-grid.history th { border-bottom: 1px solid #000; }
.sop-official .ident-grid tr { break-inside: avoid; page-break-inside: avoid; }
.sop-official .ident-grid tr.heads { break-after: avoid; page-break-after: avoid; }

/* Procedure table (bagian flowchart) */
.sop-official .proc-caption { font-weight: bold; font-size: 10pt; margin: 0 0 4px 0; height: 20px; overflow: hidden; }
.sop-official .proc-pageno { font-weight: normal; }
.sop-official table.proc { table-layout: fixed; font-size: 9pt; }
.sop-official table.proc thead { display: table-header-group; }
.sop-official table.proc th { text-align: center; vertical-align: middle; background: #fff; }
.sop-official table.proc .lane-head { font-size: 8pt; overflow-wrap: break-word; }
.sop-official table.proc tr { break-inside: avoid; page-break-inside: avoid; }
.sop-official table.proc td { overflow-wrap: break-word; }
.sop-official table.proc .c-no { text-align: center; }
.sop-official table.proc .c-time { text-align: center; }
.sop-official table.proc .c-section { font-weight: bold; font-style: italic; }
.sop-official table.proc tr.col-numbers th { font-weight: normal; font-style: italic; font-size: 8pt; padding: 0 2px; }
.sop-official table.proc td.lanes { position: relative; padding: 0; }
.sop-official table.proc td.lanes > svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: hidden; display: block; }
.sop-official .lanes-svg .lane-sep { stroke: #000; stroke-width: 1; }
.sop-official .lanes-svg .edge { fill: none; stroke: #000; stroke-width: 1.1; }
.sop-official .lanes-svg .arrowhead { fill: #000; stroke: none; }
.sop-official .lanes-svg .shape { fill: #fff; stroke: #000; stroke-width: 1.2; }
.sop-official .lanes-svg .sym-text { font-size: 7.5pt; text-anchor: middle; fill: #000; }
.sop-official .lanes-svg .sym-text.small { font-size: 5.5pt; }
.sop-official .lanes-svg .conn-label { font-weight: bold; }
.sop-official .lanes-svg .branch-label { font-size: 7pt; fill: #000; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }

/* Standar Pelayanan, Maklumat, SOP book */
.sop-official .doc-head { display: flex; gap: 12px; align-items: center; margin-bottom: 8px; }
.sop-official .doc-head .logo { margin: 0; }
.sop-official h1 { font-size: 14pt; margin: 0 0 4px 0; text-align: center; text-transform: uppercase; }
.sop-official h2 { font-size: 12pt; margin: 8px 0 4px 0; text-align: center; }
.sop-official h3 { font-size: 10pt; margin: 10px 0 4px 0; }
.sop-official .doc-head h1, .sop-official .doc-head h2 { text-align: left; }
.sop-official .doc-head .unit { text-align: left; }
.sop-official table.sp-table { width: 100%; table-layout: fixed; }
.sop-official table.sp-table thead { display: table-header-group; }
.sop-official table.sp-table tr { break-inside: avoid; }
.sop-official table.sp-table th { text-align: center; }
.sop-official table.sp-table .c-no { text-align: center; }
.sop-official .sub-head { font-weight: bold; margin-top: 4px; }
.sop-official .enactment { font-style: italic; margin-bottom: 6px; }
.sop-official .maklumat h1 { margin-top: 12px; }
.sop-official .maklumat-text { font-size: 12pt; margin: 24px 8mm; text-align: justify; line-height: 1.5; }
.sop-official .cover { text-align: center; padding-top: 40mm; }
.sop-official .cover .logo { width: 96px; height: 96px; margin-bottom: 24px; }
.sop-official .cover .logo img { width: 96px; height: 96px; }
.sop-official .cover h1 { font-size: 20pt; margin-bottom: 16px; }
.sop-official .cover h2 { font-size: 16pt; }
.sop-official .year { font-size: 14pt; margin-top: 24px; }
.sop-official table.toc { width: 100%; }
.sop-official table.toc td { border: 0; border-bottom: 1px dotted #000; }
.sop-official .toc-id { text-align: right; color: #000; }
.sop-official .decree { text-align: center; font-weight: bold; }
`;

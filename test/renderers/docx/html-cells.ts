/**
 * Test helper: where the official HTML, printed by Chromium, draws each flowchart symbol: the
 * table page, the row (its number) and the pelaksana column whose boxes hold the symbol's centre,
 * measured on the rendered page (bounding boxes), not taken from the layout.
 */
import type { Page } from 'playwright-core';

/** The cell of a symbol: table page (0-based), row number, pelaksana column (0-based). */
export interface SymbolCell {
    page: number;
    row: string;
    lane: number;
}

/** The cell of every symbol of the loaded official HTML, by step id. */
export async function htmlSymbolCells(page: Page): Promise<Map<string, SymbolCell>> {
    const cells = await page.evaluate(() => {
        const out: Array<[string, { page: number; row: string; lane: number }]> = [];
        for (const section of document.querySelectorAll<HTMLElement>('section.proc-page')) {
            const lanes = [...section.querySelectorAll('th.lane-head')].map(th => th.getBoundingClientRect());
            const rows = [...section.querySelectorAll<HTMLElement>('tr.step-row')].map(tr => ({ number: tr.dataset.number ?? '', box: tr.getBoundingClientRect() }));
            for (const sym of section.querySelectorAll<SVGGElement>('g.sym')) {
                const b = sym.querySelector('.shape')!.getBoundingClientRect();
                const cx = b.left + b.width / 2, cy = b.top + b.height / 2;
                out.push([sym.dataset.step ?? '', {
                    page: Number(section.dataset.page),
                    row: rows.find(r => r.box.top <= cy && cy <= r.box.bottom)?.number ?? '?',
                    lane: lanes.findIndex(l => l.left <= cx && cx <= l.right),
                }]);
            }
        }
        return out;
    });
    return new Map(cells);
}

/** PNG screenshots of the HTML's table pages, in order. */
export async function htmlTablePages(page: Page): Promise<Buffer[]> {
    const shots: Buffer[] = [];
    for (const section of await page.$$('section.proc-page')) shots.push(await section.screenshot());
    return shots;
}

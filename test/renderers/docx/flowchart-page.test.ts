/**
 * Joining the HTML's per-row arrow pieces back into one polyline per arrow (docx/flowchart-page.ts).
 */
import { describe, expect, it } from 'vitest';
import { chainPieces } from '../../../packages/renderers/src/docx/flowchart-page.js';

const p = (x: number, y: number) => ({ x, y });

describe('chainPieces', () => {
    it('joins the piece in the source row, the rows passed and the target row into one line, straight runs merged', () => {
        // Source row: out of the symbol's side and down to the row's edge; a full-height piece; into the target's top.
        const pieces = [[p(10, 5), p(40, 5), p(40, 20)], [p(40, 20), p(40, 60)], [p(40, 60), p(40, 70), p(80, 70), p(80, 75)]];
        expect(chainPieces(pieces)).toEqual([[p(10, 5), p(40, 5), p(40, 70), p(80, 70), p(80, 75)]]);
    });

    it('turns pieces written the other way round (a loop is written top-down) to fit', () => {
        const pieces = [[p(50, 80), p(20, 80), p(20, 60)], [p(20, 30), p(20, 60)], [p(20, 30), p(20, 10), p(45, 10)]];
        expect(chainPieces(pieces)).toEqual([[p(50, 80), p(20, 80), p(20, 10), p(45, 10)]]);
    });

    it('keeps pieces that do not meet apart, in their order', () => {
        expect(chainPieces([[p(0, 0), p(0, 10)], [p(5, 20), p(5, 30)], [p(9, 9)]])).toEqual([[p(0, 0), p(0, 10)], [p(5, 20), p(5, 30)]]);
    });
});

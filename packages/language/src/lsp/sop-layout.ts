/**
 * The canonical layout of a `.sop` file, as a pure function from a parsed (error-free) file to
 * text. Used by the LSP formatter and by `sop fmt`.
 *
 * The printer only changes whitespace (and, on request, the language of keywords): it re-joins the
 * file's own tokens, so the syntax tree of the result is the tree of the input. Rules:
 * - 2-space indent inside `{}`, one member per line;
 * - consecutive one-line members (no blank line or comment between them) form a table: field values,
 *   pelaksana names/titles, list items, variants and revisions are aligned;
 * - a step is one line whose columns start at fixed tab stops, never at a width computed from the
 *   other steps, so adding, deleting or renaming a step changes only that step's lines; with a
 *   width, a longer step wraps onto continuation lines that start with its marker `/*id*\/`
 *   (sop-step-layout.ts);
 * - a `{ ... }` list written on one line stays inline while it fits, otherwise one item per line;
 * - comments stay where they are (trailing comments stay trailing), blank lines are kept but
 *   collapsed to one;
 * - a member or step with a comment inside it is kept verbatim (only its first line is re-indented).
 * Every decision depends on the tokens and on line breaks the output preserves (never on line
 * breaks inside a step), so the layout is idempotent.
 */
import { unpairedTexts } from '../parser/syntax-problems.js';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { keywordIn, keywordPair, type Lang } from '../syntax/keywords.js';
import { isStepMarker, layoutStep, type StepParts } from './sop-step-layout.js';

/** True for a keyword of the id rules (`Name`, `AnyName`): such a token is an id where it stands. */
function isIdRule(source: unknown): boolean {
    const rule = GrammarAST.isKeyword(source) ? AstUtils.getContainerOfType(source, GrammarAST.isParserRule) : undefined;
    return rule?.name === 'Name' || rule?.name === 'AnyName' || rule?.name === 'RowName' || rule?.name === 'NewWord';
}

/** Inline `{ ... }` lists longer than this break into one item per line (unless a width is given). */
export const MAX_WIDTH = 120;

/** Options of the layout. */
export interface LayoutOptions {
    /** Rewrite every bilingual keyword into this language. */
    lang?: Lang;
    /**
     * Longest line wanted: a longer step wraps onto marked continuation lines, a longer inline list
     * breaks. Undefined or 0: steps never wrap (one step, one line) and lists break at {@link MAX_WIDTH}.
     */
    width?: number;
}

interface Leaf {
    text: string;
    offset: number;
    end: number;
    comment: boolean;
    keyword: boolean;
}

/** A unit rendered as a row of a table (aligned with its neighbours of the same group). */
interface Row {
    kind: 'row';
    group: string;
    cells: string[];
    /** Lines under the row, given the column where the text column starts. */
    extra?: (textColumn: number) => string[];
    /** Index of the cell that continuation lines are indented to. */
    anchor?: number;
}

/** A unit rendered as fixed lines (relative to the block's indent, first line not indented yet). */
interface Lines {
    kind: 'lines';
    lines: string[];
}

type Rendered = Row | Lines;

interface Unit {
    start: number;
    end: number;
    render: (indent: number) => Rendered;
}

type Entry =
    | { kind: 'blank' }
    | { kind: 'comment'; text: string }
    | { kind: 'unit'; rendered: Rendered; trailing: string[] };

/** Separator before a column of a table: two spaces before a step's start/end marker, else one. */
type Separators = (column: number) => string;

/** Lays out the rows of one table; returns the lines and the start column of every cell. */
export function layoutTable(rows: readonly string[][], sep: Separators = () => ' '): { lines: string[]; starts: number[] } {
    const count = Math.max(0, ...rows.map(r => r.length));
    // A row's last cell is never padded, so it does not widen its column (a wrapped step's long
    // text does not push the cells of the other rows to the right).
    const lastOf = rows.map(r => r.reduce((last, c, k) => (c ? k : last), -1));
    const widths = Array.from({ length: count }, (_, k) => Math.max(0, ...rows.map((r, i) => (k < lastOf[i] ? (r[k] ?? '').length : 0))));
    const present = Array.from({ length: count }, (_, k) => rows.some(r => !!r[k]));
    const starts: number[] = [];
    let col = 0;
    let first = true;
    for (let k = 0; k < count; k++) {
        if (!present[k]) { starts.push(col); continue; }
        if (!first) col += sep(k).length;
        starts.push(col);
        col += widths[k];
        first = false;
    }
    const lines = rows.map(row => {
        let last = -1;
        row.forEach((c, k) => { if (c) last = k; });
        let out = '';
        let printed = false;
        for (let k = 0; k <= last; k++) {
            if (!present[k]) continue;
            const cell = row[k] ?? '';
            out += (printed ? sep(k) : '') + (k < last ? cell.padEnd(widths[k]) : cell);
            printed = true;
        }
        return out;
    });
    return { lines, starts };
}

/** Prints one file in the canonical layout. Only call it on a file without lexer or parser errors. */
export class SopLayoutPrinter {
    private readonly leaves: Leaf[];
    private readonly step = '  ';

    constructor(private readonly text: string, private readonly root: ast.Model, private readonly options: LayoutOptions = {}) {
        const leaves = root.$cstNode
            ? CstUtils.flattenCst(root.$cstNode).map(l => ({
                text: l.text, offset: l.offset, end: l.end, comment: l.hidden,
                // A word of the language written as an id (`9 serahkan ...`) is an id, never rewritten.
                keyword: GrammarAST.isKeyword(l.grammarSource) && !isIdRule(l.grammarSource),
            })).toArray()
            : [];
        this.leaves = this.withoutMarkers(leaves);
    }

    /**
     * The leaves without the step markers of a previous wrapped layout: a `/*id*\/` comment that
     * starts a line inside a step is the formatter's own, and is written again (or not) by this run.
     */
    private withoutMarkers(leaves: Leaf[]): Leaf[] {
        const steps = AstUtils.streamAst(this.root).filter(ast.isStep).map(s => s.$cstNode).nonNullable().toArray();
        if (!steps.length || !leaves.some(l => l.comment && isStepMarker(l.text))) return leaves;
        let k = 0;
        return leaves.filter(l => {
            if (!l.comment || !isStepMarker(l.text)) return true;
            while (k < steps.length && steps[k].end <= l.offset) k++;
            const inStep = k < steps.length && steps[k].offset < l.offset;
            const lineStart = Math.max(this.text.lastIndexOf('\n', l.offset - 1), this.text.lastIndexOf('\r', l.offset - 1)) + 1;
            return !(inStep && this.text.slice(lineStart, l.offset).trim() === '');
        });
    }

    /** The formatted file, ending in exactly one newline (or empty). */
    print(): string {
        const units = this.root.documents.map(d => this.nodeUnit(d, indent => this.document(d, indent)));
        const lines = this.block(units, 0, this.text.length, 0).lines;
        return lines.length ? lines.join('\n') + '\n' : '';
    }

    // ---- tokens ----

    /** Index of the first leaf starting at or after `offset` (binary search). */
    private lowerBound(offset: number): number {
        let lo = 0, hi = this.leaves.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.leaves[mid].offset < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private leavesIn(start: number, end: number): Leaf[] {
        const lo = this.lowerBound(start);
        const out: Leaf[] = [];
        for (let i = lo; i < this.leaves.length && this.leaves[i].end <= end; i++) out.push(this.leaves[i]);
        return out;
    }

    private tok(l: Leaf): string {
        if (l.keyword && this.options.lang) {
            const pair = keywordPair(l.text);
            if (pair) return keywordIn(pair.key, this.options.lang);
        }
        return l.text;
    }

    /**
     * Joins tokens with one space; no space before a comma; around `-` the original adjacency is kept
     * (so `1-2 hari` stays and `30 menit - 3 jam` stays). Undefined when a comment is among them.
     */
    private join(leaves: readonly Leaf[]): string | undefined {
        let out = '';
        // Inside `<pelaksana ...>` the next `>` closes the diamond rather than leading to the next symbol.
        let diamondOpen = false;
        for (let i = 0; i < leaves.length; i++) {
            const l = leaves[i];
            if (l.comment) return undefined;
            const closesDiamond = diamondOpen && l.text === '>';
            if (i > 0) {
                const prev = leaves[i - 1];
                const adjacent = prev.end === l.offset;
                const glue = l.text === ',' || ((prev.text === '-' || l.text === '-') && adjacent)
                    || (l.keyword && [':', ')', ']', '?'].includes(l.text)) || closesDiamond
                    || (prev.keyword && ['(', '[', '<', '.'].includes(prev.text)) || (l.keyword && l.text === '.' && adjacent);
                out += glue ? '' : ' ';
            }
            if (l.keyword && l.text === '<') diamondOpen = true;
            if (closesDiamond) diamondOpen = false;
            out += this.tok(l);
        }
        return out;
    }

    private joinRange(start: number, end: number): string | undefined {
        return this.join(this.leavesIn(start, end));
    }

    /** Splits tokens where the source has a line break between them. */
    private splitLines(leaves: readonly Leaf[]): Leaf[][] {
        const lines: Leaf[][] = [];
        leaves.forEach((l, i) => {
            if (i === 0 || this.newlines(leaves[i - 1].end, l.offset) > 0) lines.push([]);
            lines[lines.length - 1].push(l);
        });
        return lines;
    }

    private newlines(from: number, to: number): number {
        let n = 0;
        // A line ends with \n, \r\n or a lone \r (old Mac files): each counts once.
        for (let i = from; i < to; i++) {
            const c = this.text.charCodeAt(i);
            if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) n++;
        }
        return n;
    }

    private verbatim(start: number, end: number): Lines {
        const lines = this.text.slice(start, end).split(/\r\n?|\n/).map(l => l.trimEnd());
        return { kind: 'lines', lines };
    }

    private pad(indent: number): string {
        return this.step.repeat(indent);
    }

    // ---- units ----

    private nodeUnit(node: AstNode, render: (indent: number) => Rendered): Unit {
        const cst = node.$cstNode!;
        let end = cst.end;
        // A comma written directly after a list item (no comment between) travels with the item.
        const next = this.leaves[this.lowerBound(end)];
        if (next && !next.comment && next.text === ',') end = next.end;
        return { start: cst.offset, end, render };
    }

    private leafUnit(leaf: Leaf, render: (indent: number, text: string) => Rendered): Unit {
        let end = leaf.end;
        const next = this.leaves[this.lowerBound(leaf.end)];
        if (next && !next.comment && next.text === ',') end = next.end;
        return { start: leaf.offset, end, render: indent => render(indent, this.joinRange(leaf.offset, end) ?? leaf.text) };
    }

    /**
     * Lays out the units of one block (between `from` and `to`) with the comments and blank lines
     * around them. `openTrailing` collects comments written on the line of the opening brace.
     */
    private block(units: readonly Unit[], from: number, to: number, indent: number): { lines: string[]; openTrailing: string[] } {
        const entries: Entry[] = [];
        const openTrailing: string[] = [];
        let pos = from;
        // Comments between units: on the line of the previous unit (or of the opening brace) they
        // stay trailing; otherwise they get their own line.
        const gap = (until: number) => {
            for (const c of this.leavesIn(pos, until).filter(l => l.comment)) {
                const sameLine = this.newlines(pos, c.offset) === 0;
                const last = entries[entries.length - 1];
                if (sameLine && last?.kind === 'unit') {
                    last.trailing.push(c.text);
                } else if (sameLine && !last && pos === from && from > 0) {
                    openTrailing.push(c.text);
                } else {
                    if (this.newlines(pos, c.offset) >= 2 && entries.length) entries.push({ kind: 'blank' });
                    entries.push({ kind: 'comment', text: c.text });
                }
                pos = c.end;
            }
        };
        for (const unit of units) {
            gap(unit.start);
            if (this.newlines(pos, unit.start) >= 2 && entries.length) entries.push({ kind: 'blank' });
            entries.push({ kind: 'unit', rendered: unit.render(indent), trailing: [] });
            pos = unit.end;
        }
        gap(to);
        while (entries[entries.length - 1]?.kind === 'blank') entries.pop();
        return { lines: this.emit(entries, indent), openTrailing };
    }

    /** Turns entries into lines, aligning runs of rows of the same group. */
    private emit(entries: readonly Entry[], indent: number): string[] {
        const pad = this.pad(indent);
        const out: string[] = [];
        const withTrailing = (lines: string[], trailing: string[]) => {
            if (trailing.length && lines.length) lines[lines.length - 1] = `${lines[lines.length - 1]} ${trailing.join(' ')}`;
            return lines;
        };
        for (let i = 0; i < entries.length; i++) {
            const e = entries[i];
            if (e.kind === 'blank') { out.push(''); continue; }
            if (e.kind === 'comment') { out.push(...this.commentLines(e.text, pad)); continue; }
            if (e.rendered.kind === 'lines') {
                const [first, ...rest] = e.rendered.lines;
                out.push(...withTrailing([pad + first, ...rest], e.trailing));
                continue;
            }
            // A run of rows of the same group.
            const group = e.rendered.group;
            let j = i;
            const run: Array<{ row: Row; trailing: string[] }> = [];
            while (j < entries.length) {
                const f = entries[j];
                if (f.kind !== 'unit' || f.rendered.kind !== 'row' || f.rendered.group !== group) break;
                run.push({ row: f.rendered, trailing: f.trailing });
                j++;
            }
            const { lines, starts } = layoutTable(run.map(r => r.row.cells));
            run.forEach((r, k) => {
                const anchor = r.row.anchor ?? 0;
                const extra = r.row.extra ? r.row.extra(pad.length + starts[anchor]) : [];
                out.push(...withTrailing([pad + lines[k], ...extra], r.trailing));
            });
            i = j - 1;
        }
        return out.map(l => l.trimEnd());
    }

    private commentLines(text: string, pad: string): string[] {
        const [first, ...rest] = text.split(/\r\n?|\n/).map(l => l.trimEnd());
        return [pad + first, ...rest];
    }

    // ---- documents and members ----

    private document(doc: ast.Document, indent: number): Rendered {
        const cst = doc.$cstNode!;
        const leaves = this.leavesIn(cst.offset, cst.end);
        const open = leaves.findIndex(l => l.text === '{' && !l.comment);
        const close = leaves[leaves.length - 1];
        const header = this.join(leaves.slice(0, open + 1));
        if (open < 0 || header === undefined) return this.verbatim(cst.offset, cst.end);
        const units = doc.members.map(m => this.nodeUnit(m, i => this.member(m, i)));
        const inner = this.block(units, leaves[open].end, close.offset, indent + 1);
        const first = inner.openTrailing.length ? `${header} ${inner.openTrailing.join(' ')}` : header;
        return { kind: 'lines', lines: [first, ...inner.lines, this.pad(indent) + '}'] };
    }

    private member(m: ast.Member, indent: number): Rendered {
        const cst = m.$cstNode!;
        if (ast.isProcedure(m)) return this.procedure(m, indent);
        const leaves = this.leavesIn(cst.offset, cst.end);
        const open = leaves.findIndex(l => l.text === '{' && !l.comment);
        if (open < 0) {
            if (ast.isActor(m)) {
                const cells = leaves.map(l => this.tok(l));
                if (leaves.some(l => l.comment)) return this.verbatim(cst.offset, cst.end);
                // pelaksana <id> "<title>" [sistem]
                return { kind: 'row', group: 'actor', cells: [cells[0], cells[1], cells.slice(2).join(' ')] };
            }
            if (leaves.some(l => l.comment)) return this.verbatim(cst.offset, cst.end);
            // Line breaks the author put inside a long member (`penetapan ... \n oleh ...`) are kept;
            // the continuation lines start under the value column.
            const [first, ...more] = this.splitLines(leaves.slice(1));
            const cells = [this.tok(leaves[0]), this.join(first ?? []) ?? ''];
            const extra = more.length ? (column: number) => more.map(line => ' '.repeat(column) + this.join(line)) : undefined;
            return { kind: 'row', group: 'field', cells: cells[1] ? cells : [cells[0]], anchor: 1, extra };
        }
        const close = leaves.length - 1;
        const head = this.join(leaves.slice(0, open));
        if (head === undefined) return this.verbatim(cst.offset, cst.end);
        const [keyword, ...before] = head.split(' ');
        const items = this.blockItems(m);
        const insideComments = leaves.slice(open, close).some(l => l.comment);
        const oneLine = this.newlines(leaves[open].offset, leaves[close].end) === 0;
        if (!insideComments && (oneLine || items.length === 0)) {
            const inline = this.join(leaves.slice(open))!;
            const rest = [...before, inline].join(' ');
            if (this.pad(indent).length + keyword.length + 1 + rest.length <= (this.options.width || MAX_WIDTH)) {
                return { kind: 'row', group: 'field', cells: [keyword, rest] };
            }
        }
        const inner = this.block(items, leaves[open].end, leaves[close].offset, indent + 1);
        const opening = `${head} {${inner.openTrailing.length ? ' ' + inner.openTrailing.join(' ') : ''}`;
        return { kind: 'lines', lines: [opening, ...inner.lines, this.pad(indent) + '}'] };
    }

    /** The items inside the braces of a member: strings, references, variants, revisions. */
    private blockItems(m: ast.Member): Unit[] {
        const itemRow = (_indent: number, text: string): Rendered => ({ kind: 'row', group: 'item', cells: [text] });
        const stringLeaves = (value: ast.TextValue) => {
            const cst = value.$cstNode!;
            return this.leavesIn(cst.offset, cst.end).filter(l => !l.comment && l.text.startsWith('"')).map(l => this.leafUnit(l, itemRow));
        };
        if (ast.isTextField(m)) return stringLeaves(m.value);
        if (ast.isConsultation(m) && m.participants) return stringLeaves(m.participants);
        if (ast.isRefField(m)) return m.items.map(item => this.nodeUnit(item, () => this.simpleRow(item, 'item')));
        if (ast.isDurationField(m)) {
            return m.variants.map(v => this.nodeUnit(v, () => {
                const cst = v.$cstNode!;
                const leaves = this.leavesIn(cst.offset, this.nodeUnit(v, () => itemRow(0, '')).end);
                const rest = this.join(leaves.slice(1));
                return rest === undefined ? this.verbatim(cst.offset, cst.end) : { kind: 'row', group: 'variant', cells: [leaves[0].text, rest] };
            }));
        }
        if (ast.isAssessments(m)) return m.rows.map(row => this.nodeUnit(row, () => this.assessmentRow(row)));
        if (ast.isHistory(m)) {
            return m.entries.map(e => this.nodeUnit(e, () => {
                const cst = e.$cstNode!;
                const leaves = this.leavesIn(cst.offset, cst.end);
                if (leaves.some(l => l.comment)) return this.verbatim(cst.offset, cst.end);
                return { kind: 'row', group: 'revision', cells: leaves.map(l => this.tok(l)) };
            }));
        }
        return [];
    }

    /** A row of the monitoring form: `SopId result | notes | action | initials`, its columns aligned with the rows around it. */
    private assessmentRow(row: ast.AssessmentRow): Rendered {
        const cst = row.$cstNode!;
        const leaves = this.leavesIn(cst.offset, cst.end);
        if (leaves.length < 2 || leaves.some(l => l.comment)) return this.verbatim(cst.offset, cst.end);
        const cells = [this.tok(leaves[0]), this.tok(leaves[1])];
        let current: Leaf[] = [];
        const flush = () => {
            const text = this.join(current);
            if (text === undefined) return false;
            cells.push(`| ${text}`);
            current = [];
            return true;
        };
        for (const l of leaves.slice(2)) {
            if (l.text === '|' && !l.comment) {
                if (current.length && !flush()) return this.verbatim(cst.offset, cst.end);
                continue;
            }
            current.push(l);
        }
        if (current.length && !flush()) return this.verbatim(cst.offset, cst.end);
        return { kind: 'row', group: 'assessment', cells };
    }

    private simpleRow(node: AstNode, group: string): Rendered {
        const cst = node.$cstNode!;
        const unit = this.nodeUnit(node, () => ({ kind: 'lines', lines: [] }));
        const text = this.joinRange(cst.offset, unit.end);
        return text === undefined ? this.verbatim(cst.offset, cst.end) : { kind: 'row', group, cells: [text] };
    }

    // ---- the procedure ----

    private procedure(p: ast.Procedure, indent: number): Rendered {
        const cst = p.$cstNode!;
        const leaves = this.leavesIn(cst.offset, cst.end);
        const open = leaves.findIndex(l => l.text === '{' && !l.comment);
        const head = this.join(leaves.slice(0, open));
        if (head === undefined) return this.verbatim(cst.offset, cst.end);
        const close = leaves[leaves.length - 1];
        if (p.items.length === 0 && !leaves.some(l => l.comment)) return { kind: 'row', group: 'field', cells: [head, '{ }'] };
        const units = p.items.map(item => this.nodeUnit(item, i => ast.isStep(item) ? this.stepRow(item, i) : this.sectionLine(item)));
        const inner = this.block(units, leaves[open].end, close.offset, indent + 1);
        const opening = `${head} {${inner.openTrailing.length ? ' ' + inner.openTrailing.join(' ') : ''}`;
        return { kind: 'lines', lines: [opening, ...inner.lines, this.pad(indent) + '}'] };
    }

    private sectionLine(s: ast.Section | ast.PageBreak): Rendered {
        const cst = s.$cstNode!;
        const text = this.joinRange(cst.offset, cst.end);
        return text === undefined ? this.verbatim(cst.offset, cst.end) : { kind: 'lines', lines: [text] };
    }

    /**
     * One step: [no] id symbols "text" | cells ... [mulai] [simbol X] [flow] [symbol flows], one line
     * at fixed tab stops (see sop-step-layout.ts); wrapped with marked continuation lines when it is
     * longer than the width.
     */
    private stepRow(s: ast.Step, indent: number): Rendered {
        const cst = s.$cstNode!;
        const all = this.leavesIn(cst.offset, cst.end);
        if (all.some(l => l.comment)) return this.verbatim(cst.offset, cst.end);
        const hasNumber = s.number !== undefined;
        const textNode = GrammarUtils.findNodeForProperty(cst, 'text');
        const textIndex = textNode ? all.findIndex(l => l.offset === textNode.offset) : -1;
        if (textIndex < 0) return this.verbatim(cst.offset, cst.end);
        const textLeaf = all[textIndex];
        const nameIndex = hasNumber ? 1 : 0;
        const cells: string[] = [];
        let after = textLeaf.end;
        for (const c of [s.inputs, s.time, s.output, s.note]) {
            if (!c?.$cstNode) break;
            cells.push('| ' + this.joinRange(c.$cstNode.offset, c.$cstNode.end));
            after = c.$cstNode.end;
        }
        const decision = ast.isDecisionFlow(s.flow) ? s.flow : undefined;
        const clauses = s.clauses ?? [];
        const trailerEnd = decision?.$cstNode ? decision.$cstNode.offset : clauses[0]?.$cstNode ? clauses[0].$cstNode.offset : cst.end;
        const flowText = (flow: ast.Flow | undefined) => ast.isDecisionFlow(flow)
            ? flow.branches.map(b => this.joinRange(b.$cstNode!.offset, b.$cstNode!.end)).join('  ')
            : flow?.$cstNode ? this.joinRange(flow.$cstNode.offset, flow.$cstNode.end) ?? '' : '';
        const parts: StepParts = {
            number: hasNumber ? this.tok(all[0]) : undefined,
            id: this.tok(all[nameIndex]),
            // The symbols of the row: `pelaksana`, or a chain `(kepala) > ketua > anggota?`.
            symbols: this.join(all.slice(nameIndex + 1, textIndex)) ?? '',
            text: this.tok(textLeaf),
            cells,
            trailer: this.joinRange(after, trailerEnd) ?? '',
            branches: decision ? flowText(decision) : '',
            clauses: clauses.map(c => `${c.actor?.$refText ?? c.index ?? ''}: ${flowText(c.flow)}`),
        };
        return { kind: 'lines', lines: layoutStep(parts, this.pad(indent), this.options.width) };
    }
}

/**
 * Formats a parsed file. Returns undefined when the file has a syntax problem (lexer or parser
 * errors, or a text whose quotes do not pair): a broken file is never rewritten.
 */
export function formatSopDocument(document: LangiumDocument, options: LayoutOptions = {}): string | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length || parserErrors.length || unpairedTexts(document).length) return undefined;
    const text = document.textDocument.getText();
    const out = new SopLayoutPrinter(text, document.parseResult.value as ast.Model, options).print();
    // Files written with Windows (or old Mac) line ends keep them.
    if (text.includes('\r\n')) return out.replace(/\r?\n/g, '\r\n');
    if (/\r(?!\n)/.test(text) && !text.includes('\n')) return out.replace(/\n/g, '\r');
    return out;
}

/**
 * Quick fixes for the validator's diagnostics, and two source actions:
 * - a missing mandatory component (SOP-H02..H14M, SP-01, SP-07..09): insert it, or insert all
 *   missing ones, in canonical order with placeholders, in the document's keyword language;
 * - SOP-H01: add the title; SOP-P02: declare the pelaksana; SOP-P03: remove the unused pelaksana;
 * - SOP-P07: add the missing decision branch;
 * - SOP-P11: fix this step's number; fix every wrong number (only the lines whose written number is
 *   not their row's, never a line that is right, never a number added to an unnumbered row); or
 *   remove the written numbers, after which inserting a step changes no other line;
 * - a quoted or month-name date (SOP-H08 or on request): write it as an ISO date;
 * - "Rewrite keywords in English / Bahasa Indonesia" (source actions, through the formatter).
 * Titles follow the message language of SopSettings.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import { keywordIn, type Lang } from '../syntax/keywords.js';
import { msg } from '../i18n/lsp-messages.js';
import { parseDate } from '../model/dates.js';
import { stepsOf } from '../model/sop-model-builder.js';
import type { RuleData } from '../validation/report.js';
import { componentKey, missingComponents, plain, sopComponents, spComponents, type Component, type TemplateContext } from './sop-skeleton.js';
import { keywordCounts, keywordLanguage } from '../model/keyword-language.js';
import type { SopFormatter } from './sop-formatter.js';

/** Diagnostic codes that mean "this component is missing", with the component they name. */
const missingByCode: Record<string, string> = {
    'SOP-H02': 'number', 'SOP-H03': 'unit', 'SOP-H04': 'created', 'SOP-H05': 'effective', 'SOP-H06': 'revised',
    'SOP-H09': 'approved', 'SOP-H11': 'legal-basis', 'SOP-H14M': 'related',
    'SP-07': 'enactment', 'SP-08': 'service-pledge', 'SP-09': 'public-consultation',
};

/** The opposite label of a decision branch (ya → tidak ...). */
const oppositeLabels: Record<string, string> = {
    ya: 'tidak', tidak: 'ya', yes: 'no', no: 'yes', lengkap: '"tidak lengkap"', benar: 'salah', salah: 'benar', setuju: '"tidak setuju"', sesuai: '"tidak sesuai"',
};

function codeOf(d: Diagnostic): string | undefined {
    const data = d.data as Partial<RuleData> | undefined;
    return data?.code ?? (typeof d.code === 'string' ? d.code : undefined);
}

/** Quick fixes, the date refactoring and the keyword-language source actions. */
export class SopCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SopServices) { }

    private get locale(): Lang {
        return this.services.sop.Settings.locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> | undefined {
        const actions: CodeAction[] = [];
        const seen = new Set<string>();
        const add = (a: CodeAction | undefined) => {
            if (a && !seen.has(a.title)) { seen.add(a.title); actions.push(a); }
        };
        for (const d of params.context.diagnostics) {
            for (const a of this.fixes(document, d)) add(a);
        }
        for (const a of this.refactorings(document, params)) add(a);
        return actions.length ? actions : undefined;
    }

    // ---- helpers ----

    private nodeAt(document: LangiumDocument, range: Range): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
        return leaf?.astNode;
    }

    private edit(document: LangiumDocument, edits: TextEdit[]): CodeAction['edit'] {
        return { changes: { [document.textDocument.uri]: edits } };
    }

    private quickFix(document: LangiumDocument, title: string, edits: TextEdit[], diagnostic?: Diagnostic, preferred = false): CodeAction {
        return { title, kind: CodeActionKind.QuickFix, diagnostics: diagnostic ? [diagnostic] : undefined, isPreferred: preferred || undefined, edit: this.edit(document, edits) };
    }

    private templateContext(document: LangiumDocument): TemplateContext {
        const settings = this.services.sop.Settings;
        const sopId = this.services.shared.workspace.IndexManager.allElements(ast.Sop.$type).head()?.name;
        return { keywords: keywordLanguage(document.parseResult.value as ast.Model, settings.locale), locale: settings.locale, sopId };
    }

    /** Indentation of the members of a document (that of its first member, else two spaces). */
    private memberIndent(document: LangiumDocument, doc: ast.Document): string {
        const first = doc.members[0]?.$cstNode;
        if (!first) return '  ';
        const line = document.textDocument.getText({ start: { line: first.range.start.line, character: 0 }, end: first.range.start });
        return /^\s*$/.test(line) ? line : '  ';
    }

    // ---- quick fixes ----

    private fixes(document: LangiumDocument, d: Diagnostic): CodeAction[] {
        const code = codeOf(d);
        if (!code) return [];
        const node = this.nodeAt(document, d.range);
        const doc = node ? AstUtils.getContainerOfType(node, ast.isDocument) : undefined;
        if (!doc) return [];
        switch (code) {
            case 'SOP-H01': return this.addTitle(document, doc, d);
            case 'SOP-P02': return this.declareActor(document, doc, d);
            case 'SOP-P03': return this.removeActor(document, node, d);
            case 'SOP-P07': return this.addBranch(document, node, d);
            case 'SOP-P11': return this.renumber(document, doc, node, d);
            case 'SOP-H08': return this.normaliseDate(document, node, d);
        }
        let key = missingByCode[code];
        // SP-01 and SOP-H13 name the missing component in their diagnostic data.
        if (code === 'SP-01' || code === 'SOP-H13') key = String((d.data as { component?: string } | undefined)?.component ?? '');
        if (!key) return [];
        return this.addComponents(document, doc, key, d);
    }

    private addComponents(document: LangiumDocument, doc: ast.Document, key: string, d: Diagnostic): CodeAction[] {
        const missing = missingComponents(doc);
        const component = missing.find(c => c.key === key);
        if (!component) return [];
        const c = this.templateContext(document);
        const actions = [this.quickFix(document, msg('addComponent', this.locale, keywordIn(key, c.keywords)), this.insertComponents(document, doc, [component]), d, true)];
        if (missing.length > 1) {
            actions.push(this.quickFix(document, msg('addAllComponents', this.locale, missing.length), this.insertComponents(document, doc, missing), d));
        }
        return actions;
    }

    /** Inserts components, each after the last written member that comes before it in canonical order. */
    insertComponents(document: LangiumDocument, doc: ast.Document, components: readonly Component[]): TextEdit[] {
        const c = this.templateContext(document);
        const order = (ast.isSop(doc) ? sopComponents : spComponents).map(x => x.key);
        const indent = this.memberIndent(document, doc);
        const groups = new Map<number, { after: boolean; lines: string[] }>();
        for (const comp of components) {
            const rank = order.indexOf(comp.key);
            const before = [...doc.members].reverse().find(m => {
                const k = componentKey(m);
                return k !== undefined && order.indexOf(k) >= 0 && order.indexOf(k) < rank;
            });
            const anchor = before?.$cstNode ? before.$cstNode.end : -1;
            const g = groups.get(anchor) ?? { after: anchor >= 0, lines: [] };
            g.lines.push(indent + plain(comp.parts(c)));
            groups.set(anchor, g);
        }
        const edits: TextEdit[] = [];
        for (const [anchor, g] of groups) {
            if (g.after) {
                const pos = document.textDocument.positionAt(anchor);
                edits.push({ range: { start: pos, end: pos }, newText: g.lines.map(l => '\n' + l).join('') });
            } else {
                const first = doc.members[0]?.$cstNode;
                if (first) {
                    const pos = { line: first.range.start.line, character: 0 };
                    edits.push({ range: { start: pos, end: pos }, newText: g.lines.map(l => l + '\n').join('') });
                } else {
                    const open = doc.$cstNode!.text.indexOf('{');
                    const pos = document.textDocument.positionAt(doc.$cstNode!.offset + open + 1);
                    edits.push({ range: { start: pos, end: pos }, newText: g.lines.map(l => '\n' + l).join('') });
                }
            }
        }
        return edits;
    }

    private addTitle(document: LangiumDocument, doc: ast.Document, d: Diagnostic): CodeAction[] {
        if (doc.title !== undefined || !doc.$cstNode) return [];
        const name = CstUtils.flattenCst(doc.$cstNode).find(l => !l.hidden && l.text === doc.name);
        if (!name) return [];
        const pos = name.range.end;
        return [this.quickFix(document, msg('addTitle', this.locale), [{ range: { start: pos, end: pos }, newText: ` "${msg('phTitle', this.locale)}"` }], d, true)];
    }

    private declareActor(document: LangiumDocument, doc: ast.Document, d: Diagnostic): CodeAction[] {
        const id = document.textDocument.getText(d.range);
        if (!/^[_a-zA-Z]\w*$/.test(id)) return [];
        const c = this.templateContext(document);
        const line = `${keywordIn('actor', c.keywords)} ${id} "${id}"`;
        const indent = this.memberIndent(document, doc);
        const actors = doc.members.filter(ast.isActor);
        const lastActor = actors[actors.length - 1]?.$cstNode;
        let edit: TextEdit;
        if (lastActor) {
            edit = { range: { start: lastActor.range.end, end: lastActor.range.end }, newText: `\n${indent}${line}` };
        } else {
            const procedure = doc.members.find(ast.isProcedure)?.$cstNode;
            const pos = procedure ? { line: procedure.range.start.line, character: 0 } : d.range.start;
            edit = { range: { start: pos, end: pos }, newText: `${indent}${line}\n\n` };
        }
        return [this.quickFix(document, msg('declareActor', this.locale, id), [edit], d, true)];
    }

    private removeActor(document: LangiumDocument, node: AstNode | undefined, d: Diagnostic): CodeAction[] {
        const actor = node ? AstUtils.getContainerOfType(node, ast.isActor) : undefined;
        const cst = actor?.$cstNode;
        if (!actor || !cst) return [];
        const text = document.textDocument;
        const lineStart = { line: cst.range.start.line, character: 0 };
        const before = text.getText({ start: lineStart, end: cst.range.start });
        const after = text.getText({ start: cst.range.end, end: { line: cst.range.end.line + 1, character: 0 } });
        // Remove whole lines when the pelaksana is alone on its line; else only its text.
        const range = /^\s*$/.test(before) && /^\s*$/.test(after)
            ? { start: lineStart, end: { line: cst.range.end.line + 1, character: 0 } }
            : cst.range;
        return [this.quickFix(document, msg('removeActor', this.locale, actor.name), [{ range, newText: '' }], d, true)];
    }

    private addBranch(document: LangiumDocument, node: AstNode | undefined, d: Diagnostic): CodeAction[] {
        const step = node ? AstUtils.getContainerOfType(node, ast.isStep) : undefined;
        // The decision the diagnostic is on: the row's own, or a `pelaksana:` line's.
        const flow = (node ? AstUtils.getContainerOfType(node, ast.isDecisionFlow) : undefined) ?? step?.flow;
        if (!step || !ast.isDecisionFlow(flow) || flow.branches.length !== 1 || !flow.$cstNode) return [];
        const existing = flow.branches[0];
        const label = oppositeLabels[existing.label.replace(/"/g, '').trim().toLowerCase()] ?? (keywordLanguage(document.parseResult.value as ast.Model, this.locale) === 'id' ? 'tidak' : 'no');
        // Target: the step written after the decision, unless the existing branch goes there.
        const steps = stepsOf(AstUtils.getContainerOfType(step, ast.isDocument)!);
        const i = steps.indexOf(step);
        const taken = existing.target?.step?.ref;
        const target = [...steps.slice(i + 1), ...steps.slice(0, i)].find(s => s !== taken && s !== step);
        if (!target) return [];
        const pos = flow.$cstNode.range.end;
        return [this.quickFix(document, msg('addBranch', this.locale, label, target.name), [{ range: { start: pos, end: pos }, newText: `  ${label} -> ${target.name}` }], d, true)];
    }

    private renumber(document: LangiumDocument, doc: ast.Document, node: AstNode | undefined, d: Diagnostic): CodeAction[] {
        const step = node ? AstUtils.getContainerOfType(node, ast.isStep) : undefined;
        const expected = (d.data as { expected?: number } | undefined)?.expected;
        if (!step || expected === undefined) return [];
        const actions = [this.quickFix(document, msg('fixNumber', this.locale, expected), [this.numberEdit(step, expected)], d, true)];
        // Rows are numbered by position when printed; only a written number that differs is wrong.
        const steps = stepsOf(doc);
        const wrong = steps.flatMap((s, i) => (s.number !== undefined && Number(s.number) !== i + 1 ? [{ s, n: i + 1 }] : []));
        if (wrong.length > 1) {
            actions.push(this.quickFix(document, msg('renumberWrong', this.locale, wrong.length), wrong.map(w => this.numberEdit(w.s, w.n)), d));
        }
        const numbered = steps.filter(s => s.number !== undefined);
        if (numbered.length) actions.push(this.quickFix(document, msg('removeNumbers', this.locale), numbered.map(s => this.removeNumberEdit(document, s)), d));
        return actions;
    }

    /** Removes a row's written number and the blanks after it (the formatter realigns the line). */
    private removeNumberEdit(document: LangiumDocument, step: ast.Step): TextEdit {
        const [number, name] = CstUtils.flattenCst(step.$cstNode!).filter(l => !l.hidden).limit(2).toArray();
        const text = document.textDocument.getText();
        let end = number.end;
        // Up to the id when only blanks are between (a comment stays).
        if (/^[ \t]+$/.test(text.slice(number.end, name.offset))) end = name.offset;
        return { range: { start: number.range.start, end: document.textDocument.positionAt(end) }, newText: '' };
    }

    private numberEdit(step: ast.Step, n: number): TextEdit {
        const first = CstUtils.flattenCst(step.$cstNode!).find(l => !l.hidden)!;
        return step.number !== undefined
            ? { range: first.range, newText: String(n) }
            : { range: { start: first.range.start, end: first.range.start }, newText: `${n} ` };
    }

    private normaliseDate(document: LangiumDocument, node: AstNode | undefined, d?: Diagnostic): CodeAction[] {
        const value = node ? AstUtils.getContainerOfType(node, ast.isDateValue) : undefined;
        if (!value?.text || !value.$cstNode) return [];
        const info = parseDate(value.text.replace(/^"|"$/g, ''));
        if (!info.iso) return [];
        return [this.quickFix(document, msg('normaliseDate', this.locale, info.iso), [{ range: value.$cstNode.range, newText: info.iso }], d, !!d)];
    }

    // ---- refactorings and source actions ----

    private refactorings(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        const wants = (kind: string) => (only ? only.some(k => kind.startsWith(k)) : params.context.diagnostics.length === 0);
        const actions: CodeAction[] = [];
        if (wants(CodeActionKind.RefactorRewrite)) {
            const node = this.nodeAt(document, params.range);
            for (const a of this.normaliseDate(document, node)) actions.push({ ...a, kind: CodeActionKind.RefactorRewrite });
        }
        // The rewrite formats the whole file twice: only on an explicit request for source actions.
        if (only?.some(k => CodeActionKind.Source.startsWith(k) || k.startsWith(CodeActionKind.Source))) {
            const formatter = this.services.lsp.Formatter as SopFormatter | undefined;
            // Offered only when some keyword is written in the other language.
            const counts = keywordCounts(document.parseResult.value as ast.Model);
            for (const [lang, title] of [['en', 'rewriteEn'], ['id', 'rewriteId']] as const) {
                if (counts[lang === 'en' ? 'id' : 'en'] === 0) continue;
                const edits = formatter?.edits(document, lang, formatter.knownWidth) ?? [];
                if (edits.length) actions.push({ title: msg(title, this.locale), kind: `${CodeActionKind.Source}.rewriteKeywords.${lang}`, edit: this.edit(document, edits) });
            }
        }
        return actions;
    }
}

/**
 * Completion: Langium's grammar-driven proposals (keywords valid at the cursor; pelaksana ids,
 * step ids and workspace SOP ids from the scope) with SOP knowledge added:
 * - field keywords that do not belong in the document kind, or are already written, are left out;
 *   the spelling in the document's language comes first; each keyword carries its meaning;
 * - references show the pelaksana title, the step text, the SOP title;
 * - after a number in a waktu / jangka waktu cell, the duration units;
 * - where a document may start, snippets for a new SOP and a new Standar Pelayanan holding every
 *   mandatory component in canonical order.
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import { canonicalKey, keywordPair, type Lang } from '../syntax/keywords.js';
import { keywordDoc } from '../i18n/keyword-docs.js';
import { msg } from '../i18n/lsp-messages.js';
import { allowedKeys, allowedTypes } from '../validation/structure-checks.js';
import { componentKey, newServiceStandardLines, newSopLines, snippet, type TemplateContext } from './sop-skeleton.js';
import { keywordLanguage } from '../model/keyword-language.js';

/** Unit words offered after a number (Indonesian first, then English), see model/durations.ts. */
export const durationUnitWords: Record<Lang, readonly string[]> = {
    id: ['detik', 'menit', 'jam', 'hari', 'minggu', 'bulan'],
    en: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months'],
};

/** The keyword key that starts each structured member type. */
const typeKeys: Record<string, string> = {
    Approval: 'approved', ProfileField: 'profile', History: 'history', Actor: 'actor', Procedure: 'procedure',
    DurationField: 'service-time', Enactment: 'enactment', Maklumat: 'service-pledge', Consultation: 'public-consultation', FlagField: 'published',
    TemplateUse: 'template',
};
/** Member keys per document kind: exactly what validation (DOC-02) accepts there. */
const fieldKeys = Object.fromEntries(Object.entries(allowedKeys).map(([kind, keys]) => [kind,
    new Set([...keys, ...[...allowedTypes[kind as ast.Document['$type']]].map(t => typeKeys[t])])])) as unknown as Record<ast.Document['$type'], ReadonlySet<string>>;
/** Every key that starts a member (so the filter only touches member keywords). */
const memberKeys = new Set(Object.values(fieldKeys).flatMap(s => [...s]));
/** Members that may be written more than once. */
const repeatable = new Set(['actor', 'procedure']);

/** Langium's completion with the SOP-specific additions listed at the top of this file. */
export class SopCompletionProvider extends DefaultCompletionProvider {
    private readonly sopServices: SopServices;

    constructor(services: SopServices) {
        super(services);
        this.sopServices = services;
    }

    private get locale(): Lang {
        return this.sopServices.sop.Settings.locale;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params);
        const targets = this.jumpTargets(document, params);
        if (targets) {
            // The tree is broken around the cursor (see jumpTargets): replace the proposals of steps.
            const known = new Set(targets.map(t => t.label));
            const others = (list?.items ?? []).filter(i => i.kind !== CompletionItemKind.Reference || known.has(i.label));
            return { isIncomplete: true, items: [...targets, ...others.filter(i => !known.has(i.label))] };
        }
        const extra = this.stepRowActors(document, params);
        if (!extra.length) return list;
        const items = list?.items ?? [];
        const known = new Set(items.map(i => i.label));
        return { isIncomplete: list?.isIncomplete ?? true, items: [...extra.filter(i => !known.has(i.label)), ...items] };
    }

    /**
     * The pelaksana of a step row. The grammar is line-insensitive, so after an earlier step the
     * parser may read the new row's id as a decision-branch label and propose nothing; the row
     * shape on the current line (\`[no] id <cursor>\`) is unambiguous, so propose the SOP's pelaksana.
     */
    private stepRowActors(document: LangiumDocument, params: CompletionParams): CompletionList['items'] {
        const text = document.textDocument;
        const offset = text.offsetAt(params.position);
        const line = text.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const m = /^\s*(?:\d+\s+)?[A-Za-z_]\w*\s+([A-Za-z_]\w*)?$/.exec(line);
        if (!m) return [];
        const root = document.parseResult.value as ast.Model;
        const doc = root.documents.find(d => d.$cstNode && d.$cstNode.offset <= offset && offset <= d.$cstNode.end);
        const procedure = doc?.members.find(p => ast.isProcedure(p) && p.$cstNode && p.$cstNode.offset < offset && offset <= p.$cstNode.end);
        if (!doc || !procedure) return [];
        const typed = m[1] ?? '';
        const range = { start: text.positionAt(offset - typed.length), end: params.position };
        return doc.members.filter(ast.isActor)
            .filter(a => a.name.toLowerCase().startsWith(typed.toLowerCase()))
            .map(a => ({ label: a.name, kind: CompletionItemKind.Reference, detail: a.title, sortText: '0', textEdit: { range, newText: a.name } }));
    }

    /**
     * Step ids after \`->\`. While the jump is being typed, the line-insensitive parser reads the
     * next row's id as the target and the row after it as a broken step, so the ids come from the
     * rows of the procedure as written (\`[no] id pelaksana "..."\`).
     */
    private jumpTargets(document: LangiumDocument, params: CompletionParams): CompletionList['items'] | undefined {
        const text = document.textDocument;
        const line = text.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const m = /->\s*([A-Za-z_]\w*)?$/.exec(line);
        if (!m) return undefined;
        const offset = text.offsetAt(params.position);
        const root = document.parseResult.value as ast.Model;
        const doc = root.documents.find(d => d.$cstNode && d.$cstNode.offset <= offset && offset <= d.$cstNode.end);
        const procedure = doc?.members.find(p => ast.isProcedure(p) && p.$cstNode && p.$cstNode.offset < offset && offset <= p.$cstNode.end);
        if (!procedure?.$cstNode) return undefined;
        const typed = m[1] ?? '';
        const range = { start: text.positionAt(offset - typed.length), end: params.position };
        const items: CompletionList['items'] = [];
        const seen = new Set<string>();
        for (const row of procedure.$cstNode.text.split(/\r?\n/)) {
            const r = /^\s*(?:\d+\s+)?([A-Za-z_]\w*)\s+[A-Za-z_]\w*\s+"((?:\\.|[^"\\])*)"/.exec(row);
            if (!r || seen.has(r[1]) || /^(prosedur|procedure|bagian|section)$/.test(r[1])) continue;
            seen.add(r[1]);
            if (!r[1].toLowerCase().startsWith(typed.toLowerCase())) continue;
            items.push({ label: r[1], kind: CompletionItemKind.Reference, detail: r[2], sortText: '0', textEdit: { range, newText: r[1] } });
        }
        return items;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (this.isDurationUnit(context, next)) {
            this.completionForUnits(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** True where a duration unit may follow: the ID of a `DurationPart` (after its number). */
    private isDurationUnit(context: CompletionContext, next: NextFeature): boolean {
        const feature = next.feature;
        if (!GrammarAST.isRuleCall(feature) || feature.rule.ref?.name !== 'ID') return false;
        const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
        if (rule?.name !== 'Unit') return false;
        // Only after a number: a unit alone is `segera` and friends, not worth proposing.
        const before = context.textDocument.getText().slice(0, context.tokenOffset).trimEnd();
        return /\d$/.test(before);
    }

    private completionForUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const first = this.documentLanguage(context);
        for (const lang of [first, first === 'id' ? 'en' : 'id'] as const) {
            durationUnitWords[lang].forEach((word, i) => acceptor(context, {
                label: word, kind: CompletionItemKind.Unit, detail: msg('durationUnit', this.locale), sortText: `0${lang === first ? 0 : 1}${i}`,
            }));
        }
    }

    private documentLanguage(context: CompletionContext): Lang {
        return keywordLanguage(context.document.parseResult.value as ast.Model, this.locale);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const pair = keywordPair(keyword.value);
        const doc = pair && keywordDoc(pair.key);
        const preferred = !pair || pair.id === pair.en || keyword.value === pair[this.documentLanguage(context)];
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: doc ? doc.source : undefined,
            documentation: doc ? { kind: 'markdown', value: `${doc.meaning[this.locale]}\n\n*${msg('source', this.locale)}:* ${doc.source}` } : undefined,
            sortText: preferred ? '1' : '2',
        });
        if (keyword.value === 'sop') this.snippets(context, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        // Where an id is expected the words of the language are ids too; proposing them would bury
        // the real ids (steps, pelaksana) under every keyword of the language.
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (rule === 'Name' || rule === 'AnyName' || rule === 'RowName' || rule === 'NewWord') return false;
        const key = canonicalKey(keyword.value);
        if (!key || !memberKeys.has(key)) return true;
        // Is the keyword starting a member of the document around the cursor?
        const doc = context.node ? AstUtils.getContainerOfType(context.node, ast.isDocument) : undefined;
        if (!doc || !this.startsMember(keyword)) return true;
        if (!fieldKeys[doc.$type].has(key)) return false;
        if (repeatable.has(key)) return true;
        return !doc.members.some(m => componentKey(m) === key || (ast.isTextField(m) && canonicalKey(m.key) === key));
    }

    /** Whether a keyword is the first keyword of a member rule (not e.g. `nama` inside `disahkan`). */
    private startsMember(keyword: GrammarAST.Keyword): boolean {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (!rule) return false;
        if (['TextKey', 'DateKey', 'RefKey'].includes(rule.name)) return true;
        const first = GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule.definition;
        return AstUtils.streamAst(first).some(n => n === keyword) || first === keyword;
    }

    private snippets(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const keywords = this.documentLanguage(context);
        const sopId = this.sopServices.shared.workspace.IndexManager.allElements(ast.Sop.$type).head()?.name;
        const c: TemplateContext = { keywords, locale: this.locale, sopId };
        const item = (label: string, text: string, sortText: string): CompletionValueItem => ({
            label, kind: CompletionItemKind.Snippet, insertText: text, insertTextFormat: InsertTextFormat.Snippet,
            filterText: label, sortText,
        });
        acceptor(context, item(msg('snippetSop', this.locale), snippet(newSopLines(c)), '0a'));
        acceptor(context, item(msg('snippetSp', this.locale), snippet(newServiceStandardLines(c)), '0b'));
    }

    /**
     * After `->` the jump (or branch) node does not exist yet in the broken tree and Langium would
     * look for `target` on the step itself; complete on a synthetic node of the rule instead.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (!next.type && context.node && assignment && rule
            && !(assignment.feature in this.astReflection.getTypeMetaData(context.node.$type).properties)) {
            return super.completionForCrossReference(context, { ...next, type: rule.name, property: 'flow' }, acceptor);
        }
        return super.completionForCrossReference(context, next, acceptor);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        let detail: string | undefined;
        if (ast.isActor(node)) detail = node.title;
        else if (ast.isStep(node)) detail = node.text;
        else if (ast.isSop(node) || ast.isServiceStandard(node) || ast.isCollection(node)) detail = node.title ?? msg('sopReference', this.locale);
        return { ...item, detail: detail ?? item.detail };
    }
}

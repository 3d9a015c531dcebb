/**
 * Document symbols (outline): each SOP / Standar Pelayanan / book, with its identity fields, its
 * pelaksana and its steps (grouped under their `bagian` when there are sections).
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import { msg } from '../i18n/lsp-messages.js';

function nameRange(node: ast.Document | ast.Actor | ast.Step, fallback: Range): Range {
    const leaf = node.$cstNode ? CstUtils.flattenCst(node.$cstNode).find(l => !l.hidden && l.text === node.name) : undefined;
    return leaf?.range ?? fallback;
}

/** The outline: document → identity fields, pelaksana, procedure (sections, steps). */
export class SopDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: SopServices) { }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const root = document.parseResult.value as ast.Model;
        return root.documents.filter(d => d.$cstNode && d.name).map(d => this.documentSymbol(d));
    }

    private documentSymbol(doc: ast.Document): DocumentSymbol {
        const lang = this.services.sop.Settings.locale;
        const range = doc.$cstNode!.range;
        const children: DocumentSymbol[] = [];
        const fields = doc.members.filter(m => !ast.isActor(m) && !ast.isProcedure(m) && m.$cstNode);
        if (fields.length) {
            const first = fields[0].$cstNode!.range, last = fields[fields.length - 1].$cstNode!.range;
            children.push({
                name: msg('identity', lang), kind: SymbolKind.Namespace, range: { start: first.start, end: last.end }, selectionRange: first,
                children: fields.map(f => {
                    const r = f.$cstNode!.range;
                    const word = f.$cstNode!.text.split(/[\s{"]/)[0];
                    return { name: word, kind: SymbolKind.Property, range: r, selectionRange: r, detail: f.$cstNode!.text.slice(word.length).trim().slice(0, 80) };
                }),
            });
        }
        for (const actor of doc.members.filter(ast.isActor)) {
            const r = actor.$cstNode!.range;
            children.push({ name: actor.name, detail: actor.title, kind: SymbolKind.Variable, range: r, selectionRange: nameRange(actor, r) });
        }
        for (const p of doc.members.filter(ast.isProcedure)) {
            const r = p.$cstNode!.range;
            const steps: DocumentSymbol[] = [];
            let section: DocumentSymbol | undefined;
            for (const item of p.items) {
                const ir = item.$cstNode!.range;
                if (ast.isSection(item)) {
                    section = { name: item.title, kind: SymbolKind.Namespace, range: ir, selectionRange: ir, children: [] };
                    steps.push(section);
                    continue;
                }
                if (!ast.isStep(item)) continue;
                const sym: DocumentSymbol = { name: item.name, detail: item.text, kind: SymbolKind.Function, range: ir, selectionRange: nameRange(item, ir) };
                if (section) {
                    section.children!.push(sym);
                    section.range = { start: section.range.start, end: ir.end };
                } else steps.push(sym);
            }
            children.push({ name: msg('procedure', lang), kind: SymbolKind.Module, range: r, selectionRange: r, children: steps });
        }
        const kind = ast.isSop(doc) ? SymbolKind.Class : ast.isServiceStandard(doc) ? SymbolKind.Interface : SymbolKind.Package;
        return { name: doc.name, detail: doc.title, kind, range, selectionRange: nameRange(doc, range), children };
    }
}

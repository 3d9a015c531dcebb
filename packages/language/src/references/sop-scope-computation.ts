/**
 * Local symbols of an SOP file: only its documents (`sop X`, `standar-pelayanan Y` ...), visible
 * in the whole file. Langium's default describes every named node under its container, every row
 * and pelaksana included (a name, a range and a path each); the only references that read local
 * symbols are those to SOPs and templates, since pelaksana and rows are looked up by
 * SopScopeProvider in a map of their own, and a row or pelaksana is never an SOP or a template.
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type * as ast from '../generated/ast.js';

/** The scope computation of the SOP language (see the file comment). */
export class SopScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value as ast.Model;
        for (const doc of root.documents ?? []) this.addLocalSymbol(doc, document, symbols);
        return symbols;
    }
}

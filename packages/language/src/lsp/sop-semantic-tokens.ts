/**
 * Semantic highlighting on top of the TextMate grammar: document ids, pelaksana (declared and
 * used), step ids (declared and as jump targets), decision labels, durations and dates.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** Token types per node kind (see the file comment). */
export class SopSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = [SemanticTokenModifiers.declaration];
        if (ast.isSop(node) || ast.isServiceStandard(node) || ast.isCollection(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
        } else if (ast.isActor(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: declaration });
        } else if (ast.isStep(node)) {
            if (node.number !== undefined) acceptor({ node, property: 'number', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: declaration });
        } else if (ast.isStepSymbol(node) || ast.isSymbolFlow(node)) {
            acceptor({ node, property: 'actor', type: SemanticTokenTypes.variable });
        } else if (ast.isTarget(node)) {
            if (node.step) acceptor({ node, property: 'step', type: SemanticTokenTypes.function });
            if (node.actor) acceptor({ node, property: 'actor', type: SemanticTokenTypes.variable });
        } else if (ast.isBranch(node)) {
            acceptor({ node, property: 'label', type: SemanticTokenTypes.enumMember });
        } else if (ast.isHandoverFlow(node) && node.target) {
            acceptor({ node, property: 'target', type: SemanticTokenTypes.class });
        } else if (ast.isRefItem(node) && node.ref) {
            acceptor({ node, property: 'ref', type: SemanticTokenTypes.class });
        } else if (ast.isDuration(node) && !node.none && !node.text && node.$cstNode) {
            acceptor({ node, range: node.$cstNode.range, type: SemanticTokenTypes.number });
        } else if (ast.isDateValue(node) && node.date) {
            acceptor({ node, property: 'date', type: SemanticTokenTypes.number });
        }
    }
}

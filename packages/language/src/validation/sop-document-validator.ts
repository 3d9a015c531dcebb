/**
 * Document validator: Langium's, with two changes. Unresolved references become the rule the
 * regulation names (an undeclared pelaksana is SOP-P02, a missing jump target SOP-P08, an
 * unknown related SOP SOP-H14 ...), and every diagnostic carries its regulation source.
 */
import { DefaultDocumentValidator, type AstNode, type LangiumDocument, type ValidationOptions, type DiagnosticInfo, type ValidationSeverity } from 'langium';
import type { LeafCstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { withoutSyntaxNoise } from './syntax-noise.js';
import { isPlaceholderText, withoutPlaceholderNoise } from './placeholders.js';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import { canonicalKey } from '../syntax/keywords.js';
import { profileOf } from '../model/sop-model-builder.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { Reporter } from './report.js';
import { keywordLanguage } from '../model/keyword-language.js';
import { lineOf, unpairedQuoteMessage } from '../parser/syntax-problems.js';
import { forEachLeaf } from '../model/cst-walk.js';
import { isClosedText } from '../parser/text-token.js';
import type { RuleData } from './report.js';

export class SopDocumentValidator extends DefaultDocumentValidator {
    private readonly services: SopServices;

    constructor(services: SopServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        this.reportTexts(document, diagnostics);
        return withoutPlaceholderNoise(withoutSyntaxNoise(document, diagnostics));
    }

    /**
     * One pass over the texts: DOC-08 on a text whose quotes do not pair (the lexer ends it at the
     * end of its line), DOC-09 on one that is still a placeholder a quick fix or completion
     * inserted (`"… Nomor SOP …"`).
     */
    private reportTexts(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const settings = this.services.sop.Settings;
        const reporter = new Reporter((severity, message, info) => {
            diagnostics.push(this.toDiagnostic(severity, message, info));
        }, settings.locale, settings.defaultProfile);
        const texts: LeafCstNode[] = [];
        const root = document.parseResult.value.$cstNode;
        if (root) forEachLeaf(root, leaf => { if (leaf.tokenType.name === 'STRING') texts.push(leaf); });
        for (const token of texts) {
            const target = { node: token.astNode, range: token.range };
            if (!isClosedText(token.text)) {
                const { start } = token.range;
                reporter.report('DOC-08', target, [unpairedQuoteMessage(token.text, start.line + 1, start.character + 1, settings.locale, lineOf(document, start.line))]);
            } else if (isPlaceholderText(token.text)) {
                reporter.report('DOC-09', target, [token.text.slice(1, -1)]);
            }
        }
    }

    /** AST types that have checks of their own: only the documents (sop-validator.ts), unless more are registered. */
    private checkedTypes: Set<string> | undefined;

    /**
     * Every check is registered on a document node (SOP, SP, book, template), so the nodes below
     * a document are not visited one by one: Langium awaits a cancellation check and streams the
     * checks of each node, one promise per row, cell and reference, all to find no check. Should a
     * check be registered on another type, every node is visited again as before.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        const reflection = this.services.shared.AstReflection;
        const checked = this.checkedTypes ??= new Set(reflection.getAllTypes().filter(t => this.validationRegistry.getChecks(t).head() !== undefined));
        const onlyDocuments = [...checked].every(t => reflection.isSubtype(t, 'Document'));
        if (onlyDocuments && ast.isDocument(node)) return { validateNode: true, validateChildren: false };
        return super.validateSingleNodeOptions(node, options);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const settings = this.services.sop.Settings;
        // Profile and keyword language are per document: computed once, not once per reference.
        const reporters = new Map<ast.Document | undefined, Reporter>();
        const reporterFor = (doc: ast.Document | undefined) => {
            let reporter = reporters.get(doc);
            if (!reporter) {
                const profile = doc ? profileOf(doc, settings.defaultProfile) : settings.defaultProfile;
                reporter = new Reporter((severity, message, info) => {
                    diagnostics.push(this.toDiagnostic(severity, message, info));
                }, settings.locale, profile, doc ? keywordLanguage(doc, 'id') : undefined);
                reporters.set(doc, reporter);
            }
            return reporter;
        };
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const container = error.info.container;
            const refText = error.info.reference.$refText;
            const range = reference.$refNode?.range;
            const reporter = reporterFor(findDocument(container));
            const target = { node: container, range };
            if (ast.isStep(container) || ast.isStepSymbol(container) || ast.isSymbolFlow(container) || (ast.isTarget(container) && error.info.property === 'actor')) {
                reporter.report('SOP-P02', target, [refText]);
            } else if (ast.isAssessmentRow(container)) {
                reporter.report('MON-04', target, [refText]);
            } else if (ast.isBookUse(container)) {
                reporter.report('MON-05', target, [refText]);
            } else if (ast.isTemplateUse(container)) {
                reporter.report('DOC-07', target, [refText]);
            } else if (ast.isRefItem(container)) {
                const key = canonicalKey(container.$container.key);
                if (key === 'related') reporter.report('SOP-H14', target, [refText]);
                else if (key === 'procedures') reporter.report('SP-10', target, [phrase(phrases.spUnresolved, settings.locale, refText)]);
                else reporter.report('DOC-05', target, [refText]);
            } else {
                reporter.report('SOP-P08', target, [refText]);
            }
        }
    }

    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, message, info);
        const data = info.data as Partial<RuleData> | undefined;
        if (data?.source) diagnostic.source = data.source;
        return diagnostic;
    }
}

/** The document (SOP, SP or book) that contains a node. */
export function findDocument(node: AstNode | undefined): ast.Document | undefined {
    let n = node;
    while (n && !ast.isDocument(n)) n = n.$container;
    return n;
}

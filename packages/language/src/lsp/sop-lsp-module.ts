/**
 * The LSP providers of the SOP language (completion, hover, code actions, formatter, navigation ...).
 * Each provider lives in its own file in this folder and is registered here. Definition,
 * references, document highlights, folding and workspace symbols are Langium's defaults: they
 * already work across files through the reference index.
 */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { SopServices } from '../sop-module.js';
import { SopCompletionProvider } from './sop-completion-provider.js';
import { SopHoverProvider } from './sop-hover-provider.js';
import { SopCodeActionProvider } from './sop-code-actions.js';
import { SopFormatter } from './sop-formatter.js';
import { SopRenameProvider } from './sop-rename.js';
import { SopDocumentSymbolProvider } from './sop-document-symbols.js';
import { SopSemanticTokenProvider } from './sop-semantic-tokens.js';
import { SopCodeLensProvider } from './sop-code-lens.js';

/** Services the LSP layer adds: the formatter with its language rewrite, for the CLI's `sop fmt`. */
export type SopLspServices = {
    sopLsp: {
        Formatter: SopFormatter;
    };
};

/** Overrides of Langium's LSP providers. */
export const SopLspModule: Module<SopServices, PartialLangiumServices & SopLspServices> = {
    sopLsp: {
        Formatter: (services) => new SopFormatter(services.shared.workspace.ConfigurationProvider),
    },
    lsp: {
        CompletionProvider: (services) => new SopCompletionProvider(services),
        HoverProvider: (services) => new SopHoverProvider(services),
        CodeActionProvider: (services) => new SopCodeActionProvider(services),
        Formatter: (services) => services.sopLsp.Formatter,
        RenameProvider: (services) => new SopRenameProvider(services),
        DocumentSymbolProvider: (services) => new SopDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new SopSemanticTokenProvider(services),
        CodeLensProvider: (services) => new SopCodeLensProvider(services),
    },
};

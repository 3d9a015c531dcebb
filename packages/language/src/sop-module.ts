/**
 * Dependency injection for the SOP language: the generated services plus the semantic model,
 * settings, validation and the LSP providers. `createSopServices` is used by the language
 * server, the CLI and the tests alike.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { SopLanguageGeneratedModule, SopLanguageGeneratedSharedModule } from './generated/module.js';
import { SopDocumentBuilder } from './workspace/sop-document-builder.js';
import { SopDocumentFactory } from './workspace/sop-document-factory.js';
import { SopServiceRegistry } from './workspace/sop-service-registry.js';
import { SopLangiumDocuments } from './workspace/sop-langium-documents.js';
import { SopWorkspaceManager } from './workspace/sop-workspace-manager.js';
import { SopDocumentUpdateHandler } from './lsp/sop-document-update-handler.js';
import { SopValueConverter } from './parser/sop-value-converter.js';
import { SopScopeProvider } from './references/sop-scope-provider.js';
import { SopScopeComputation } from './references/sop-scope-computation.js';
import { SopLinker, SopReferenceDescriptionProvider } from './references/sop-linker.js';
import { SopIndexManager } from './workspace/sop-index-manager.js';
import { SopParserErrorMessageProvider } from './parser/sop-parser-messages.js';
import { SopLexerErrorMessageProvider } from './parser/sop-lexer-messages.js';
import { WorkspaceIndex } from './workspace/workspace-index.js';
import { SopModelService } from './model/model-service.js';
import { SopSettings } from './sop-settings.js';
import { SopDocumentValidator } from './validation/sop-document-validator.js';
import { registerValidationChecks, SopValidator } from './validation/sop-validator.js';
import { SopLspModule, type SopLspServices } from './lsp/sop-lsp-module.js';

/** Services added by this language. */
export type SopAddedServices = {
    sop: {
        Settings: SopSettings;
        Models: SopModelService;
        Validator: SopValidator;
        WorkspaceIndex: WorkspaceIndex;
    };
} & SopLspServices;

/** All services of the SOP language. */
export type SopServices = LangiumServices & SopAddedServices;

/**
 * Shared (workspace-wide) overrides. Beside the builder's SOP ↔ SP relinking they keep the
 * workspace consistent under any sequence of opens, edits, closes and file changes: a closed
 * unsaved buffer is forgotten, a vanished file does not fail the build.
 */
export const SopSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (shared) => new SopServiceRegistry(shared),
    workspace: {
        DocumentBuilder: (shared) => new SopDocumentBuilder(shared),
        LangiumDocumentFactory: (shared) => new SopDocumentFactory(shared),
        LangiumDocuments: (shared) => new SopLangiumDocuments(shared),
        WorkspaceManager: (shared) => new SopWorkspaceManager(shared),
        IndexManager: (shared) => new SopIndexManager(shared),
    },
    lsp: {
        DocumentUpdateHandler: (shared) => new SopDocumentUpdateHandler(shared),
    },
};

/** The module that wires the SOP-specific services. */
export const SopModule: Module<SopServices, PartialLangiumServices & SopAddedServices> = {
    sop: {
        Settings: () => new SopSettings(),
        Models: (services) => new SopModelService(services.shared, services.sop.Settings),
        Validator: (services) => new SopValidator(services),
        WorkspaceIndex: (services) => new WorkspaceIndex(services.shared),
    },
    validation: {
        DocumentValidator: (services) => new SopDocumentValidator(services),
    },
    references: {
        ScopeProvider: (services) => new SopScopeProvider(services),
        ScopeComputation: (services) => new SopScopeComputation(services),
        Linker: (services) => new SopLinker(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SopReferenceDescriptionProvider(services),
    },
    parser: {
        ValueConverter: () => new SopValueConverter(),
        ParserErrorMessageProvider: (services) => new SopParserErrorMessageProvider(services.sop.Settings),
        LexerErrorMessageProvider: (services) => new SopLexerErrorMessageProvider(services.sop.Settings),
    },
    ...SopLspModule,
} as Module<SopServices, PartialLangiumServices & SopAddedServices>;

/**
 * Creates the shared and language services. Without a connection (CLI, tests) the configuration
 * provider is marked initialised so that builds do not wait for a client.
 */
export function createSopServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Sop: SopServices } {
    const shared = inject(createDefaultSharedModule(context), SopLanguageGeneratedSharedModule, SopSharedModule);
    const Sop = inject(createDefaultModule({ shared }), SopLanguageGeneratedModule, SopModule) as SopServices;
    shared.ServiceRegistry.register(Sop);
    registerValidationChecks(Sop);
    if (!context.connection) {
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sop };
}

/**
 * The faster linking and indexing of issue 11 (SopScopeComputation, SopLinker,
 * SopReferenceDescriptionProvider, SopIndexManager, the pruned node walk of SopDocumentValidator)
 * must change nothing a user sees: on the examples, a generated SOP and broken variants of them,
 * the diagnostics and the references found for every pelaksana, row and document are the same as
 * with Langium's own services in their place.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
    AstUtils, DefaultIndexManager, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, EmptyFileSystem, inject, URI,
    type AstNode, type LangiumDocument, type Module, type ValidationOptions,
} from 'langium';
import { createDefaultModule, createDefaultSharedModule, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices } from 'langium/lsp';
import { SopModule, SopSharedModule, type SopServices } from '../../packages/language/src/sop-module.js';
import { SopLanguageGeneratedModule, SopLanguageGeneratedSharedModule } from '../../packages/language/src/generated/module.js';
import { registerValidationChecks } from '../../packages/language/src/validation/sop-validator.js';
import { SopDocumentValidator } from '../../packages/language/src/validation/sop-document-validator.js';
import * as ast from '../../packages/language/src/generated/ast.js';
import { generateSop } from '../../scripts/bench/generate.js';
import { mutants } from '../helpers/mutants.js';

/** SopDocumentValidator visiting every node, as Langium does. */
class EveryNodeValidator extends SopDocumentValidator {
    protected override validateSingleNodeOptions(_node: AstNode, _options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        return { validateNode: true, validateChildren: true };
    }
}

const langiumShared: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: { IndexManager: (shared) => new DefaultIndexManager(shared) },
};
const langiumLanguage: Module<SopServices, PartialLangiumServices> = {
    references: {
        ScopeComputation: (services) => new DefaultScopeComputation(services),
        Linker: (services) => new DefaultLinker(services),
    },
    workspace: { ReferenceDescriptionProvider: (services) => new DefaultReferenceDescriptionProvider(services) },
    validation: { DocumentValidator: (services) => new EveryNodeValidator(services as SopServices) },
};

function services(withLangiumDefaults: boolean): SopServices {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), SopLanguageGeneratedSharedModule, SopSharedModule, withLangiumDefaults ? langiumShared : {});
    const Sop = inject(createDefaultModule({ shared }), SopLanguageGeneratedModule, SopModule, withLangiumDefaults ? langiumLanguage : {}) as SopServices;
    shared.ServiceRegistry.register(Sop);
    registerValidationChecks(Sop);
    shared.workspace.ConfigurationProvider.initialized({});
    Sop.sop.Settings.locale = 'en';
    Sop.sop.Settings.today = '2026-11-29';
    return Sop;
}

function sopFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sopFiles(path) : name.endsWith('.sop') ? [path] : [];
    });
}

/** Diagnostics of every file and the references of every named node, as plain data. */
async function observe(files: Record<string, string>, withLangiumDefaults: boolean): Promise<unknown> {
    const Sop = services(withLangiumDefaults);
    const docs: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const doc = Sop.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`));
        Sop.shared.workspace.LangiumDocuments.addDocument(doc);
        docs.push(doc);
    }
    await Sop.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    return docs.map(doc => ({
        file: doc.uri.path,
        diagnostics: (doc.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${String(d.message)}`),
        references: AstUtils.streamAst(doc.parseResult.value)
            .filter(node => ast.isActor(node) || ast.isStep(node) || ast.isDocument(node))
            .map(node => Sop.references.References.findReferences(node, { includeDeclaration: true })
                .map(r => `${r.sourceUri.path}:${r.segment.range.start.line}:${r.segment.range.start.character}`).toArray().join(' '))
            .toArray(),
    }));
}

const examples = Object.fromEntries(sopFiles('examples').map(path => [path.replace(/\//g, '_'), readFileSync(path, 'utf8')]));

describe('faster linking, same results as Langium', () => {
    test('the examples, as one workspace', async () => {
        expect(await observe(examples, false)).toEqual(await observe(examples, true));
    });

    test('a generated SOP and another that lists it, and broken variants of both', async () => {
        const files: Record<string, string> = { 'big.sop': generateSop(120, 'Besar'), 'other.sop': generateSop(30, 'Lain', 'Besar') };
        mutants(files["big.sop"], 11, 7).forEach((text, i) => { files[`big-${i}.sop`] = text; });
        mutants(files["other.sop"], 12, 7).forEach((text, i) => { files[`other-${i}.sop`] = text; });
        files['errors.sop'] = generateSop(20, 'Salah', 'TidakAda')
            .replace('s3 kepala', 's3 direktur').replace('ya -> s7', 'ya -> s999').replace('s5 kasi', 's4 kasi');
        const ours = await observe(files, false);
        expect(ours).toEqual(await observe(files, true));
        // What is compared is not empty: unresolved pelaksana, rows and SOPs, and many references.
        const text = JSON.stringify(ours);
        for (const code of ['SOP-P02', 'SOP-P08', 'SOP-H14', 'SOP-P20']) expect(text).toContain(code);
        expect(text).toContain('/ws/other.sop:3:');
    });
});

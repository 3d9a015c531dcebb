/**
 * Test helper: parses `.sop` files into one in-memory Langium workspace (so references between
 * files resolve, as in the CLI) and returns the semantic models of each file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, type DocumentModel } from '@sop/language';

/** Repository root. */
export const root = resolve(import.meta.dirname, '../../..');

/** One loaded file: its path relative to the repository and its models in written order. */
export interface LoadedFile {
    file: string;
    models: DocumentModel[];
}

/** Loads files (absolute paths) together and returns their models. */
export async function loadModels(files: readonly string[]): Promise<LoadedFile[]> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    const docs = files.map(file => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(docs, { validation: false });
    return docs.map((doc, i) => ({ file: relative(root, files[i]), models: Sop.sop.Models.getModels(doc) }));
}

/** Parses one text and returns its models. */
export async function modelsOf(text: string): Promise<DocumentModel[]> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///test.sop'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    return Sop.sop.Models.getModels(doc);
}

/** Fixture files of this renderer. */
export function fixtureFiles(): string[] {
    return sopFilesUnder('test/fixtures/official');
}

/** `.sop` files under a folder of the repository, recursively, sorted (Node 20 has no fs.globSync). */
function sopFilesUnder(dir: string): string[] {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) return [];
    return (readdirSync(abs, { recursive: true }) as string[]).filter(f => f.endsWith('.sop')).sort().map(f => resolve(abs, f));
}

/** Every example file (examples/**\/*.sop), found at test time. */
export function exampleFiles(): string[] {
    return sopFilesUnder('examples');
}

/** A file-system-safe name for a model of a file. */
export function outputName(file: string, model: DocumentModel): string {
    return `${file.replace(/^test\/fixtures\/official\//, 'fixture-').replace(/^examples\//, '').replace(/\.sop$/, '').replace(/[^A-Za-z0-9_-]+/g, '_')}--${model.id}`;
}

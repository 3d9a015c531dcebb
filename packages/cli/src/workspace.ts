/**
 * Loads `.sop` files into one Langium workspace so that references resolve across them,
 * and builds (parses, links, validates) them together.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSopServices, type SopServices, type Lang } from '@sop/language';

/** Options every command shares. */
export interface WorkspaceOptions {
    lang: Lang;
    profile?: 'sop-ap' | 'generic';
    today?: string;
}

/** A loaded workspace: services and one Langium document per readable file. */
export interface LoadedWorkspace {
    services: SopServices;
    documents: LangiumDocument[];
    /** Files that could not be read, with the reason. */
    unreadable: Array<{ file: string; reason: string }>;
}

/** Strict UTF-8: a file in another encoding is refused, never read with replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Services for one workspace, with the settings every command shares. */
function servicesFor(options: WorkspaceOptions) {
    const { shared, Sop } = createSopServices(NodeFileSystem);
    Sop.sop.Settings.locale = options.lang;
    if (options.profile) Sop.sop.Settings.defaultProfile = options.profile;
    if (options.today) Sop.sop.Settings.today = options.today;
    return { shared, Sop };
}

/** Reads and builds all files; unreadable files are reported, not thrown. */
export async function loadWorkspace(files: readonly string[], options: WorkspaceOptions, validate = true): Promise<LoadedWorkspace> {
    const { shared, Sop } = servicesFor(options);
    const documents: LangiumDocument[] = [];
    const unreadable: LoadedWorkspace['unreadable'] = [];
    for (const file of files) {
        let text: string;
        try {
            text = utf8.decode(readFileSync(file));
        } catch (e) {
            const reason = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder'
                : e instanceof TypeError ? 'not UTF-8 text; save it as UTF-8, nothing was changed'
                : (e as Error).message;
            unreadable.push({ file, reason });
            continue;
        }
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(doc);
        documents.push(doc);
    }
    // The other .sop files beside the inputs are context, as in the editor: a related SOP, a
    // template or a book's SOPs resolve (and print with their number and title) without being
    // named on the command line. They are linked, never validated, reported or written.
    const context: LangiumDocument[] = [];
    for (const file of siblingsOf(files)) {
        try {
            const doc = shared.workspace.LangiumDocumentFactory.fromString(utf8.decode(readFileSync(file)), URI.file(file));
            shared.workspace.LangiumDocuments.addDocument(doc);
            context.push(doc);
        } catch { /* unreadable context is no input: ignore it */ }
    }
    // Indexed and linked together, so references both ways resolve (a book's SOP beside the inputs
    // that names an input under keterkaitan prints its title, not its id); only inputs are validated.
    if (context.length) await shared.workspace.DocumentBuilder.build([...documents, ...context], { validation: false });
    await shared.workspace.DocumentBuilder.build(documents, { validation: validate });
    return { services: Sop, documents, unreadable };
}

/** The `.sop` files in the folders of the inputs that are not inputs themselves (by real path). */
function siblingsOf(files: readonly string[]): string[] {
    const real = (f: string) => { try { return realpathSync(f); } catch { return path.resolve(f); } };
    const inputs = new Set(files.map(real));
    const found = new Map<string, string>();
    for (const dir of new Set(files.map(f => path.dirname(path.resolve(f))))) {
        let names: string[];
        try { names = readdirSync(dir); } catch { continue; }
        for (const name of names.filter(n => n.endsWith('.sop')).sort()) {
            const file = path.join(dir, name);
            const key = real(file);
            if (inputs.has(key) || found.has(key)) continue;
            try { if (!statSync(file).isFile()) continue; } catch { continue; }
            found.set(key, file);
        }
    }
    return [...found.values()];
}

/**
 * Builds texts that are not (or not as they are now) on disk, such as the files of a git
 * revision, as one workspace. Each path is absolute: it names the document in diagnostics and
 * links, and two workspaces may hold different texts under the same path.
 */
export async function loadWorkspaceFromTexts(files: ReadonlyArray<{ path: string; text: string }>, options: WorkspaceOptions, validate = true): Promise<LoadedWorkspace> {
    const { shared, Sop } = servicesFor(options);
    const documents = files.map(f => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.file(f.path));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: validate });
    return { services: Sop, documents, unreadable: [] };
}

/** Decodes file bytes as strict UTF-8; undefined for bytes in another encoding. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
    try {
        return utf8.decode(bytes);
    } catch {
        return undefined;
    }
}

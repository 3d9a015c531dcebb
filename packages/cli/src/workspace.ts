/**
 * Loads `.sop` files into one Langium workspace so that references resolve across them,
 * and builds (parses, links, validates) them together.
 */
import { readFileSync } from 'node:fs';
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

/** Reads and builds all files; unreadable files are reported, not thrown. */
export async function loadWorkspace(files: readonly string[], options: WorkspaceOptions, validate = true): Promise<LoadedWorkspace> {
    const { shared, Sop } = createSopServices(NodeFileSystem);
    Sop.sop.Settings.locale = options.lang;
    if (options.profile) Sop.sop.Settings.defaultProfile = options.profile;
    if (options.today) Sop.sop.Settings.today = options.today;
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
    await shared.workspace.DocumentBuilder.build(documents, { validation: validate });
    return { services: Sop, documents, unreadable };
}

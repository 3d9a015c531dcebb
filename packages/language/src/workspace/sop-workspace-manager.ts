/**
 * Workspace manager that loads what it can. Langium loads the workspace's files all together and
 * one unreadable file (deleted between listing and reading, no permission) failed the whole
 * start: the workspace never became ready and every later edit waited for it forever.
 */
import { DefaultWorkspaceManager, type LangiumDocument, type Stream, type URI } from 'langium';

/** Langium's workspace manager, tolerant of files it cannot read at start. */
export class SopWorkspaceManager extends DefaultWorkspaceManager {
    /** Loads every readable file; an unreadable one is skipped with a warning. */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.warn(`Skipped ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }).toArray());
    }
}

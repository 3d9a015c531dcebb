/**
 * Service registry that remembers the language of documents whose name does not tell it. Langium
 * finds the language of `untitled:Untitled-1` only through the open editor's languageId; once the
 * buffer is closed every lookup threw, and a build still holding the document (the close is
 * processed by the next update) failed and ended the language server.
 */
import { DefaultServiceRegistry, URI, UriUtils, type LangiumCoreServices } from 'langium';

/** Langium's service registry, plus the language of closed buffers it found through their editor. */
export class SopServiceRegistry extends DefaultServiceRegistry {
    /**
     * URI → language, for documents opened under a name no language claims. One small entry per
     * such buffer for the server's lifetime; removing them would race with builds still running.
     */
    private readonly openedAs = new Map<string, LangiumCoreServices>();
    /** URIs whose name was looked at (one entry per file or buffer the server has seen). */
    private readonly seen = new Set<string>();

    override getServices(uri: URI): LangiumCoreServices {
        const key = uri.toString();
        try {
            const services = super.getServices(uri);
            // Asked for every file on every edit: the name of each URI is looked at once.
            if (!this.seen.has(key)) {
                this.seen.add(key);
                if (!this.byName(uri) && !this.openedAs.has(key)) this.openedAs.set(key, services);
            }
            return services;
        } catch (error) {
            const remembered = this.openedAs.get(key);
            if (remembered) return remembered;
            throw error;
        }
    }

    private byName(uri: URI): LangiumCoreServices | undefined {
        return this.fileNameMap.get(UriUtils.basename(uri)) ?? this.fileExtensionMap.get(UriUtils.extname(uri));
    }
}

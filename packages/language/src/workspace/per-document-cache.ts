/**
 * What each file contributes to a workspace-wide fact (its document ids, the SOPs its Standar
 * Pelayanan link to ...), kept until the file is parsed or linked again. A workspace fact is
 * dropped on every change, since any file may change it; rebuilding it from these contributions
 * reads the syntax trees of the changed files only, so an edit no longer walks every file of a
 * large workspace.
 */
import type { AstNode, LangiumDocument } from 'langium';

interface Entry<T> {
    root: AstNode | undefined;
    references: readonly unknown[] | undefined;
    /** Linking adds to the list of references; a new linking replaces it. */
    linkedCount: number;
    value: T;
    /** The last pass over the workspace that met the file. */
    pass: number;
}

/** Per-file values, recomputed when the file's syntax tree (or, with `linked`, its links) changed. */
export class PerDocumentCache<T> {
    private readonly entries = new Map<string, Entry<T>>();
    private pass = 0;

    /**
     * `compute` reads one file; `linked` when it follows references (a new linking of the file, e.g.
     * after the file it points to changed, replaces the file's list of references).
     */
    constructor(private readonly compute: (document: LangiumDocument) => T, private readonly linked = false) { }

    /** The value of one file. */
    get(document: LangiumDocument): T {
        const key = document.uri.toString();
        const root = document.parseResult?.value;
        const references = this.linked ? document.references : undefined;
        const linkedCount = references?.length ?? 0;
        const entry = this.entries.get(key);
        if (entry && entry.root === root && entry.references === references && entry.linkedCount === linkedCount) {
            entry.pass = this.pass;
            return entry.value;
        }
        const value = this.compute(document);
        this.entries.set(key, { root, references, linkedCount, value, pass: this.pass });
        return value;
    }

    /** The values of the given files (the whole workspace), in their order; forgets files not among them. */
    all(documents: Iterable<LangiumDocument>): T[] {
        const values: T[] = [];
        const pass = ++this.pass;
        for (const document of documents) values.push(this.get(document));
        if (values.length < this.entries.size) for (const [key, entry] of [...this.entries]) if (entry.pass !== pass) this.entries.delete(key);
        return values;
    }
}

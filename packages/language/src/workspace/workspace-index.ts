/**
 * Facts about the whole workspace that per-document checks need, computed once per workspace
 * state (the cache is dropped on every change): where each document id is declared, and which
 * Standar Pelayanan link to which SOP. Keeps the cross-file checks linear in the workspace size;
 * each file's part is kept until the file is parsed or linked again (PerDocumentCache), so an edit
 * reads the edited file, not the workspace.
 */
import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { PerDocumentCache } from './per-document-cache.js';
import * as ast from '../generated/ast.js';
import { refField } from '../model/sop-model-builder.js';

/** A document declaration: the node and the file that holds it. */
export interface Declaration {
    node: ast.Document;
    uri: string;
}

export interface WorkspaceFacts {
    /** Document id → every declaration with that id, in workspace order. */
    declarations: Map<string, Declaration[]>;
    /** SOP node → the Standar Pelayanan that link to it from "sistem, mekanisme, dan prosedur". */
    linkingStandards: Map<ast.Sop, ast.ServiceStandard[]>;
}

/** What one file contributes: its declarations, and the SOPs its Standar Pelayanan link to. */
interface FileFacts {
    declarations: Array<[string, Declaration]>;
    links: Array<[ast.Sop, ast.ServiceStandard]>;
}

/** Cached workspace facts. */
export class WorkspaceIndex {
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;
    /** Per file, until it is parsed or linked again (a link target may be a new node then). */
    private readonly files = new PerDocumentCache(fileFacts, true);

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
    }

    get facts(): WorkspaceFacts {
        return this.cache.get('facts', () => this.compute());
    }

    private compute(): WorkspaceFacts {
        const declarations = new Map<string, Declaration[]>();
        const linkingStandards = new Map<ast.Sop, ast.ServiceStandard[]>();
        for (const file of this.files.all(this.shared.workspace.LangiumDocuments.all)) {
            for (const [name, declaration] of file.declarations) {
                const list = declarations.get(name);
                if (list) list.push(declaration);
                else declarations.set(name, [declaration]);
            }
            for (const [sop, d] of file.links) {
                const standards = linkingStandards.get(sop) ?? [];
                if (!standards.includes(d)) standards.push(d);
                linkingStandards.set(sop, standards);
            }
        }
        return { declarations, linkingStandards };
    }
}

/** The declarations and SP → SOP links of one file, in written order. */
function fileFacts(doc: LangiumDocument): FileFacts {
    const facts: FileFacts = { declarations: [], links: [] };
    const uri = doc.uri.toString();
    for (const d of (doc.parseResult.value as ast.Model).documents ?? []) {
        if (!d.name) continue;
        facts.declarations.push([d.name, { node: d, uri }]);
        if (!ast.isServiceStandard(d)) continue;
        for (const item of refField(d, 'procedures')?.items ?? []) {
            const sop = item.ref?.ref;
            if (sop) facts.links.push([sop, d]);
        }
    }
    return facts;
}

/**
 * Facts about the whole workspace that per-document checks need, computed once per workspace
 * state (the cache is dropped on every change): where each document id is declared, and which
 * Standar Pelayanan link to which SOP. Keeps the cross-file checks linear in the workspace size.
 */
import { WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
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

/** Cached workspace facts. */
export class WorkspaceIndex {
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
    }

    get facts(): WorkspaceFacts {
        return this.cache.get('facts', () => this.compute());
    }

    private compute(): WorkspaceFacts {
        const declarations = new Map<string, Declaration[]>();
        const linkingStandards = new Map<ast.Sop, ast.ServiceStandard[]>();
        for (const doc of this.shared.workspace.LangiumDocuments.all) {
            const uri = doc.uri.toString();
            for (const d of (doc.parseResult.value as ast.Model).documents ?? []) {
                if (!d.name) continue;
                const list = declarations.get(d.name) ?? [];
                list.push({ node: d, uri });
                declarations.set(d.name, list);
                if (!ast.isServiceStandard(d)) continue;
                for (const item of refField(d, 'procedures')?.items ?? []) {
                    const sop = item.ref?.ref;
                    if (!sop) continue;
                    const standards = linkingStandards.get(sop) ?? [];
                    if (!standards.includes(d)) standards.push(d);
                    linkingStandards.set(sop, standards);
                }
            }
        }
        return { declarations, linkingStandards };
    }
}

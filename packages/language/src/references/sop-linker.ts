/**
 * Linker and reference index of the SOP language: Langium's, with the tree walked once by
 * ast-walk.ts instead of a stream per node and an awaited cancellation check per node (see there).
 * Cancellation is still checked, every few hundred nodes. The same references are linked and
 * indexed, in the same order.
 */
import { DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils, type AstNode, type LangiumDocument, type ReferenceDescription, type ReferenceInfo } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachNode, forEachReference } from './ast-walk.js';

/** Nodes visited between two cancellation checks. */
const CHECK_EVERY = 256;

/** Every node of a document, in tree order. */
function nodesOf(document: LangiumDocument): AstNode[] {
    const nodes: AstNode[] = [];
    forEachNode(document.parseResult.value, node => { nodes.push(node); });
    return nodes;
}

/**
 * The references of each file that may point into another file, as the last linking of the file
 * found them, in tree order: a reference resolved inside its own file (every pelaksana and row)
 * is left out, so the reference index does not walk the tree again to skip them.
 */
const mayLeaveFile = new WeakMap<LangiumDocument, { references: readonly unknown[]; infos: ReferenceInfo[] }>();

/** Langium's linker, walking the tree once (see the file comment). */
export class SopLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const nodes = nodesOf(document);
        const infos: ReferenceInfo[] = [];
        for (let i = 0; i < nodes.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            forEachReference(nodes[i], info => {
                this.doLink(info, document);
                const ref = info.reference;
                const inFile = isReference(ref) && ref.$nodeDescription !== undefined && UriUtils.equals(ref.$nodeDescription.documentUri, document.uri);
                if (!inFile) infos.push(info);
            });
        }
        mayLeaveFile.set(document, { references: document.references, infos });
    }
}

/**
 * Langium's reference descriptions (the index behind find references, rename and relinking),
 * walking the tree once, and only for references into other files. A reference inside its own
 * file (every pelaksana and row of every step) is only ever looked for from that file: it is
 * described on demand (localDescriptions, used by SopIndexManager.findAllReferences) instead of
 * being held for every file of the workspace, which was a fifth of a build's time and a good part
 * of its memory.
 */
export class SopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: CancellationToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const linked = mayLeaveFile.get(document);
        if (linked && linked.references === document.references) {
            for (const info of linked.infos) {
                if (info.reference.error) continue;
                for (const d of this.createInfoDescriptions(info)) if (!d.local) descriptions.push(d);
            }
            return descriptions;
        }
        const nodes = nodesOf(document);
        for (let i = 0; i < nodes.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.describe(nodes[i], false, descriptions);
        }
        return descriptions;
    }

    /** The descriptions of the references between nodes of one linked file, in tree order. */
    describeLocal(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of nodesOf(document)) this.describe(node, true, descriptions);
        return descriptions;
    }

    private describe(node: AstNode, local: boolean, into: ReferenceDescription[]): void {
        forEachReference(node, info => {
            if (info.reference.error) return;
            for (const d of this.createInfoDescriptions(info)) if (d.local === local) into.push(d);
        });
    }
}

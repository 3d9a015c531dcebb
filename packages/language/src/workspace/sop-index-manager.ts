/**
 * The workspace index, with a per-file set of the other files its references point to. Langium
 * asks after every edit, for every file of the workspace, whether it references a changed file,
 * and answered by going through all of that file's references (every pelaksana and row reference
 * of every SOP in the workspace, each edit). The set answers it in the number of files referenced.
 * The index holds the references between files only (SopReferenceDescriptionProvider); those
 * inside the file of the node looked for are described when asked.
 */
import { AstUtils, DefaultIndexManager, stream, UriUtils, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import { SopReferenceDescriptionProvider } from '../references/sop-linker.js';
import type { CancellationToken } from 'vscode-languageserver';

/** Langium's index manager, plus the external targets of each file (see the file comment). */
export class SopIndexManager extends DefaultIndexManager {
    /** File URI → URIs of the other files its indexed references point to. */
    private readonly externalTargets = new Map<string, Set<string>>();

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        const targets = new Set<string>();
        for (const ref of this.referenceIndex.get(uri) ?? []) if (!ref.local) targets.add(ref.targetUri.toString());
        this.externalTargets.set(uri, targets);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.externalTargets.delete(uri.toString());
    }

    /**
     * As Langium's, in the same order: the references of each file in index order, those inside the
     * target's own file described now, at that file's place.
     */
    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        const targetDoc = AstUtils.getDocument(targetNode);
        const targetUri = targetDoc.uri.toString();
        const provider = this.serviceRegistry.getServices(targetDoc.uri).workspace.ReferenceDescriptionProvider;
        const result: ReferenceDescription[] = [];
        this.referenceIndex.forEach((refs, uri) => {
            if (uri === targetUri && provider instanceof SopReferenceDescriptionProvider) {
                result.push(...this.localReferences(provider, targetDoc).filter(ref => ref.targetPath === astNodePath));
            }
            for (const ref of refs) if (ref.targetPath === astNodePath && UriUtils.equals(ref.targetUri, targetDoc.uri)) result.push(ref);
        });
        return stream(result);
    }

    /** Local descriptions per file, until the file is linked again (a new list of references). */
    private readonly local = new WeakMap<LangiumDocument, { references: readonly unknown[]; length: number; descriptions: ReferenceDescription[] }>();

    private localReferences(provider: SopReferenceDescriptionProvider, document: LangiumDocument): ReferenceDescription[] {
        const known = this.local.get(document);
        if (known && known.references === document.references && known.length === document.references.length) return known.descriptions;
        const descriptions = provider.describeLocal(document);
        this.local.set(document, { references: document.references, length: document.references.length, descriptions });
        return descriptions;
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.externalTargets.get(document.uri.toString());
        if (!targets) return super.isAffected(document, changedUris);
        if (targets.size <= changedUris.size) {
            for (const target of targets) if (changedUris.has(target)) return true;
        } else {
            for (const changed of changedUris) if (targets.has(changed)) return true;
        }
        return false;
    }
}

/**
 * Computes the semantic models of a document once per workspace state and caches them.
 * The cache is dropped on every workspace change, because a change in one file can resolve or
 * break a reference in another.
 */
import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import * as ast from '../generated/ast.js';
import type { DocumentModel, Profile } from './model-types.js';
import type { SopSettings } from '../sop-settings.js';
import { buildSopModel } from './sop-model-builder.js';
import { buildCollectionModel, buildServiceStandardModel } from './sp-model-builder.js';

/** Builds the model of one document node. */
export function buildDocumentModel(doc: ast.Document, defaultProfile: Profile, uri?: string): DocumentModel {
    if (ast.isSop(doc)) return buildSopModel(doc, defaultProfile, uri);
    if (ast.isServiceStandard(doc)) return buildServiceStandardModel(doc, uri);
    return buildCollectionModel(doc, uri);
}

/** Cached access to the semantic models of documents. */
export class SopModelService {
    private readonly cache: WorkspaceCache<string, Map<ast.Document, DocumentModel>>;

    constructor(shared: LangiumSharedCoreServices, private readonly settings: SopSettings) {
        this.cache = new WorkspaceCache(shared);
    }

    /** Profile for SOPs that do not name one (setting `sop.validation.profile`). */
    private get defaultProfile(): Profile {
        return this.settings.defaultProfile;
    }

    /** The models of every document in a file, in written order. */
    getModels(document: LangiumDocument): DocumentModel[] {
        return [...this.modelMap(document).values()];
    }

    /** The model of one document node. */
    getModel(doc: ast.Document): DocumentModel {
        const langiumDoc = doc.$container.$document;
        if (!langiumDoc) return buildDocumentModel(doc, this.defaultProfile);
        return this.modelMap(langiumDoc).get(doc) ?? buildDocumentModel(doc, this.defaultProfile, langiumDoc.uri.toString());
    }

    private modelMap(document: LangiumDocument): Map<ast.Document, DocumentModel> {
        const key = `${document.uri.toString()}#${this.defaultProfile}`;
        return this.cache.get(key, () => {
            const root = document.parseResult.value as ast.Model;
            const uri = document.uri.toString();
            return new Map(root.documents.map(d => [d, buildDocumentModel(d, this.defaultProfile, uri)]));
        });
    }
}

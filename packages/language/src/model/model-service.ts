/**
 * Computes the semantic models of a document once per workspace state and caches them.
 * The cache is dropped on every workspace change, because a change in one file can resolve or
 * break a reference in another.
 */
import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import * as ast from '../generated/ast.js';
import type { DocumentModel, MonitoringModel, Profile } from './model-types.js';
import { buildMonitoringModel } from './monitoring-builder.js';
import type { SopSettings } from '../sop-settings.js';
import { buildSopModel } from './sop-model-builder.js';
import { buildCollectionModel, buildServiceStandardModel } from './sp-model-builder.js';
import { collectionSettings } from './template-settings.js';
import { PerDocumentCache } from '../workspace/per-document-cache.js';

/** A document that has a semantic model of its own (a template only shapes the SOPs that use it). */
export type ModelledDocument = ast.Sop | ast.ServiceStandard | ast.Collection;

/** True for the documents that have a model: everything but templates and monitoring rounds (see {@link SopModelService.getMonitoring}). */
export function isModelled(doc: ast.Document): doc is ModelledDocument {
    return !ast.isTemplate(doc) && !ast.isMonitoring(doc);
}

/**
 * Builds the model of one document node. `inherited` are the template settings an SOP gets from
 * the book that lists it.
 */
export function buildDocumentModel(doc: ModelledDocument, defaultProfile: Profile, uri?: string, inherited: readonly ast.TemplateSetting[] = []): DocumentModel {
    if (ast.isSop(doc)) return buildSopModel(doc, defaultProfile, uri, inherited);
    if (ast.isServiceStandard(doc)) return buildServiceStandardModel(doc, uri);
    return buildCollectionModel(doc, uri);
}

/** Cached access to the semantic models of documents. */
export class SopModelService {
    private readonly cache: WorkspaceCache<string, Map<ast.Document, DocumentModel>>;
    private readonly bookSettings: WorkspaceCache<'books', Map<string, ast.TemplateSetting[]>>;
    private readonly monitoringCache: WorkspaceCache<string, MonitoringModel[]>;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: SopSettings) {
        this.cache = new WorkspaceCache(shared);
        this.bookSettings = new WorkspaceCache(shared);
        this.monitoringCache = new WorkspaceCache(shared);
    }

    /**
     * Template settings that SOP books with a template pass to the SOPs they list, by SOP id. One
     * pass over the workspace per workspace state; books without template settings cost nothing more.
     */
    /**
     * Per file: the SOP ids its books with template settings list, with those settings, in written
     * order; linked, as a book's settings include those of the template it uses (maybe in another file).
     */
    private readonly listedByBooks = new PerDocumentCache(booksListing, true);

    private inheritedSettings(sopId: string): ast.TemplateSetting[] {
        return this.bookSettings.get('books', () => {
            const map = new Map<string, ast.TemplateSetting[]>();
            // Each file's part is kept until it is parsed again: an edit reads the edited file only.
            for (const listed of this.listedByBooks.all(this.shared.workspace.LangiumDocuments.all)) {
                for (const [id, settings] of listed) if (!map.has(id)) map.set(id, settings);
            }
            return map;
        }).get(sopId) ?? [];
    }

    /** Profile for SOPs that do not name one (setting `sop.validation.profile`). */
    private get defaultProfile(): Profile {
        return this.settings.defaultProfile;
    }

    /** The models of every document in a file (templates excepted), in written order. */
    getModels(document: LangiumDocument): DocumentModel[] {
        return [...this.modelMap(document).values()];
    }

    /** The model of one document node. */
    getModel(doc: ModelledDocument): DocumentModel {
        const langiumDoc = doc.$container.$document;
        if (!langiumDoc) return buildDocumentModel(doc, this.defaultProfile);
        return this.modelMap(langiumDoc).get(doc) ?? buildDocumentModel(doc, this.defaultProfile, langiumDoc.uri.toString(), this.inherited(doc));
    }

    /** The monitoring rounds of a file, in written order. */
    getMonitoringModels(document: LangiumDocument): MonitoringModel[] {
        return this.monitoringCache.get(document.uri.toString(), () => {
            const root = document.parseResult.value as ast.Model;
            return root.documents.filter(ast.isMonitoring).map(d => buildMonitoringModel(d, document.uri.toString()));
        });
    }

    /** The model of one monitoring round. */
    getMonitoring(doc: ast.Monitoring): MonitoringModel {
        const langiumDoc = doc.$container.$document;
        if (!langiumDoc) return buildMonitoringModel(doc);
        const index = (langiumDoc.parseResult.value as ast.Model).documents.filter(ast.isMonitoring).indexOf(doc);
        return this.getMonitoringModels(langiumDoc)[index] ?? buildMonitoringModel(doc, langiumDoc.uri.toString());
    }

    private inherited(doc: ModelledDocument): ast.TemplateSetting[] {
        return ast.isSop(doc) && !doc.members.some(ast.isTemplateUse) ? this.inheritedSettings(doc.name) : [];
    }

    private modelMap(document: LangiumDocument): Map<ast.Document, DocumentModel> {
        const key = `${document.uri.toString()}#${this.defaultProfile}`;
        return this.cache.get(key, () => {
            const root = document.parseResult.value as ast.Model;
            const uri = document.uri.toString();
            return new Map(root.documents.filter(isModelled).map(d => [d, buildDocumentModel(d, this.defaultProfile, uri, this.inherited(d))]));
        });
    }
}

/** The SOP ids listed by the books of one file that have template settings, with those settings. */
function booksListing(document: LangiumDocument): Array<[string, ast.TemplateSetting[]]> {
    const listed: Array<[string, ast.TemplateSetting[]]> = [];
    const root = document.parseResult?.value as ast.Model | undefined;
    for (const doc of root?.documents ?? []) {
        if (!ast.isCollection(doc)) continue;
        const settings = collectionSettings(doc);
        if (settings.length === 0) continue;
        for (const m of doc.members) {
            if (!ast.isRefField(m)) continue;
            for (const item of m.items ?? []) if (item.ref?.$refText) listed.push([item.ref.$refText, settings]);
        }
    }
    return listed;
}

/**
 * `sop export` of an SOP book (koleksi): the book's SOPs are found among every document of the
 * workspace (the inputs and the other `.sop` files beside them), whatever file they are in, and
 * printed inside the book; the contents page numbers come from printing the parts once.
 */
import { URI } from 'langium';
import { errorsWithin, type CollectionModel, type SopServices } from '@sop/language';
import { logoDataUri, planBook, type PlannedBook, type WorkspaceDocument } from '@sop/export';

/**
 * The book of `collection` (in `source`) from the workspace: every document of it with its file
 * and its errors (documents beside the inputs are validated here, so an SOP with errors is marked
 * KONSEP inside the book too), assembled by the export pipeline's `planBook`.
 */
export async function planWorkspaceBook(source: string, collection: CollectionModel, services: SopServices, bookErrors: number, withServiceStandards: boolean): Promise<PlannedBook> {
    const documents: WorkspaceDocument[] = [];
    for (const doc of services.shared.workspace.LangiumDocuments.all) {
        const models = services.sop.Models.getModels(doc);
        if (models.length === 0) continue;
        if (doc.diagnostics === undefined) doc.diagnostics = await services.validation.DocumentValidator.validateDocument(doc);
        for (const model of models) {
            documents.push({ model, file: URI.parse(model.uri ?? doc.uri.toString()).fsPath, errors: errorsWithin(doc.diagnostics, model) });
        }
    }
    return planBook(collection, documents, { source, errors: bookErrors, withServiceStandards, logo: (file, logo) => logoDataUri(file, logo) });
}

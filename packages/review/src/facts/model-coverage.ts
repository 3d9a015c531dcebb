/**
 * Where the review looks at each field of the semantic model, or why it does not. The facts are
 * explicit lists (a field the language adds does not leak into a review by accident), so these
 * records make the reverse mistake impossible too: a field added to one of these model types
 * stops the build here until someone decides whether changing it changes the meaning (then it
 * needs a fact) or not (then the reason goes here). The SOP header and template are covered by
 * the typed field tables of document-facts.ts.
 */
import type { CollectionModel, Lane, ProcedureRow, ProcessEdge, ProcessNode, ServiceStandardModel, SopModel } from '@sop/language/model';

type Coverage<T> = Record<keyof T, string>;

const WHERE = 'where it is written, not what it says';

/** SOP model → the facts or report parts that review each field. */
export const SOP_COVERAGE = {
    kind: 'documents of another kind are a removal and an addition', id: 'documents are matched by id',
    title: 'fact title', profile: 'fact profile', header: 'document-facts headerFields', lanes: 'lane changes',
    rows: 'step facts', nodes: 'step facts symbols and flow', edges: 'step facts flow', sections: 'step fact section',
    criticalPath: 'criticalPath', template: 'document-facts templateFields',
    keywordLanguage: 'cosmetic: the keyword language is no change in meaning', uri: WHERE, range: WHERE,
} satisfies Coverage<SopModel>;

/** Pelaksana. */
export const LANE_COVERAGE = {
    id: 'lanes are matched by id, then by title', title: 'lane fact title', system: 'lane fact system',
    index: 'lane moved (column order)', range: WHERE,
} satisfies Coverage<Lane>;

/** Rows of the procedure table. */
export const ROW_COVERAGE = {
    number: 'shown with the step; a shifted number alone is no change (moves are reported)', text: 'step fact text',
    inputs: 'step fact inputs', time: 'step fact time, critical path', outputs: 'step fact outputs', notes: 'step fact notes',
    section: 'step fact section', id: 'steps are matched by id, then by place and text', nodeIds: 'step facts lane, symbols, flow',
    breakAfter: 'step fact pageBreak', range: WHERE,
} satisfies Coverage<ProcedureRow>;

/** Symbols of a row. */
export const NODE_COVERAGE = {
    number: 'its row', text: 'its row', inputs: 'its row', time: 'its row', outputs: 'its row', notes: 'its row', section: 'its row',
    id: 'row id and the symbol\'s pelaksana or place', row: 'its row', primary: 'symbol order in step fact symbols',
    label: 'step fact symbols', deadEnd: 'step fact flow', lane: 'step fact lane', kind: 'step fact symbols',
    isStart: 'step fact flow', isEnd: 'step fact flow', handover: 'step fact flow', symbol: 'step fact symbols', range: WHERE,
} satisfies Coverage<ProcessNode>;

/** Arrows. */
export const EDGE_COVERAGE = {
    from: 'step fact flow of the source row', to: 'step fact flow target', label: 'step fact flow branch label',
    kind: 'step fact flow (arrows inside one row are its drawing)', back: 'follows from the targets',
} satisfies Coverage<ProcessEdge>;

/** Standar Pelayanan. */
export const SP_COVERAGE = {
    kind: 'documents of another kind are a removal and an addition', id: 'documents are matched by id',
    title: 'fact title', unit: 'fact unit', published: 'fact published', components: 'facts component.*',
    procedures: 'fact component.procedures, time checks', serviceTime: 'fact component.service-time, time checks',
    serviceHours: 'fact serviceHours', enactment: 'facts enactment.*', maklumat: 'facts maklumat.*',
    consultation: 'facts consultation.*', uri: WHERE, range: WHERE,
} satisfies Coverage<ServiceStandardModel>;

/** SOP books. */
export const COLLECTION_COVERAGE = {
    kind: 'documents of another kind are a removal and an addition', id: 'documents are matched by id',
    title: 'fact title', unit: 'fact unit', logo: 'fact logo', numberPattern: 'fact numberPattern', year: 'fact year', enactment: 'facts enactment.*', scope: 'fact scope',
    summary: 'fact summary', definitions: 'fact definitions', contents: 'fact contents', uri: WHERE, range: WHERE,
} satisfies Coverage<CollectionModel>;

/**
 * The facts of a document outside its procedure table, one per field in a fixed order: the SOP
 * identity block and template, the Standar Pelayanan components, the SOP book fields. The diff
 * compares these lists and the textconv rendering prints them, so both see the same fields.
 *
 * Values are as written (dates and durations keep their text), so a change of spelling is a
 * change; what the language normalises away (keyword language, layout, comments) never shows.
 */
import type { ApprovalInfo, CollectionModel, DateInfo, DocumentLink, ServiceStandardModel, SopHeader, SopModel, TemplateInfo } from '@sop/language/model';
import type { FieldValue } from '../types.js';

/** One field of a document and its value (`null` when the field is not written). */
export interface Fact {
    key: string;
    value: FieldValue;
}

/** A link as the reviewer should compare it: the id it names, else the free text. */
export function linkText(link: DocumentLink): string {
    return link.id ?? link.text;
}

function date(d: DateInfo | undefined): string | null {
    return d ? d.text : null;
}

function approval(prefix: string, a: ApprovalInfo | undefined): Fact[] {
    return [
        { key: `${prefix}.role`, value: a?.role || null },
        { key: `${prefix}.person`, value: a?.person ?? null },
        { key: `${prefix}.nip`, value: a?.nip ?? null },
        { key: `${prefix}.date`, value: date(a?.date) },
    ];
}

/**
 * One entry per field of the template, so that a field added to TemplateInfo does not compile
 * until it is reviewed here too. Flags are compared as 'true' / 'false'.
 */
const templateFields: { [K in keyof TemplateInfo]-?: (t: TemplateInfo) => Fact[] } = {
    id: t => [{ key: 'template.id', value: t.id ?? null }],
    paper: t => [{ key: 'template.paper', value: t.paper }],
    identityOrientation: t => [{ key: 'template.identityOrientation', value: t.identityOrientation }],
    tableOrientation: t => [{ key: 'template.tableOrientation', value: t.tableOrientation }],
    labels: t => Object.keys(t.labels).sort().map(slot => ({ key: `template.labels.${slot}`, value: t.labels[slot] })),
    notesColumn: t => [{ key: 'template.notesColumn', value: String(t.notesColumn) }],
    columnNumbers: t => [{ key: 'template.columnNumbers', value: String(t.columnNumbers) }],
    blankCapsules: t => [{ key: 'template.blankCapsules', value: String(t.blankCapsules) }],
    rowsPerPage: t => [{ key: 'template.rowsPerPage', value: t.rowsPerPage === undefined ? null : String(t.rowsPerPage) }],
    tableCaption: t => [{ key: 'template.tableCaption', value: String(t.tableCaption) }],
    // The language the document is printed in: what the signed paper says, so a change of meaning.
    language: t => [{ key: 'template.language', value: t.language ?? null }],
};

/** The settings of the template an SOP prints with. */
export function templateFacts(t: TemplateInfo): Fact[] {
    return Object.values(templateFields).flatMap(f => f(t));
}

/** One entry per field of the identity block, in the order of the printed block (see templateFields). */
const headerFields: { [K in keyof SopHeader]-?: (h: SopHeader) => Fact[] } = {
    number: h => [{ key: 'number', value: h.number ?? null }],
    // `unit` is `unitLines` joined; the lines are compared, since they are what is printed.
    unit: () => [],
    unitLines: h => [{ key: 'unit', value: h.unitLines.length ? h.unitLines : null }],
    logo: h => [{ key: 'logo', value: h.logo ?? null }],
    created: h => [{ key: 'created', value: date(h.created) }],
    revised: h => [{ key: 'revised', value: date(h.revised) }],
    effective: h => [{ key: 'effective', value: date(h.effective) }],
    effectiveLabel: h => [{ key: 'effectiveLabel', value: h.effectiveLabel }],
    approval: h => approval('approval', h.approval),
    legalBasis: h => [{ key: 'legalBasis', value: h.legalBasis }],
    qualifications: h => [{ key: 'qualifications', value: h.qualifications }],
    related: h => [{ key: 'related', value: h.related ? h.related.map(linkText) : null }],
    equipment: h => [{ key: 'equipment', value: h.equipment }],
    warnings: h => [{ key: 'warnings', value: h.warnings }],
    records: h => [{ key: 'records', value: h.records }],
    purpose: h => [{ key: 'purpose', value: h.purpose }],
    scope: h => [{ key: 'scope', value: h.scope }],
    summary: h => [{ key: 'summary', value: h.summary }],
    definitions: h => [{ key: 'definitions', value: h.definitions }],
    version: h => [{ key: 'version', value: h.version ?? null }],
    history: h => [{ key: 'history', value: h.history.map(e => `${e.version} (${e.date.text})${e.description ? `: ${e.description}` : ''}`) }],
};

/** The identity block, profile and template of an SOP. */
export function sopFacts(m: SopModel): Fact[] {
    return [
        { key: 'title', value: m.title },
        ...Object.values(headerFields).flatMap(f => f(m.header)),
        { key: 'profile', value: m.profile },
        ...templateFacts(m.template),
    ];
}

/** The 14 components of a Standar Pelayanan and its enactment, maklumat and consultation. */
export function serviceStandardFacts(m: ServiceStandardModel): Fact[] {
    const facts: Fact[] = [
        { key: 'title', value: m.title },
        { key: 'unit', value: m.unit ?? null },
        { key: 'published', value: String(m.published) },
    ];
    for (const c of m.components) {
        // The procedures component lists link texts, which follow the linked SOP's title: compare
        // the ids it names instead, and the public procedure on its own.
        if (c.key === 'procedures') {
            facts.push({ key: 'component.procedures', value: c.present ? m.procedures.map(linkText) : null });
            facts.push({ key: 'publicProcedure', value: c.items.slice(m.procedures.length) });
        } else {
            facts.push({ key: `component.${c.key}`, value: c.present ? c.items : null });
        }
    }
    facts.push({ key: 'serviceHours', value: m.serviceHours });
    facts.push(...enactmentFacts(m.enactment));
    facts.push({ key: 'maklumat.text', value: m.maklumat?.text ?? null });
    facts.push(...approval('maklumat', m.maklumat?.approval).filter(f => f.key !== 'maklumat.date'));
    facts.push({ key: 'consultation.date', value: date(m.consultation?.date) });
    facts.push({ key: 'consultation.participants', value: m.consultation?.participants ?? null });
    return facts;
}

function enactmentFacts(e: CollectionModel['enactment']): Fact[] {
    return [
        { key: 'enactment.decree', value: e?.decree ?? null },
        { key: 'enactment.date', value: date(e?.date) },
        { key: 'enactment.official', value: e?.official ?? null },
        { key: 'enactment.person', value: e?.person ?? null },
    ];
}

/** The fields and contents of an SOP book. */
export function collectionFacts(m: CollectionModel): Fact[] {
    return [
        { key: 'title', value: m.title },
        { key: 'unit', value: m.unit ?? null },
        { key: 'logo', value: m.logo ?? null },
        { key: 'numberPattern', value: m.numberPattern ?? null },
        { key: 'year', value: m.year ?? null },
        ...enactmentFacts(m.enactment),
        { key: 'scope', value: m.scope },
        { key: 'summary', value: m.summary },
        { key: 'definitions', value: m.definitions },
        { key: 'contents', value: m.contents.map(linkText) },
    ];
}

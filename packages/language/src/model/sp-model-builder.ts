/**
 * Builds the semantic models of a Standar Pelayanan (14 components of UU 25/2009 Pasal 21)
 * and of an SOP book (collection).
 */
import * as ast from '../generated/ast.js';
import type { CollectionModel, ServiceComponent, ServiceComponentKey, ServiceStandardModel, VariantTime } from './model-types.js';
import { approvalInfo, dateInfo, documentLink, durationInfo, rangeOf, str, textItems } from './ast-values.js';
import { fieldText, refField, textField } from './sop-model-builder.js';

/** The 14 components in Pasal 21 order, with their letter and group (Permenpan RB 15/2014). */
export const serviceComponents: ReadonlyArray<{ key: ServiceComponentKey; letter: string; group: 'delivery' | 'manufacturing' }> = [
    { key: 'legal-basis', letter: 'a', group: 'manufacturing' },
    { key: 'requirements', letter: 'b', group: 'delivery' },
    { key: 'procedures', letter: 'c', group: 'delivery' },
    { key: 'service-time', letter: 'd', group: 'delivery' },
    { key: 'fees', letter: 'e', group: 'delivery' },
    { key: 'products', letter: 'f', group: 'delivery' },
    { key: 'facilities', letter: 'g', group: 'manufacturing' },
    { key: 'competence', letter: 'h', group: 'manufacturing' },
    { key: 'supervision', letter: 'i', group: 'manufacturing' },
    { key: 'complaints', letter: 'j', group: 'delivery' },
    { key: 'staffing', letter: 'k', group: 'manufacturing' },
    { key: 'service-guarantee', letter: 'l', group: 'manufacturing' },
    { key: 'safety-guarantee', letter: 'm', group: 'manufacturing' },
    { key: 'evaluation', letter: 'n', group: 'manufacturing' },
];

function variantTimes(sp: ast.ServiceStandard): VariantTime[] {
    const field = sp.members.find(ast.isDurationField);
    if (!field) return [];
    if (field.value) {
        const d = durationInfo(field.value);
        return d ? [{ label: '', duration: d }] : [];
    }
    return field.variants.flatMap(v => {
        const d = durationInfo(v.value);
        return d ? [{ label: str(v.label), duration: d }] : [];
    });
}

/** Builds the model of a Standar Pelayanan. */
export function buildServiceStandardModel(sp: ast.ServiceStandard, uri?: string): ServiceStandardModel {
    const procField = refField(sp, 'procedures');
    const procedures = procField && !procField.none ? (procField.items ?? []).map(i => documentLink(i.ref, i.text)) : [];
    const serviceTime = variantTimes(sp);
    const publicProcedure = textItems(textField(sp, 'public-procedure')?.value);
    const components: ServiceComponent[] = serviceComponents.map(c => {
        let items: string[];
        let present: boolean;
        if (c.key === 'procedures') {
            items = [...procedures.map(p => p.text), ...publicProcedure];
            present = procField !== undefined || textField(sp, 'public-procedure') !== undefined;
        } else if (c.key === 'service-time') {
            items = serviceTime.map(v => (v.label ? `${v.label}: ${v.duration.text}` : v.duration.text));
            present = sp.members.some(ast.isDurationField);
        } else {
            const f = textField(sp, c.key);
            items = textItems(f?.value);
            present = f !== undefined;
        }
        return { ...c, present, items };
    });
    const enactment = sp.members.find(ast.isEnactment);
    const maklumat = sp.members.find(ast.isMaklumat);
    const consultation = sp.members.find(ast.isConsultation);
    return {
        kind: 'sp',
        id: sp.name ?? '',
        title: (sp.title ?? fieldText(sp, 'title') ?? '').trim(),
        unit: fieldText(sp, 'unit'),
        published: sp.members.some(ast.isFlagField),
        components,
        procedures,
        serviceTime,
        serviceHours: textItems(textField(sp, 'service-hours')?.value),
        enactment: enactment && {
            decree: str(enactment.decree), date: dateInfo(enactment.date), official: enactment.official?.trim(), person: enactment.person?.trim(),
        },
        maklumat: maklumat && { text: str(maklumat.text), approval: approvalInfo(maklumat.approval) },
        consultation: consultation && { date: dateInfo(consultation.date) ?? { text: '', precision: 'invalid' }, participants: textItems(consultation.participants) },
        uri,
        range: rangeOf(sp),
    };
}

/** Builds the model of an SOP book. */
export function buildCollectionModel(c: ast.Collection, uri?: string): CollectionModel {
    const list = (key: string) => textItems(textField(c, key)?.value);
    const contents = refField(c, 'contents');
    const enactment = c.members.find(ast.isEnactment);
    return {
        kind: 'collection',
        id: c.name ?? '',
        title: (c.title ?? fieldText(c, 'title') ?? '').trim(),
        unit: fieldText(c, 'unit'),
        logo: fieldText(c, 'logo'),
        numberPattern: fieldText(c, 'number-pattern'),
        year: fieldText(c, 'year'),
        enactment: enactment && {
            decree: str(enactment.decree), date: dateInfo(enactment.date), official: enactment.official?.trim(), person: enactment.person?.trim(),
        },
        scope: list('scope'),
        summary: list('summary'),
        definitions: list('definitions'),
        contents: contents && !contents.none ? (contents.items ?? []).map(i => documentLink(i.ref, i.text)) : [],
        uri,
        range: rangeOf(c),
    };
}

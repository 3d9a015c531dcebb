/**
 * Standar Pelayanan: rules SP-01..SP-09 (UU 25/2009 Pasal 21, Permenpan RB 15/2014).
 * SP-10 (links to SOPs) and the time comparison with SOPs are workspace checks.
 */
import * as ast from '../generated/ast.js';
import type { ServiceStandardModel } from '../model/model-types.js';
import { refField, textField } from '../model/sop-model-builder.js';
import { str } from '../model/ast-values.js';
import { componentName } from '../syntax/keywords.js';
import { phrases } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

type SpCtx = CheckContext<ast.ServiceStandard, ServiceStandardModel>;

const zeroFee = /(tidak dipungut|tanpa biaya|gratis|free|no charge|rp\.?\s*0(?![\d.,])|nihil|\b0\s*(rupiah)?$)/i;
const feeBasis = /(perda|perkada|perbup|perwali|pergub|peraturan|undang-undang|\buu\b|\bpp\b|permen|keputusan|sk\b|regulation|decree)/i;

/** Runs SP-01..SP-09 on one Standar Pelayanan. */
export function checkServiceStandard(ctx: SpCtx): void {
    const { doc, model, reporter } = ctx;
    for (const c of model.components) {
        const name = componentName(c.key, reporter.lang);
        if (model.published) {
            if (c.group === 'delivery' && c.items.length === 0) {
                const field = textField(doc, c.key) ?? refField(doc, c.key);
                reporter.report('SP-02', field ? { node: field, property: 'key' } : nameTarget(doc), [name]);
            }
            if (c.group === 'manufacturing' && c.present) {
                const field = textField(doc, c.key);
                if (field) reporter.report('SP-03', { node: field, property: 'key' }, [name]);
            }
        } else if (!c.present) {
            reporter.report('SP-01', nameTarget(doc), [name, c.letter], { component: c.key });
        }
    }
    for (const v of model.serviceTime) {
        if (v.duration.minMinutes === undefined) {
            const field = doc.members.find(ast.isDurationField)!;
            reporter.report('SP-04', { node: field }, [v.duration.text]);
        }
    }
    const fees = textField(doc, 'fees');
    if (fees?.value) {
        (fees.value.items ?? []).forEach((item, index) => {
            if (!zeroFee.test(item) && !feeBasis.test(item)) reporter.report('SP-05', { node: fees.value, property: 'items', index }, [str(item)]);
        });
    }
    const complaints = textField(doc, 'complaints');
    if (complaints?.value && !complaints.value.none && (complaints.value.items ?? []).every(i => !str(i))) reporter.report('SP-06', { node: complaints, property: 'value' });
    if (!doc.members.some(ast.isEnactment)) reporter.report('SP-07', nameTarget(doc));
    const maklumat = doc.members.find(ast.isMaklumat);
    if (!maklumat) reporter.report('SP-08', nameTarget(doc), [reporter.t(phrases.maklumatMissing)]);
    else if (!str(maklumat.approval?.role) || !str(maklumat.approval?.person)) reporter.report('SP-08', { node: maklumat, property: 'text' }, [reporter.t(phrases.maklumatUnsigned)]);
    if (!doc.members.some(ast.isConsultation)) reporter.report('SP-09', nameTarget(doc));
}

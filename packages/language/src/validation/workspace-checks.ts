/**
 * Checks across files: duplicate document ids (DOC-01), a Standar Pelayanan's links to SOPs
 * (SP-10) and its jangka waktu against the critical path of those SOPs (SOP-P17, on both sides).
 */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { ServiceStandardModel, SopModel } from '../model/model-types.js';
import { formatMinutes, formatRange } from '../model/durations.js';
import { refField } from '../model/sop-model-builder.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

/**
 * The longest promised service time of an SP in minutes, if any can be read. With one time per
 * variant (new / returning patient) the SOP's critical path is compared with the most generous
 * promise, so that the rule only warns when the SOP cannot meet any of them.
 */
export function longestServiceTime(sp: ServiceStandardModel): number | undefined {
    const maxes = sp.serviceTime.map(v => v.duration.maxMinutes).filter((m): m is number => m !== undefined);
    return maxes.length ? Math.max(...maxes) : undefined;
}

function relativeName(uri: string): string {
    return decodeURIComponent(uri.split('/').pop() ?? uri);
}

/** Runs the cross-file checks for one document. */
export function checkWorkspace(ctx: CheckContext): void {
    const { doc, reporter, services } = ctx;
    const facts = services.sop.WorkspaceIndex.facts;
    // DOC-01: every declaration of a duplicated id is reported, naming the first other one.
    const self = AstUtils.getDocument(doc).uri.toString();
    const other = (facts.declarations.get(doc.name) ?? []).find(t => t.node !== doc);
    if (other) {
        const where = other.uri === self ? `${relativeName(other.uri)}:${(other.node.$cstNode?.range.start.line ?? 0) + 1}` : relativeName(other.uri);
        reporter.report('DOC-01', { node: doc, property: 'name' }, [doc.name, where]);
    }
    if (ast.isServiceStandard(doc)) checkServiceStandardLinks(ctx as CheckContext<ast.ServiceStandard, ServiceStandardModel>);
    if (ast.isSop(doc)) checkSopAgainstServiceStandards(ctx as CheckContext<ast.Sop, SopModel>, facts.linkingStandards.get(doc) ?? []);
}

function checkServiceStandardLinks(ctx: CheckContext<ast.ServiceStandard, ServiceStandardModel>): void {
    const { doc, model, reporter, services } = ctx;
    const field = refField(doc, 'procedures');
    if (!model.procedures.some(p => p.resolved)) {
        if (!field || model.procedures.every(p => p.id === undefined)) {
            reporter.report('SP-10', field ? { node: field, property: 'key' } : nameTarget(doc), [reporter.t(phrases.spNoProcedure)]);
        }
        return;
    }
    const limit = longestServiceTime(model);
    if (limit === undefined || !field) return;
    (field.items ?? []).forEach((item, index) => {
        const sop = item.ref?.ref;
        if (!sop) return;
        const sopModel = services.sop.Models.getModel(sop) as SopModel;
        const cp = sopModel.criticalPath;
        if (cp.minMinutes > limit) {
            const durationField = doc.members.find(ast.isDurationField);
            reporter.report('SOP-P17', durationField ? { node: durationField } : { node: field, property: 'items', index },
                [phrase(phrases.spTooShortOnSp, reporter.lang, formatMinutes(limit, reporter.lang), sop.name, formatRange(cp.minMinutes, cp.maxMinutes, reporter.lang))]);
        }
    });
}

function checkSopAgainstServiceStandards(ctx: CheckContext<ast.Sop, SopModel>, standards: readonly ast.ServiceStandard[]): void {
    const { doc, model, reporter, services } = ctx;
    const cp = model.criticalPath;
    for (const d of standards) {
        const limit = longestServiceTime(services.sop.Models.getModel(d) as ServiceStandardModel);
        if (limit !== undefined && cp.minMinutes > limit) {
            reporter.report('SOP-P17', nameTarget(doc),
                [phrase(phrases.spTooShortOnSop, reporter.lang, formatRange(cp.minMinutes, cp.maxMinutes, reporter.lang), d.name, formatMinutes(limit, reporter.lang))]);
        }
    }
}

/**
 * The workspace overview: one {@link OverviewEntry} per document (SOP, Standar Pelayanan, SOP
 * book, monitoring round) with its identity, dates, size, critical path, diagnostics, last
 * monitoring and next review. `sop report` prints it; the VS Code Explorer view can list it.
 * Linear in the size of the workspace: one pass over the monitoring rounds, one over the inputs.
 */
import type { LangiumDocument } from 'langium';
import type { SopServices } from '../sop-module.js';
import type { AssessmentResult, DateInfo, DocumentModel, MonitoringModel, OverviewEntry } from './model-types.js';
import { compareDates } from './dates.js';

/** `iso` (yyyy-mm or yyyy-mm-dd) plus `months`, as yyyy-mm-dd (a month-only date counts from its first day). */
export function isoPlusMonths(iso: string, months: number): string {
    const [y, m, d] = iso.split('-').map(Number);
    const total = y * 12 + (m - 1) + months;
    return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d || 1).padStart(2, '0')}`;
}

function counts(doc: LangiumDocument, range: { start: { line: number }; end: { line: number } } | undefined): { errors: number; warnings: number } {
    let errors = 0, warnings = 0;
    for (const d of doc.diagnostics ?? []) {
        if (range && (d.range.start.line < range.start.line || d.range.start.line > range.end.line)) continue;
        if (d.severity === 1) errors++;
        else if (d.severity === 2) warnings++;
    }
    return { errors, warnings };
}

/**
 * The overview of `documents` (the files to list); monitoring rounds are read from the whole
 * workspace of `services`, so a round beside the inputs counts. `today` is ISO yyyy-mm-dd.
 */
export function workspaceOverview(services: SopServices, documents: readonly LangiumDocument[], today: string): OverviewEntry[] {
    const models = services.sop.Models;
    const last = new Map<string, { round: string; date: DateInfo; result: AssessmentResult }>();
    for (const doc of services.shared.workspace.LangiumDocuments.all) {
        for (const round of models.getMonitoringModels(doc)) {
            if (!round.date?.iso) continue;
            for (const row of round.rows) {
                if (!row.sop.id) continue;
                const seen = last.get(row.sop.id);
                if (!seen || (compareDates(round.date, seen.date) ?? 0) > 0) last.set(row.sop.id, { round: round.id, date: round.date, result: row.result });
            }
        }
    }
    const out: OverviewEntry[] = [];
    for (const doc of documents) {
        const uri = doc.uri.toString();
        const all: Array<DocumentModel | MonitoringModel> = [...models.getModels(doc), ...models.getMonitoringModels(doc)];
        all.sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0));
        for (const m of all) out.push(entry(m, uri, counts(doc, m.range), last, today));
    }
    return out;
}

function entry(m: DocumentModel | MonitoringModel, uri: string, c: { errors: number; warnings: number },
    last: ReadonlyMap<string, { round: string; date: DateInfo; result: AssessmentResult }>, today: string): OverviewEntry {
    const base = { uri, line: (m.range?.start.line ?? 0) + 1, id: m.id, title: m.title || m.id, ...c };
    switch (m.kind) {
        case 'sop': {
            const h = m.header;
            const monitored = last.get(m.id);
            const from = monitored?.date.iso ?? h.effective?.iso;
            const nextReview = from ? isoPlusMonths(from, 6) : undefined;
            return {
                ...base, kind: 'sop', number: h.number, unit: h.unit, created: h.created, revised: h.revised, effective: h.effective,
                steps: m.rows.length, pelaksana: m.lanes.map(l => l.title),
                criticalPath: m.rows.length ? { minMinutes: m.criticalPath.minMinutes, maxMinutes: m.criticalPath.maxMinutes } : undefined,
                lastMonitoring: monitored, nextReview, overdue: nextReview !== undefined && nextReview < today,
            };
        }
        case 'sp':
            return { ...base, kind: 'sp', unit: m.unit, effective: m.enactment?.date, steps: m.procedures.length };
        case 'collection':
            return { ...base, kind: 'collection', unit: m.unit, effective: m.enactment?.date, steps: m.contents.length };
        case 'monitoring':
            return { ...base, kind: 'monitoring', created: m.date, steps: m.rows.length };
    }
}

/**
 * Code lens above each SOP: step count and critical-path time; above each Standar Pelayanan: how
 * many of the 14 components are written and the jangka waktu. Informational (no command).
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import { msg } from '../i18n/lsp-messages.js';
import { formatRange } from '../model/durations.js';
import type { ServiceStandardModel, SopModel } from '../model/model-types.js';

/** One informational lens per SOP / Standar Pelayanan, in the message language. */
export class SopCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: SopServices) { }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lang = this.services.sop.Settings.locale;
        const lenses: CodeLens[] = [];
        for (const doc of (document.parseResult.value as ast.Model).documents) {
            if (!doc.$cstNode) continue;
            const start = doc.$cstNode.range.start;
            const range = { start, end: start };
            let title: string | undefined;
            if (ast.isSop(doc)) {
                const model = this.services.sop.Models.getModel(doc) as SopModel;
                const cp = model.criticalPath;
                title = cp.nodeIds.length
                    ? msg('lensSop', lang, model.rows.length, formatRange(cp.minMinutes, cp.maxMinutes, lang))
                    : msg("lensSopNoPath", lang, model.rows.length);
            } else if (ast.isServiceStandard(doc)) {
                const model = this.services.sop.Models.getModel(doc) as ServiceStandardModel;
                const time = model.serviceTime.map(v => v.duration.text).join(' / ') || '-';
                title = msg('lensSp', lang, model.components.filter(c => c.present).length, time);
            }
            if (title) lenses.push({ range, command: { title, command: '' } });
        }
        return lenses;
    }
}

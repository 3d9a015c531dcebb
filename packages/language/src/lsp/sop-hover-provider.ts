/**
 * Hover: on a keyword, what it means and where the regulation asks for it; on a step (its id or a
 * jump to it), its mutu baku and the cumulative time to finish it; on a pelaksana, its column and
 * steps; on an SOP or Standar Pelayanan (its name or a reference to it), a summary of the target.
 * Everything follows the message language of SopSettings.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import type { Lang } from '../syntax/keywords.js';
import { keywordPair } from '../syntax/keywords.js';
import { keywordDoc } from '../i18n/keyword-docs.js';
import { msg } from '../i18n/lsp-messages.js';
import { formatRange } from '../model/durations.js';
import type { ProcessNode, ServiceStandardModel, SopModel } from '../model/model-types.js';
import { stepsOf } from '../model/sop-model-builder.js';

/** Escapes text from the document for Markdown (user text never becomes markup or HTML). */
export function md(text: string): string {
    return text.replace(/[\\`*_{}[\]<>|#~&]/g, c => '\\' + c);
}

/**
 * Cumulative time (min and max minutes) until each step is done, along forward arrows from the
 * start: the longest way in, like the critical path. Undefined for steps not reached that way.
 */
export function cumulativeTimes(model: SopModel): Map<string, { min: number; max: number }> {
    const index = new Map<string, number>();
    model.nodes.forEach((n, i) => { if (!index.has(n.id)) index.set(n.id, i); });
    const into: number[][] = model.nodes.map(() => []);
    for (const e of model.edges) {
        const a = index.get(e.from), b = index.get(e.to);
        if (a !== undefined && b !== undefined && b > a) into[b].push(a);
    }
    const start = model.nodes.findIndex(n => n.isStart);
    const result = new Map<string, { min: number; max: number }>();
    const best: Array<{ min: number; max: number } | undefined> = model.nodes.map(() => undefined);
    for (let i = Math.max(start, 0); i < model.nodes.length && start >= 0; i++) {
        const t = model.nodes[i].time;
        let before: { min: number; max: number } | undefined = i === start ? { min: 0, max: 0 } : undefined;
        for (const p of into[i]) {
            const b = best[p];
            if (b) before = before ? { min: Math.max(before.min, b.min), max: Math.max(before.max, b.max) } : b;
        }
        if (!before) continue;
        best[i] = { min: before.min + (t?.minMinutes ?? 0), max: before.max + (t?.maxMinutes ?? 0) };
        result.set(model.nodes[i].id, best[i]!);
    }
    return result;
}

const kindMessage = {
    start: 'kindStart', end: 'kindEnd', process: 'kindProcess', decision: 'kindDecision', handover: 'kindHandover',
} as const;

/** Hover for keywords, steps, pelaksana and documents; every user text is Markdown-escaped. */
export class SopHoverProvider extends AstNodeHoverProvider {
    private readonly services: SopServices;

    constructor(services: SopServices) {
        super(services);
        this.services = services;
    }

    private get lang(): Lang {
        return this.services.sop.Settings.locale;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        let value: string | undefined;
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            value = this.keywordHover(leaf.text);
        } else {
            const targets = this.references.findDeclarations(leaf);
            const target = targets[0];
            if (target) value = await this.getAstNodeHoverContent(target);
        }
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** The meaning and source of a keyword, in the user's language. */
    keywordHover(word: string): string | undefined {
        const pair = keywordPair(word);
        const doc = pair && keywordDoc(pair.key);
        if (!pair || !doc) return undefined;
        const lang = this.lang;
        const other = word === pair.id ? pair.en : pair.id;
        const lines = [
            `**${md(word)}** (${msg('keyword', lang)}${other !== word ? ', ' + msg('alsoWritten', lang, other) : ''})`,
            '',
            doc.meaning[lang],
            '',
            `*${msg('source', lang)}:* ${md(doc.source)}`,
        ];
        if (doc.example) lines.push('', `*${msg('example', lang)}:*`, '```sop', doc.example, '```');
        return lines.join('\n');
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        if (ast.isStep(node)) return this.stepHover(node);
        if (ast.isActor(node)) return this.actorHover(node);
        if (ast.isSop(node)) return this.sopHover(node);
        if (ast.isServiceStandard(node)) return this.spHover(node);
        if (ast.isCollection(node)) return `**${md(node.name)}** ${md(node.title ?? '')}`;
        return undefined;
    }

    private sopOf(node: AstNode): ast.Sop | undefined {
        return AstUtils.getContainerOfType(node, ast.isSop);
    }

    private stepHover(step: ast.Step): string | undefined {
        const sop = this.sopOf(step);
        if (!sop) return undefined;
        const lang = this.lang;
        const model = this.services.sop.Models.getModel(sop) as SopModel;
        const node = model.nodes.find(n => n.id === step.name);
        if (!node) return undefined;
        // Every symbol of the row, in flow order: pelaksana · shape.
        const row = model.rows[node.row];
        const symbols = (row?.nodeIds ?? [node.id]).map(id => model.nodes.find(n => n.id === id)).filter((n): n is ProcessNode => !!n);
        const laneTitle = (id: string) => md(model.lanes.find(l => l.id === id)?.title ?? id);
        const list = (items: string[]) => (items.length ? items.map(md).join(', ') : '-');
        const lines = [
            `**${msg('step', lang, node.number)} · ${md(node.id)}** — ${md(node.text)}`,
            '',
            `${msg('pelaksana', lang)}: ${symbols.map(n => `${laneTitle(n.lane)} · ${msg(kindMessage[n.kind], lang)}`).join(' → ')}`,
            '',
            `| ${msg('mutuBaku', lang)} | |`,
            '|---|---|',
            `| ${msg('inputs', lang)} | ${list(node.inputs)} |`,
            `| ${msg('time', lang)} | ${node.time ? md(node.time.text) : '-'} |`,
            `| ${msg('output', lang)} | ${list(node.outputs)} |`,
        ];
        if (node.notes.length) lines.push(`| ${msg('note', lang)} | ${list(node.notes)} |`);
        lines.push('');
        lines.push(this.cumulativeLine(model, symbols[symbols.length - 1] ?? node, lang));
        return lines.join('\n');
    }

    private cumulativeLine(model: SopModel, node: ProcessNode, lang: Lang): string {
        const times = cumulativeTimes(model).get(node.id);
        if (!times) return msg('unreachableTime', lang);
        let line = msg('cumulative', lang, formatRange(times.min, times.max, lang));
        if (model.criticalPath.nodeIds.includes(node.id)) line += ' ' + msg('onCriticalPath', lang);
        return line;
    }

    private actorHover(actor: ast.Actor): string | undefined {
        const sop = this.sopOf(actor);
        if (!sop) return undefined;
        const lang = this.lang;
        const model = this.services.sop.Models.getModel(sop) as SopModel;
        const lane = model.lanes.find(l => l.id === actor.name);
        const steps = stepsOf(sop).filter(s => (s.symbols ?? []).some(sym => sym.actor?.$refText === actor.name)).map(s => s.name);
        const lines = [
            `**${msg('pelaksana', lang)} ${md(actor.name)}** — ${md(actor.title)}${actor.system ? ` (${msg('actorSystem', lang)})` : ''}`,
            '',
            msg('column', lang, (lane?.index ?? 0) + 1) + ' · ' + msg('actorSteps', lang, steps.length) + (steps.length ? ': ' + steps.map(md).join(', ') : ''),
        ];
        return lines.join('\n');
    }

    private where(node: AstNode): string {
        const uri = AstUtils.getDocument(node).uri;
        return md(decodeURIComponent(uri.path.split('/').pop() ?? uri.toString()));
    }

    private sopHover(sop: ast.Sop): string {
        const lang = this.lang;
        const model = this.services.sop.Models.getModel(sop) as SopModel;
        const cp = model.criticalPath;
        const lines = [
            `**SOP ${md(model.id)}** — ${md(model.title || '-')}`,
            '',
            `${msg('sopNumber', lang)}: ${md(model.header.number ?? '-')}  `,
            `${msg('sopUnit', lang)}: ${md(model.header.unit ?? '-')}  `,
            `${msg('stepsCount', lang)}: ${model.nodes.length} · ${msg('pelaksana', lang)}: ${model.lanes.length}  `,
            `${msg('criticalPath', lang)}: ${cp.nodeIds.length ? formatRange(cp.minMinutes, cp.maxMinutes, lang) : '-'}`,
            '',
            `*${msg('definedIn', lang, this.where(sop))}*`,
        ];
        return lines.join('\n');
    }

    private spHover(sp: ast.ServiceStandard): string {
        const lang = this.lang;
        const model = this.services.sop.Models.getModel(sp) as ServiceStandardModel;
        const time = model.serviceTime.map(v => (v.label ? `${md(v.label)}: ` : '') + md(v.duration.text)).join('; ') || '-';
        const lines = [
            `**${md(model.id)}** — ${md(model.title || '-')}`,
            '',
            `${msg('spComponents', lang)}: ${model.components.filter(c => c.present).length}/14  `,
            `${msg('serviceTime', lang)}: ${time}`,
            '',
            `*${msg('definedIn', lang, this.where(sp))}*`,
        ];
        return lines.join('\n');
    }
}

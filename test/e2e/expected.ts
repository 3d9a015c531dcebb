/**
 * What the end-to-end test expects to see, computed from the real Langium parse of the example
 * files (not hard-coded), so the test follows the examples when they change.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createSopServices, type DocumentModel, type SopModel } from '@sop/language';

const { Sop } = createSopServices(EmptyFileSystem);
const parse = parseHelper(Sop);

/** The models of one file (validated, like the language server does). */
export async function modelsOf(file: string): Promise<DocumentModel[]> {
    const doc = await parse(readFileSync(file, 'utf8'), { validation: true });
    return Sop.sop.Models.getModels(doc);
}

/** Every .sop file under `dir`. */
export function sopFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const p = path.join(dir, name);
        return statSync(p).isDirectory() ? sopFiles(p) : name.endsWith('.sop') ? [p] : [];
    });
}

/** The valid example with the most steps in one SOP (the "largest example" of the timing). */
export async function largestSop(examples: string): Promise<{ file: string; model: SopModel }> {
    let best: { file: string; model: SopModel } | undefined;
    for (const file of sopFiles(examples).filter(f => !f.includes(`${path.sep}incomplete${path.sep}`)).sort()) {
        for (const m of await modelsOf(file)) {
            if (m.kind === 'sop' && (!best || m.nodes.length > best.model.nodes.length)) best = { file, model: m };
        }
    }
    if (!best) throw new Error(`no SOP in ${examples}`);
    return best;
}

/**
 * A row whose last symbol leads only to the first symbol of the next row (a plain `next` edge): a
 * new row written between them stays on the flow. `before` is the next row's first symbol.
 */
export function insertionPoint(model: SopModel): { after: SopModel['nodes'][number]; before: SopModel['nodes'][number] } {
    const node = (id: string) => model.nodes.find(n => n.id === id)!;
    for (let i = 0; i + 1 < model.rows.length; i++) {
        const a = node(model.rows[i].nodeIds[model.rows[i].nodeIds.length - 1]), b = node(model.rows[i + 1].nodeIds[0]);
        const out = model.edges.filter(e => e.from === a.id);
        if (out.length === 1 && out[0].to === b.id && out[0].kind === 'next' && a.range && model.rows[i + 1].range) {
            return { after: a, before: { ...b, range: model.rows[i + 1].range } };
        }
    }
    throw new Error(`${model.id}: no row with a plain next edge`);
}

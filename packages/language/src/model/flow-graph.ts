/**
 * Graph algorithms over the process model, each linear in steps + edges:
 * critical path, reachability from the start, reachability of an end, and loops (strongly
 * connected components) with their exits and decisions.
 */
import type { CriticalPath, ProcessEdge, ProcessNode } from './model-types.js';

/** Outgoing edge lists by node index. */
export function adjacency(nodes: readonly ProcessNode[], edges: readonly ProcessEdge[]): { out: number[][]; inn: number[][]; index: Map<string, number> } {
    const index = new Map<string, number>();
    nodes.forEach((n, i) => { if (!index.has(n.id)) index.set(n.id, i); });
    const out: number[][] = nodes.map(() => []);
    const inn: number[][] = nodes.map(() => []);
    for (const e of edges) {
        const a = index.get(e.from), b = index.get(e.to);
        if (a === undefined || b === undefined) continue;
        out[a].push(b);
        inn[b].push(a);
    }
    return { out, inn, index };
}

/** Marks every node reachable from `roots` along `next`. */
export function reachable(count: number, roots: number[], next: number[][]): boolean[] {
    const seen = new Array<boolean>(count).fill(false);
    const stack = [...roots];
    for (const r of roots) seen[r] = true;
    while (stack.length) {
        const v = stack.pop()!;
        for (const w of next[v]) {
            if (!seen[w]) { seen[w] = true; stack.push(w); }
        }
    }
    return seen;
}

/** A node that ends the flow: an end marker or a hand-over to another SOP. */
export function isTerminal(n: ProcessNode): boolean {
    return n.isEnd || n.kind === 'handover';
}

/** A node the flow stops at: a terminal, or a dead end written as such (reported by SOP-P24, not as a broken flow). */
function stopsFlow(n: ProcessNode): boolean {
    return isTerminal(n) || !!n.deadEnd;
}

/**
 * Longest path from the start to any terminal node over forward edges only. Forward edges go to a
 * later row, so the row order is already a topological order: one pass suffices.
 */
export function criticalPath(nodes: readonly ProcessNode[], edges: readonly ProcessEdge[]): CriticalPath {
    const empty: CriticalPath = { minMinutes: 0, maxMinutes: 0, nodeIds: [], unknownNodeIds: [] };
    const start = nodes.findIndex(n => n.isStart);
    if (start < 0) return empty;
    const { index } = adjacency(nodes, edges);
    const fwdIn: number[][] = nodes.map(() => []);
    for (const e of edges) {
        const a = index.get(e.from), b = index.get(e.to);
        if (a !== undefined && b !== undefined && b > a) fwdIn[b].push(a);
    }
    const bestMax = new Array<number>(nodes.length).fill(-Infinity);
    const bestMin = new Array<number>(nodes.length).fill(-Infinity);
    const prev = new Array<number>(nodes.length).fill(-1);
    for (let i = start; i < nodes.length; i++) {
        const t = nodes[i].time;
        const tMax = t?.maxMinutes ?? 0, tMin = t?.minMinutes ?? 0;
        if (i === start) {
            bestMax[i] = tMax; bestMin[i] = tMin;
            continue;
        }
        for (const p of fwdIn[i]) {
            if (bestMax[p] === -Infinity) continue;
            if (bestMax[p] + tMax > bestMax[i]) { bestMax[i] = bestMax[p] + tMax; prev[i] = p; }
            if (bestMin[p] + tMin > bestMin[i]) bestMin[i] = bestMin[p] + tMin;
        }
    }
    let end = -1;
    for (let i = 0; i < nodes.length; i++) {
        if (isTerminal(nodes[i]) && bestMax[i] > -Infinity && (end < 0 || bestMax[i] > bestMax[end])) end = i;
    }
    if (end < 0) return empty;
    const path: number[] = [];
    for (let v = end; v >= 0; v = prev[v]) path.push(v);
    path.reverse();
    let min = 0;
    for (let i = 0; i < nodes.length; i++) if (isTerminal(nodes[i]) && bestMin[i] > min) min = bestMin[i];
    return {
        minMinutes: round(min),
        maxMinutes: round(bestMax[end]),
        nodeIds: path.map(i => nodes[i].id),
        // Only a row's first symbol carries the row's time; the others are not "unknown".
        unknownNodeIds: path.filter(i => nodes[i].primary !== false && nodes[i].time?.maxMinutes === undefined).map(i => nodes[i].id),
    };
}

function round(x: number): number {
    return Math.round(x * 1000) / 1000;
}

/** Strongly connected components (Tarjan, iterative). Returns the component id of every node. */
export function stronglyConnected(out: number[][]): { comp: number[]; count: number } {
    const n = out.length;
    const idx = new Array<number>(n).fill(-1), low = new Array<number>(n).fill(0), comp = new Array<number>(n).fill(-1);
    const onStack = new Array<boolean>(n).fill(false);
    const stack: number[] = [];
    let counter = 0, count = 0;
    for (let root = 0; root < n; root++) {
        if (idx[root] >= 0) continue;
        const work: Array<[number, number]> = [[root, 0]];
        idx[root] = low[root] = counter++; stack.push(root); onStack[root] = true;
        while (work.length) {
            const top = work[work.length - 1];
            const [v, i] = top;
            if (i < out[v].length) {
                top[1]++;
                const w = out[v][i];
                if (idx[w] < 0) {
                    idx[w] = low[w] = counter++; stack.push(w); onStack[w] = true;
                    work.push([w, 0]);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], idx[w]);
                }
            } else {
                work.pop();
                if (work.length) { const u = work[work.length - 1][0]; low[u] = Math.min(low[u], low[v]); }
                if (low[v] === idx[v]) {
                    let w: number;
                    do { w = stack.pop()!; onStack[w] = false; comp[w] = count; } while (w !== v);
                    count++;
                }
            }
        }
    }
    return { comp, count };
}

/** What the flow validators need to know, computed in one linear pass set. */
export interface FlowAnalysis {
    /** Steps that cannot be reached from the start. */
    unreachable: string[];
    /** Reachable steps from which no end can be reached. */
    noExit: string[];
    /** Back edges closing a loop that has no decision in it: such a loop can never be left. */
    loopsWithoutDecision: ProcessEdge[];
    /** Steps inside those decision-free loops. */
    decisionFreeLoopNodes: string[];
}

/** Analyses reachability and loops of a procedure. */
export function analyzeFlow(nodes: readonly ProcessNode[], edges: readonly ProcessEdge[]): FlowAnalysis {
    const { out, inn, index } = adjacency(nodes, edges);
    const starts = nodes.map((n, i) => (n.isStart ? i : -1)).filter(i => i >= 0);
    const fromStart = reachable(nodes.length, starts, out);
    const ends = nodes.map((n, i) => (stopsFlow(n) ? i : -1)).filter(i => i >= 0);
    const toEnd = reachable(nodes.length, ends, inn);
    const { comp, count } = stronglyConnected(out);
    const size = new Array<number>(count).fill(0), hasDecision = new Array<boolean>(count).fill(false);
    nodes.forEach((n, i) => { size[comp[i]]++; if (n.kind === 'decision') hasDecision[comp[i]] = true; });
    const loopsWithoutDecision: ProcessEdge[] = [];
    const selfLoop = new Array<boolean>(count).fill(false);
    edges.forEach(e => { const a = index.get(e.from); if (a !== undefined && e.from === e.to) selfLoop[comp[a]] = true; });
    const isLoop = (c: number) => size[c] > 1 || selfLoop[c];
    for (const e of edges) {
        const a = index.get(e.from), b = index.get(e.to);
        if (a === undefined || b === undefined || !e.back) continue;
        const c = comp[a];
        if (c === comp[b] && !hasDecision[c]) loopsWithoutDecision.push(e);
    }
    return {
        unreachable: nodes.filter((_, i) => !fromStart[i]).map(n => n.id),
        noExit: nodes.filter((_, i) => fromStart[i] && !toEnd[i]).map(n => n.id),
        loopsWithoutDecision,
        decisionFreeLoopNodes: nodes.filter((_, i) => isLoop(comp[i]) && !hasDecision[comp[i]]).map(n => n.id),
    };
}

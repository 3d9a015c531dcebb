// PlantUML activity diagram with swimlanes (one lane per pelaksana) of a generated SOP
// (scripts/bench/generate.ts), for comparing `sop export --format svg` with `plantuml -tsvg` on the
// same procedure. It reads the simple syntax of the generated SOPs only — `pelaksana id "Title"` and
// rows `sN actor "text" | ... [mulai] [ya -> sA  tidak -> sB] [selesai]` — and draws a decision
// whose branches go to the next row and the one after it (the generated shape) as if / else.

/** One row of the procedure. */
interface Row { id: string; actor: string; text: string; yes?: string; no?: string }

/** Text inside `:...;` and `if (...)`: PlantUML ends an activity at `;` and a condition at `)`. */
const plain = (s: string) => s.replace(/[;()]/g, ' ');

/** The PlantUML source of the first SOP in `sop` (a generated one). */
export function plantUmlOf(sop: string): string {
    const lanes = new Map([...sop.matchAll(/pelaksana (\w+) "([^"]*)"/g)].map(m => [m[1], m[2]]));
    const rows: Row[] = [...sop.matchAll(/^\s*(s\d+) (\w+) "([^"]*)".*?(?:ya -> (s\d+)\s+tidak -> (s\d+))?\s*$/gm)]
        .map(m => ({ id: m[1], actor: m[2], text: m[3], yes: m[4], no: m[5] }));
    const out = ['@startuml', 'skinparam shadowing false'];
    // Every lane in declaration order first, so that the columns keep that order.
    for (const title of lanes.values()) out.push(`|${title}|`);
    let lane = '';
    const enter = (actor: string) => {
        if (actor !== lane) out.push(`|${lanes.get(actor) ?? actor}|`);
        lane = actor;
    };
    enter(rows[0]?.actor ?? '');
    out.push('start');
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        enter(row.actor);
        const next = rows[i + 1];
        if (row.yes && next?.id === row.yes && rows[i + 2]?.id === row.no) {
            out.push(`if (${plain(row.text)}) then (ya)`);
            enter(next.actor);
            out.push(`:${plain(next.text)};`, 'else (tidak)', 'endif');
            i++;
        } else {
            out.push(`:${plain(row.text)};`);
        }
    }
    out.push('stop', '@enduml', '');
    return out.join('\n');
}

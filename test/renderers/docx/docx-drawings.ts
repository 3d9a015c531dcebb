/**
 * Test helper: reads the floating shape groups of a DOCX's document.xml (wp:anchor holding a
 * wpg:wgp) into plain objects in page pixels, so tests can check the flowchart shapes the DOCX
 * renderer writes and find them on LibreOffice's page image.
 */

/** EMUs per pixel at a given resolution (914400 EMU per inch). */
export const emuPerPixel = (dpi: number) => 914400 / dpi;

/** One shape of a group, with its box in EMU from the group's anchor point. */
export interface GroupShape {
    name: string;
    descr: string;
    /** Preset geometry (`flowChartDecision` ...) or `custom` for a freeform. */
    geometry: string;
    x: number;
    y: number;
    w: number;
    h: number;
    /** Text inside the shape, its runs joined. */
    text: string;
    /** A freeform's points in EMU from the anchor point. */
    points: Array<{ x: number; y: number }>;
    arrowhead: boolean;
}

/** One floating group: its anchor offsets (EMU) and shapes. */
export interface Group {
    name: string;
    /** Offset from the text column's left edge. */
    left: number;
    /** Offset from the top of the paragraph holding it. */
    top: number;
    relativeH: string;
    relativeV: string;
    shapes: GroupShape[];
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The floating shape groups of a document.xml, in document order. */
export function shapeGroups(xml: string): Group[] {
    const groups: Group[] = [];
    for (const m of xml.matchAll(/<wp:anchor\b[\s\S]*?<\/wp:anchor>/g)) {
        const a = m[0];
        if (!a.includes('<wpg:wgp>')) continue;
        const h = /<wp:positionH relativeFrom="(\w+)"><wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(a)!;
        const v = /<wp:positionV relativeFrom="(\w+)"><wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(a)!;
        const docPr = /<wp:docPr [^>]*>/.exec(a)![0];
        // Child coordinates map to the group's box through its child offset and extent.
        const gx = /<wpg:grpSpPr><a:xfrm><a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/><a:chOff x="(-?\d+)" y="(-?\d+)"\/><a:chExt cx="(\d+)" cy="(\d+)"\/>/.exec(a)!.slice(1).map(Number);
        const sx = gx[6] ? gx[2] / gx[6] : 1, sy = gx[7] ? gx[3] / gx[7] : 1;
        const mapX = (x: number) => gx[0] + (x - gx[4]) * sx, mapY = (y: number) => gx[1] + (y - gx[5]) * sy;
        const shapes: GroupShape[] = [];
        for (const s of a.matchAll(/<wps:wsp>[\s\S]*?<\/wps:wsp>/g)) {
            const w = s[0];
            const pr = /<wps:cNvPr [^>]*>/.exec(w)![0];
            const xf = /<a:xfrm[^>]*><a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(w)!.slice(1).map(Number);
            const x = mapX(xf[0]), y = mapY(xf[1]), ww = xf[2] * sx, hh = xf[3] * sy;
            const path = /<a:path w="(\d+)" h="(\d+)">([\s\S]*?)<\/a:path>/.exec(w);
            const points = path
                ? [...path[3].matchAll(/<a:pt x="(-?\d+)" y="(-?\d+)"\/>/g)].map(p => ({
                    x: x + (Number(path[1]) ? Number(p[1]) / Number(path[1]) * ww : 0),
                    y: y + (Number(path[2]) ? Number(p[2]) / Number(path[2]) * hh : 0),
                }))
                : [];
            shapes.push({
                name: unescape(attr(pr, 'name')), descr: unescape(attr(pr, 'descr')),
                geometry: /<a:prstGeom prst="(\w+)"/.exec(w)?.[1] ?? (w.includes('<a:custGeom>') ? 'custom' : ''),
                x, y, w: ww, h: hh,
                text: [...w.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => unescape(t[1])).join(' '),
                points, arrowhead: /<a:tailEnd type="triangle"/.test(w),
            });
        }
        groups.push({ name: unescape(attr(docPr, 'name')), left: Number(h[2]), top: Number(v[2]), relativeH: h[1], relativeV: v[1], shapes });
    }
    return groups;
}

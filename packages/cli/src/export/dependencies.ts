/**
 * The checksum of everything one output of `sop export` is made from: recorded in the output
 * folder's manifest (export-manifest.ts in @sop/export) with the checksum of the bytes written.
 * While both still match, the output would come out byte for byte the same and is skipped.
 *
 * What goes in, and why:
 * - the tool: the bytes of the running CLI bundle, and for svg and png the Mermaid script that
 *   draws them (a new build may draw or print differently);
 * - the output: its format, its file name, and the source as named from the output's folder (the
 *   generated-by comment names it);
 * - the options that change what is written: `--lang`, `--theme`, `--split-sections`,
 *   `--profile`, `--with-service-standards`;
 * - the texts: the source file's, and (except for mmd, svg and png, which draw only the file's own
 *   steps) those of every file its documents link to: Standar Pelayanan, a book's SOPs, templates,
 *   the context files beside the inputs;
 * - what is printed: the Mermaid text of a flowchart, else the document model, the book or the
 *   monitoring form as handed to the renderers, with the error count (a draft is marked) and the
 *   logo. This catches what comes from further away than the linked files: a title two links off
 *   printed in a book, template settings an SOP inherits from the book that lists it, an error
 *   that another file causes.
 *
 * Left out: the browser (which one is installed differs by machine; after upgrading it, export
 * with `--force`) and absolute paths (the manifest is committed with the outputs and must not
 * change with the folder a checkout is in: links are named relative to the output folder).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { checksum, logoDataUri, mermaidModuleDir, type ExportFormat } from '@sop/export';
import type { ExportJob } from './jobs.js';
import type { ExportOptions } from './options.js';

/** Formats drawn from the Mermaid text alone. */
const FLOWCHART_FORMATS: ReadonlySet<ExportFormat> = new Set(['mmd', 'svg', 'png']);

let toolChecksum: string | undefined;
let mermaidChecksum: string | undefined;

/** The running tool: in the bundle (`packages/cli/out/sop.cjs`) this file is the whole CLI. */
function tool(): string {
    toolChecksum ??= checksum(readFileSync(fileURLToPath(import.meta.url)));
    return toolChecksum;
}

/**
 * The Mermaid the browser draws svg and png with (its module build, loaded from node_modules, not
 * bundled): the entry names its chunks by their content hashes, so it changes with any of them.
 */
function mermaidScript(): string {
    mermaidChecksum ??= checksum(readFileSync(path.join(mermaidModuleDir(), 'mermaid.esm.min.mjs')));
    return mermaidChecksum;
}

/** The other files the references of `doc` resolve into (each once). */
function linkedDocuments(doc: LangiumDocument): LangiumDocument[] {
    const found = new Map<string, LangiumDocument>();
    for (const reference of doc.references) {
        const targets = 'items' in reference ? reference.items.map(i => i.ref) : [reference.ref];
        for (const target of targets) {
            let root = target;
            while (root?.$container) root = root.$container;
            const linked = root?.$document;
            if (linked && linked !== doc) found.set(linked.uri.toString(), linked);
        }
    }
    return [...found.values()];
}

/** Computes the dependency checksum of each job (see the file comment); texts are hashed once per file. */
export class DependencyChecksums {
    private readonly texts = new Map<LangiumDocument, string>();
    private readonly links = new Map<LangiumDocument, LangiumDocument[]>();

    constructor(private readonly options: ExportOptions) { }

    private text(doc: LangiumDocument): string {
        let sum = this.texts.get(doc);
        if (!sum) this.texts.set(doc, sum = checksum(doc.textDocument.getText()));
        return sum;
    }

    private linked(doc: LangiumDocument): LangiumDocument[] {
        let docs = this.links.get(doc);
        if (!docs) this.links.set(doc, docs = linkedDocuments(doc));
        return docs;
    }

    /** The checksum of everything `job` (planned from `doc`) is made from. */
    of(job: ExportJob, doc: LangiumDocument): string {
        const outDir = path.dirname(job.target);
        const relative = (file: string) => path.relative(outDir, file).split(path.sep).join('/');
        // URIs in models and links name files absolutely: named from the output folder instead.
        const portable = (_key: string, value: unknown) => (typeof value === 'string' && value.startsWith('file://') ? relative(URI.parse(value).fsPath) : value);
        const o = this.options;
        const flowchart = FLOWCHART_FORMATS.has(job.format);
        const inputs = {
            tool: tool(),
            mermaid: job.format === 'svg' || job.format === 'png' ? mermaidScript() : undefined,
            format: job.format,
            output: path.basename(job.target),
            source: relative(job.source),
            options: { lang: o.lang, theme: o.theme, splitSections: o.splitSections, profile: o.profile, withServiceStandards: o.withServiceStandards },
            text: this.text(doc),
            linked: flowchart ? undefined : this.linked(doc).map(d => [relative(d.uri.fsPath), this.text(d)]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            printed: flowchart ? job.mermaid : {
                model: job.model, errors: job.errors, book: job.book, form: job.form,
                logo: job.model.kind === 'sop' && job.model.header.logo ? checksum(logoDataUri(job.source, job.model.header.logo) ?? '') : undefined,
            },
        };
        return checksum(JSON.stringify(inputs, portable));
    }
}

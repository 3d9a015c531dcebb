/**
 * Command-line options of `sop export`, parsed and checked (bad usage → UsageError, exit 2).
 */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '@sop/export';
import { UsageError } from '../io.js';

/** Checked options of one `sop export` run. */
export interface ExportOptions {
    inputs: string[];
    formats: ExportFormat[];
    /** Output folder; undefined = beside each source file. */
    out?: string;
    force: boolean;
    /** `--lang`: print every document in this language; undefined = each document's own (documentLanguage). */
    lang?: 'id' | 'en';
    /** `--strict`: a document with errors is not written at all. */
    strict: boolean;
    /** `--allow-draft`: drafts (documents with errors, marked KONSEP) do not make the exit status 1. */
    allowDraft: boolean;
    splitSections: boolean;
    theme: 'default' | 'neutral' | 'dark' | 'forest';
    profile?: 'sop-ap' | 'generic';
    /** Browser for svg, png and pdf (`--browser`); undefined = `CHROMIUM_PATH`, then the system's. */
    browser?: string;
    /** Skip svg, png and pdf when no browser is found instead of failing (`--skip-unavailable`). */
    skipUnavailable: boolean;
    /** `--with-service-standards`: an SOP book also prints the Standar Pelayanan that link to its SOPs. */
    withServiceStandards: boolean;
    /** `--monitoring-form`: an SOP book also writes its blank monitoring form (html, pdf, docx, md). */
    monitoringForm: boolean;
    /** `--jobs N`: files produced at once (default: one per CPU core). */
    jobs?: number;
    help: boolean;
}

export const exportUsage = `Usage: sop export <files|folders|globs> --format FORMAT[,FORMAT...] [options]

Formats: mmd (Mermaid), md (Markdown), svg, png (flowchart images), html, pdf, docx (official document)

Options:
  -f, --format LIST        One or more formats, comma-separated or repeated (required)
  -o, --out DIR            Output folder (default: beside each source file)
      --force              Export every source again, even unchanged ones, and overwrite
                           files not written by sop export or edited since
      --lang id|en         Language of the documents (default: each document's own: Bahasa
                           Indonesia for SOP AP and Standar Pelayanan, else its bahasa setting or its keywords)
      --split-sections     One flowchart per \`bagian\` (mmd, svg, png)
      --theme NAME         Mermaid theme: default, neutral, dark, forest (default: default)
      --profile sop-ap|generic  Profile for SOPs that do not name one
      --browser PATH       Chrome, Edge or Chromium to draw svg, png and pdf with
                           (default: CHROMIUM_PATH, else the one installed on this computer)
      --skip-unavailable   Without a browser, skip svg, png and pdf (one line says so)
                           and write the other formats, instead of failing
      --with-service-standards  An SOP book (koleksi) also prints the Standar Pelayanan
                           that link to its SOPs, with their maklumat, after the SOPs
      --monitoring-form    An SOP book also writes its blank monitoring form (Tabel 7 of
                           Permenpan RB 35/2012), one row per SOP: <source>.<BookId>.monitoring-form.<ext>
  -j, --jobs N             Files produced at once (default: one per CPU core)
      --strict             Write nothing of a document that has errors
      --allow-draft        Documents with errors are written marked KONSEP / DRAFT (always);
                           with this flag they do not make the exit code 1

An SOP book (koleksi) in html, pdf or docx is the whole book: cover, decree, contents with page
numbers, ruang lingkup, ringkasan, definisi, then every SOP of its contents list, found among the
inputs and the .sop files beside them (html and pdf number the contents with the browser).
A monitoring round (pemantauan) exports as its filled monitoring form (html, pdf, docx, md).

Unchanged sources are skipped: .sop-export.json in the output folder records what each output
was made from (the source, the files it links to, the options, this version of sop) and the
checksum written; an output is made again when any of that changed or the file is missing.

Output names: <source>.<DocumentId>[.<NN-section>].<ext>. A document with errors is a draft:
its official document (html, pdf, docx) says KONSEP / DRAFT and its error count on every page,
and the summary lists it. Exit code 0 when every file was written and nothing is a draft, 1 when
any failed or is a draft (unless --allow-draft), 2 for bad usage. svg, png and pdf need Google Chrome, Microsoft
Edge or Chromium, found at the usual places of Windows, macOS and Linux (Edge comes with
Windows 10 and 11; Linux: sudo apt-get install chromium).`;

/** Parses `sop export` arguments. */
export function parseExportArgs(args: string[]): ExportOptions {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: {
            format: { type: 'string', short: 'f', multiple: true },
            out: { type: 'string', short: 'o' },
            force: { type: 'boolean', default: false },
            lang: { type: 'string' },
            'split-sections': { type: 'boolean', default: false },
            theme: { type: 'string', default: 'default' },
            profile: { type: 'string' },
            browser: { type: 'string' },
            'skip-unavailable': { type: 'boolean', default: false },
            strict: { type: 'boolean', default: false },
            'allow-draft': { type: 'boolean', default: false },
            'with-service-standards': { type: 'boolean', default: false },
            'monitoring-form': { type: 'boolean', default: false },
            jobs: { type: 'string', short: 'j' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) throw new UsageError(`sop export: --jobs takes a whole number from 1 to 64, not "${values.jobs}"`);
    const help = values.help ?? false;
    const formats: ExportFormat[] = [];
    for (const f of (values.format ?? []).flatMap(v => v.split(',')).map(v => v.trim().toLowerCase()).filter(Boolean)) {
        if (!EXPORT_FORMATS.includes(f as ExportFormat)) throw new UsageError(`unknown export format "${f}" (use ${EXPORT_FORMATS.join(', ')})`);
        if (!formats.includes(f as ExportFormat)) formats.push(f as ExportFormat);
    }
    if (!help && formats.length === 0) throw new UsageError(`sop export: name at least one --format (${EXPORT_FORMATS.join(', ')})`);
    if (!help && positionals.length === 0) throw new UsageError('sop export: name at least one file, folder or glob');
    const lang = values.lang;
    if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(`--lang must be id or en, not "${lang}"`);
    const theme = values.theme;
    if (theme !== 'default' && theme !== 'neutral' && theme !== 'dark' && theme !== 'forest') throw new UsageError(`--theme must be default, neutral, dark or forest, not "${theme}"`);
    const profile = values.profile;
    if (profile !== undefined && profile !== 'sop-ap' && profile !== 'generic') throw new UsageError(`--profile must be sop-ap or generic, not "${profile}"`);
    if (values.out === '') throw new UsageError('--out needs a folder');
    if (values.browser !== undefined && values.browser.trim() === '') throw new UsageError('--browser needs the path of a Chrome, Edge or Chromium program');
    return {
        inputs: positionals, formats, out: values.out, force: values.force ?? false, lang,
        splitSections: values['split-sections'] ?? false, theme, profile,
        browser: values.browser, skipUnavailable: values['skip-unavailable'] ?? false,
        strict: values.strict ?? false, allowDraft: values['allow-draft'] ?? false,
        withServiceStandards: values['with-service-standards'] ?? false, monitoringForm: values['monitoring-form'] ?? false, jobs, help,
    };
}

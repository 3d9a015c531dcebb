/**
 * SOP-H03F: the logo a document names must exist beside it. Without this the official document
 * prints an empty box and nobody is told why. The check needs a real file system: in tests and
 * the browser (an empty file system provider) and for documents that are not files (unsaved
 * buffers), it says nothing rather than a false alarm. The export checks the rest (containment,
 * size, bytes) when it reads the file.
 */
import { AstUtils, EmptyFileSystemProvider, URI, UriUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { CheckContext } from './check-context.js';

export { logoImageType, logoImageTypes } from '../model/logo-types.js';
import { logoImageType } from '../model/logo-types.js';

/** Reports a `logo` whose file is not there, or is not an image file by its name. */
export function checkLogoFile(ctx: CheckContext): void {
    const field = ctx.doc.members?.filter(ast.isTextField).find(f => f.key === 'logo');
    const logo = field?.value?.items?.[0];
    if (!field || !logo || logo === '-') return;
    const fs = ctx.services.shared.workspace.FileSystemProvider;
    const uri = AstUtils.getDocument(ctx.doc).uri;
    if (!uri || uri.scheme !== 'file' || fs instanceof EmptyFileSystemProvider) return;
    // A URL or an absolute path is reported by the export with its reason; here only the file beside.
    if (/^[a-z][a-z0-9+.-]*:/i.test(logo) || logo.startsWith('/') || logo.startsWith('\\')) return;
    const target: URI = UriUtils.resolvePath(UriUtils.dirname(uri), logo.replace(/\\/g, '/'));
    if (!logoImageType(logo)) {
        ctx.reporter.report('SOP-H03F', { node: field, property: 'value' }, [logo, ctx.reporter.t({ id: 'bukan berkas .png, .jpg, .gif atau .svg', en: 'not a .png, .jpg, .gif or .svg file' })]);
        return;
    }
    let exists = false;
    try {
        exists = fs.existsSync(target);
    } catch {
        exists = false;
    }
    if (!exists) ctx.reporter.report('SOP-H03F', { node: field, property: 'value' }, [logo, ctx.reporter.t({ id: 'berkas tidak ditemukan di samping dokumen', en: 'no such file beside the document' })]);
}

/**
 * The page of the "original PDF" view: the same strict policy as the preview (html.ts), scripts
 * only from the extension. pdf.js is imported by the page script from out/media/pdfjs; its worker
 * code runs in the page, so no worker-src is needed.
 */
import * as vscode from 'vscode';
import { makeNonce, webviewAsset } from '../preview/html.js';

/** HTML of the PDF view for a webview. */
export function pdfViewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, lang: string): string {
    const nonce = makeNonce();
    const asset = webviewAsset(webview, extensionUri);
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}' ${webview.cspSource}`,
        `style-src ${webview.cspSource} 'unsafe-inline'`,
        `img-src ${webview.cspSource} data: blob:`,
        // pdf.js loads a PDF's embedded fonts as FontFace objects from memory.
        `font-src ${webview.cspSource} data: blob:`,
    ].join('; ');
    // JSON inside a <script type="application/json">: "<" is escaped so no text can close the element.
    const config = JSON.stringify({ pdfjs: asset('out/media/pdfjs/pdf.min.js'), worker: asset('out/media/pdfjs/pdf.worker.min.js') }).replace(/</g, '\\u003c');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { margin: 0; padding: 8px; background: var(--vscode-editor-background); color: var(--vscode-foreground); font-family: var(--vscode-font-family); }
#pages figure { margin: 0 0 16px; }
#pages canvas { display: block; width: 100%; height: auto; background: white; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
#pages figcaption { text-align: center; font-size: 12px; opacity: .8; padding-top: 4px; }
#status { padding: 8px; }
</style>
<title>PDF</title>
</head>
<body>
<div id="status" role="status"></div>
<div id="pages"></div>
<script id="pdf-config" type="application/json">${config}</script>
<script nonce="${nonce}" type="module" src="${asset('out/pdf-view.js')}"></script>
</body>
</html>`;
}

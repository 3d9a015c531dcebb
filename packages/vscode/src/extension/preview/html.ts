/**
 * The preview page: a strict Content-Security-Policy, scripts only from the extension and only
 * with this page's nonce, no remote resources. The page is written once; edits arrive as
 * messages and update the SVG in place (the page is never reloaded on edit).
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';

/** A fresh nonce per page load. */
export function makeNonce(): string {
    return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** The CSP of the preview page. */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
    ].join('; ');
}

/** HTML of the preview page for a webview. */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const nonce = makeNonce();
    const asset = (p: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p.split('/'))).toString();
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${previewCsp(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('media/preview.css')}">
<title>SOP Preview</title>
</head>
<body>
<div id="toolbar" role="toolbar"></div>
<div id="banner" hidden></div>
<div id="summary" hidden></div>
<div id="stage"><div id="canvas"></div></div>
<div id="doc" hidden></div>
<script nonce="${nonce}" src="${asset('out/media/mermaid.min.js')}"></script>
<script nonce="${nonce}" src="${asset('out/webview.js')}"></script>
</body>
</html>`;
}

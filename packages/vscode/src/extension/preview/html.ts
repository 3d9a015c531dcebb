/**
 * The preview page: a strict Content-Security-Policy, scripts only from the extension (the page's
 * own with this page's nonce), no remote resources. Both are modules, so they run in order: Mermaid
 * first, then the preview script. The page is written once; edits arrive as
 * messages and update the SVG in place (the page is never reloaded on edit).
 */
import * as vscode from 'vscode';

/** A fresh nonce per page load (Web Crypto: the same in the Node and the web worker extension host). */
export function makeNonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}

/** The webview URI of a file of the extension, by its `/`-separated path (`out/webview.js`). */
export function webviewAsset(webview: vscode.Webview, extensionUri: vscode.Uri): (path: string) => string {
    return path => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path.split('/'))).toString();
}

/** The CSP of the preview page. */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        // Nonce'd scripts, and the Mermaid chunks they import from the extension (modules
        // imported by a module are checked against the source list, not the nonce).
        `script-src 'nonce-${nonce}' ${cspSource}`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
    ].join('; ');
}

/** HTML of the preview page for a webview. */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const nonce = makeNonce();
    const asset = webviewAsset(webview, extensionUri);
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
<script nonce="${nonce}" type="module">import mermaid from ${JSON.stringify(asset('out/media/mermaid/mermaid.esm.min.js'))}; globalThis.mermaid = mermaid;</script>
<script nonce="${nonce}" type="module" src="${asset('out/webview.js')}"></script>
</body>
</html>`;
}

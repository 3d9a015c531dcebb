/**
 * Reads a file of this extension in the web worker extension host: with `fetch` when the
 * extension is served over http(s) (vscode.dev, github.dev: the Marketplace's CDN or an
 * "Install Extension from Location…" URL), else with `vscode.workspace.fs` (code-server serves
 * extensions as vscode-remote: URIs, which `fetch` cannot open).
 */
import * as vscode from 'vscode';

export async function readExtensionFile(uri: vscode.Uri): Promise<string> {
    if (uri.scheme === 'http' || uri.scheme === 'https') {
        const response = await fetch(uri.toString(true));
        if (!response.ok) throw new Error(`${uri.toString(true)}: ${response.status} ${response.statusText}`);
        return response.text();
    }
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * The SOP language server. Runs over stdio (`sop-language-server --stdio`), node IPC or a
 * socket, as chosen by the command-line flags vscode-languageserver understands.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createSopServices, registerPreviewProtocol, registerSettingsSync, RequestGuard } from '@sop/language';
import { logUnhandledRejections } from './unhandled-rejections.js';
import { importParamChecks, registerImportRequest } from './import-request.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`Usage: sop-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The language server of SOP (Permenpan RB 35/2012) and Standar Pelayanan (UU 25/2009) files (.sop):
diagnostics, completion, hover, quick fixes, formatting, rename, symbols, semantic tokens, code lens.
Any LSP client can start it; see docs/editors.md for Neovim and Emacs.

Settings (initializationOptions or workspace/configuration section "sop"):
  sop.language             auto | id | en   message language (auto follows the client's locale)
  sop.validation.profile   sop-ap | generic validation profile for SOPs that do not name one

Options:
  --stdio                  talk LSP over stdin/stdout (what editors use)
  --version                print the version
  -h, --help               print this help
`);
    process.exit(0);
}
if (process.argv.includes('--version')) {
    process.stdout.write('sop-language-server 0.1.0\n');
    process.exit(0);
}
// Every incoming message passes the guard: malformed params are answered InvalidParams, requests
// on documents the server does not hold are answered null (packages/language/src/lsp/request-guard.ts).
const guard = new RequestGuard(importParamChecks);
const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard });
logUnhandledRejections(connection);
const { shared, Sop } = createSopServices({ connection, ...NodeFileSystem });
guard.attach(connection, shared);
registerSettingsSync(shared, Sop);
registerPreviewProtocol(connection, shared, Sop);
registerImportRequest(connection);
startLanguageServer(shared);

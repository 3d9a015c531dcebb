/**
 * The SOP language server. Runs over stdio (`sop-language-server --stdio`), node IPC or a
 * socket, as chosen by the command-line flags vscode-languageserver understands.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createSopServices, registerPreviewProtocol, registerSettingsSync } from '@sop/language';

if (process.argv.includes('--version')) {
    process.stdout.write('sop-language-server 0.1.0\n');
    process.exit(0);
}
const connection = createConnection(ProposedFeatures.all);
const { shared, Sop } = createSopServices({ connection, ...NodeFileSystem });
registerSettingsSync(shared, Sop);
registerPreviewProtocol(connection, shared, Sop);
startLanguageServer(shared);

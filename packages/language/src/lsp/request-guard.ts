/**
 * Screens every incoming message before vscode-jsonrpc dispatches it, so that no handler sees
 * parameters it cannot read and no request on an unknown document reaches Langium (which would
 * read the file system or wait for a document that never comes):
 *
 * - a request whose params do not fit request-params.ts is answered InvalidParams, naming the field;
 * - a request on a document the server does not hold is answered null (LSP's "no result");
 * - a malformed notification is dropped with a warning, before it can corrupt the synced text.
 *
 * It is a vscode-jsonrpc MessageStrategy: the one hook that sees every message whatever the
 * transport (stdio, node-ipc, socket) and whichever API registered the handler. A strategy cannot
 * write a response itself, so a screened request is re-routed to an internal method whose handler
 * answers with the verdict; the response keeps the request's id.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import {
    ErrorCodes, Message, ResponseError,
    type Connection, type MessageStrategy, type NotificationMessage, type RequestMessage,
} from 'vscode-languageserver';
import { checkParams, paramChecks, type ParamCheck } from './request-params.js';

/** What vscode-jsonrpc's dispatch returns (its NotificationResult, not re-exported). */
type DispatchResult = void | Promise<void>;

/** The internal method screened requests are re-routed to. */
export const VerdictMethod = 'sop/internal/verdict';

/** What a screened request is answered: the error, or null when there is none. */
interface Verdict {
    error?: { code: number; message: string };
}

/** The message strategy; pass it to `createConnection`, then `attach` it once the services exist. */
export class RequestGuard implements MessageStrategy {
    private connection?: Connection;
    private shared?: LangiumSharedServices;
    /** Before the workspace is loaded a workspace file is not known yet; Langium waits for it, so must we. */
    private workspaceReady = false;

    /** `extraChecks`: method → params check for methods other packages add (built with `paramSchema`). */
    constructor(private readonly extraChecks?: ReadonlyMap<string, ParamCheck>) {}

    /** Starts answering screened requests and checking documents. */
    attach(connection: Connection, shared: LangiumSharedServices): void {
        this.connection = connection;
        this.shared = shared;
        // Only the guard sends this method; a client that calls it gets what it asks for, as a plain error.
        connection.onRequest(VerdictMethod, (verdict: Verdict | null) =>
            verdict?.error ? new ResponseError(Number(verdict.error.code) || ErrorCodes.InvalidParams, String(verdict.error.message)) : null);
        shared.workspace.WorkspaceManager.ready.then(() => { this.workspaceReady = true; }, () => undefined);
    }

    handleMessage(message: Message, next: (message: Message) => DispatchResult): DispatchResult {
        let screened: Message | undefined = message;
        try {
            if (Message.isRequest(message)) screened = this.screenRequest(message);
            else if (Message.isNotification(message) && !this.acceptNotification(message)) screened = undefined;
        } catch (error) {
            // The guard must never lose a message: if screening itself fails, dispatch as is.
            this.connection?.console.error(`Request guard failed on ${JSON.stringify((message as RequestMessage).method)}: ${String(error)}`);
        }
        return screened ? next(screened) : undefined;
    }

    private screenRequest(request: RequestMessage): RequestMessage {
        const problem = checkParams(request.method, request.params, this.extraChecks);
        if (problem) return this.reroute(request, { error: { code: ErrorCodes.InvalidParams, message: problem } });
        // Only methods of the table: their params are checked, so textDocument.uri is a URI string.
        const uri = request.method.startsWith('textDocument/') && paramChecks.has(request.method)
            ? (request.params as { textDocument: { uri: string } }).textDocument.uri : undefined;
        if (uri !== undefined && !this.holds(uri)) return this.reroute(request, {});
        return request;
    }

    private acceptNotification(notification: NotificationMessage): boolean {
        const problem = checkParams(notification.method, notification.params, this.extraChecks);
        if (problem) this.connection?.console.warn(`Ignored a malformed notification. ${problem}`);
        return !problem;
    }

    /** Whether the server holds the document: open in the editor or part of the workspace, and of this language. */
    private holds(uriString: string): boolean {
        if (!this.shared || !this.workspaceReady) return true;
        const workspace = this.shared.workspace;
        const uri = URI.parse(uriString);
        const present = workspace.LangiumDocuments.hasDocument(uri) || workspace.TextDocuments.get(uriString) !== undefined;
        return present && this.shared.ServiceRegistry.hasServices(uri);
    }

    private reroute(request: RequestMessage, verdict: Verdict): RequestMessage {
        return { jsonrpc: request.jsonrpc, id: request.id, method: VerdictMethod, params: verdict };
    }
}

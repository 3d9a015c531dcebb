/**
 * Last line of defence of "a language server that never dies". Node ends the process on an
 * unhandled promise rejection; in a language server that is a background task that failed
 * (a build, a notification to a client that went away), and ending the server would take every
 * editor feature with it. The rejection is logged through LSP instead (window/logMessage, so
 * stdout stays pure LSP) and the protocol tests fail on any error logged.
 */
import type { Connection } from 'vscode-languageserver';

/** Logs unhandled rejections to the client instead of exiting. */
export function logUnhandledRejections(connection: Connection): void {
    process.on('unhandledRejection', reason => {
        const detail = reason instanceof Error ? reason.stack ?? reason.message : String(reason);
        connection.console.error(`Unhandled rejection, the server goes on: ${detail}`);
    });
}

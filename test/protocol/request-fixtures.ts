/**
 * The requests the protocol tests send: a well-formed request for every document method the
 * server serves, and malformed requests with the field the InvalidParams message must name.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';

/** A request to send: method and params. */
export interface RequestCase {
    method: string;
    params: unknown;
}

/** A malformed request and the field its InvalidParams message names. */
export interface MalformedCase extends RequestCase {
    field: string;
}

const options = { tabSize: 2, insertSpaces: true };

/** One well-formed request per document method the server serves (advertised in its capabilities, plus sop/models). */
export function documentRequests(uri: string, position: Position, range: Range, newName = 'Baru'): RequestCase[] {
    const textDocument = { uri };
    return [
        { method: 'textDocument/hover', params: { textDocument, position } },
        { method: 'textDocument/completion', params: { textDocument, position } },
        { method: 'textDocument/definition', params: { textDocument, position } },
        { method: 'textDocument/references', params: { textDocument, position, context: { includeDeclaration: true } } },
        { method: 'textDocument/documentHighlight', params: { textDocument, position } },
        { method: 'textDocument/documentSymbol', params: { textDocument } },
        { method: 'textDocument/foldingRange', params: { textDocument } },
        { method: 'textDocument/formatting', params: { textDocument, options } },
        { method: 'textDocument/rangeFormatting', params: { textDocument, range, options } },
        { method: 'textDocument/prepareRename', params: { textDocument, position } },
        { method: 'textDocument/rename', params: { textDocument, position, newName } },
        { method: 'textDocument/codeAction', params: { textDocument, range, context: { diagnostics: [] } } },
        { method: 'textDocument/codeLens', params: { textDocument } },
        { method: 'textDocument/semanticTokens/full', params: { textDocument } },
        { method: 'textDocument/semanticTokens/range', params: { textDocument, range } },
        { method: 'sop/models', params: { uri } },
    ];
}

/** Malformed params for every method the server handles; `uri` is an open document. */
export function malformedRequests(uri: string): MalformedCase[] {
    const textDocument = { uri };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    return [
        { method: 'textDocument/hover', params: { textDocument }, field: 'params.position' },
        { method: 'textDocument/hover', params: { textDocument, position: { line: 'a', character: 0 } }, field: 'params.position' },
        { method: 'textDocument/completion', params: { textDocument: null, position }, field: 'params.textDocument' },
        { method: 'textDocument/completion', params: { textDocument, position: { line: -1, character: 0 } }, field: 'params.position' },
        { method: 'textDocument/definition', params: { position }, field: 'params.textDocument' },
        { method: 'textDocument/references', params: { textDocument, position }, field: 'params.context' },
        { method: 'textDocument/documentHighlight', params: { textDocument: { uri: 42 }, position }, field: 'params.textDocument.uri' },
        { method: 'textDocument/documentSymbol', params: {}, field: 'params.textDocument' },
        { method: 'textDocument/documentSymbol', params: null, field: 'params' },
        { method: 'textDocument/foldingRange', params: [uri], field: 'params' },
        { method: 'textDocument/formatting', params: { textDocument }, field: 'params.options' },
        { method: 'textDocument/formatting', params: { textDocument, options: { tabSize: '2', insertSpaces: true } }, field: 'params.options.tabSize' },
        { method: 'textDocument/rangeFormatting', params: { textDocument, options, range: { start: position } }, field: 'params.range.end' },
        { method: 'textDocument/onTypeFormatting', params: { textDocument, position, ch: 1, options }, field: 'params.ch' },
        { method: 'textDocument/rename', params: { textDocument, position, newName: 42 }, field: 'params.newName' },
        { method: 'textDocument/prepareRename', params: { textDocument, position: null }, field: 'params.position' },
        { method: 'textDocument/codeAction', params: { textDocument, range, context: {} }, field: 'params.context.diagnostics' },
        { method: 'textDocument/codeAction', params: { textDocument, range, context: { diagnostics: [{ message: 'x' }] } }, field: 'params.context.diagnostics[0]' },
        { method: 'textDocument/codeLens', params: { textDocument: 'x' }, field: 'params.textDocument' },
        { method: 'textDocument/semanticTokens/full', params: { textDocument: {} }, field: 'params.textDocument.uri' },
        { method: 'textDocument/semanticTokens/full/delta', params: { textDocument }, field: 'params.previousResultId' },
        { method: 'textDocument/semanticTokens/range', params: { textDocument }, field: 'params.range' },
        { method: 'textDocument/inlayHint', params: { textDocument }, field: 'params.range' },
        { method: 'textDocument/signatureHelp', params: { textDocument }, field: 'params.position' },
        { method: 'textDocument/documentLink', params: { textDocument: { uri: '' } }, field: 'params.textDocument.uri' },
        { method: 'callHierarchy/incomingCalls', params: {}, field: 'params.item' },
        { method: 'workspace/symbol', params: { query: 7 }, field: 'params.query' },
        { method: 'workspace/symbol', params: {}, field: 'params.query' },
        { method: 'workspace/executeCommand', params: { command: 'x', arguments: 3 }, field: 'params.arguments' },
        { method: 'sop/models', params: { garbage: 1 }, field: 'params.uri' },
        { method: 'sop/models', params: null, field: 'params' },
    ];
}

/** Malformed notifications: each must be ignored without changing what the server holds. */
export function malformedNotifications(uri: string): RequestCase[] {
    return [
        { method: 'textDocument/didChange', params: { textDocument: { uri, version: 99 }, contentChanges: [{ text: 5 }] } },
        { method: 'textDocument/didChange', params: { textDocument: { uri }, contentChanges: [{ text: 'x' }] } },
        { method: 'textDocument/didChange', params: { textDocument: { uri, version: 99 }, contentChanges: [{ range: { start: { line: 0 } }, text: 'x' }] } },
        { method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:Broken', languageId: 'sop', version: 1, text: null } } },
        { method: 'textDocument/didOpen', params: {} },
        { method: 'textDocument/didClose', params: { textDocument: null } },
        { method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: 7, type: 1 }] } },
        { method: 'workspace/didChangeConfiguration', params: null },
    ];
}

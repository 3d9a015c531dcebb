/**
 * The shape of the parameters of every message the server handles, as a small schema table.
 * Langium's handlers trust their parameters (`params.position.line`), so a malformed request
 * would surface as a TypeError and an InternalError; checking the shape before dispatch answers
 * InvalidParams with a message that names the field instead. Only the fields the handlers read
 * are checked: LSP allows more, and clients send more.
 */
import { URI } from 'langium';
import { IsolatedModelsRequest, ModelsRequest } from '../protocol.js';

/** Checks one value; returns the complaint about it (with `path` naming it), or undefined when it fits. */
export type ParamCheck = (value: unknown, path: string) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isUint = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

const str: ParamCheck = (v, path) => (typeof v === 'string' ? undefined : `${path} must be a string`);
const int: ParamCheck = (v, path) => (Number.isInteger(v) ? undefined : `${path} must be an integer`);
const uint: ParamCheck = (v, path) => (isUint(v) ? undefined : `${path} must be a non-negative integer`);
const num: ParamCheck = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `${path} must be a number`);
const bool: ParamCheck = (v, path) => (typeof v === 'boolean' ? undefined : `${path} must be a boolean`);
const anyObject: ParamCheck = (v, path) => (isRecord(v) ? undefined : `${path} must be an object`);
const anyArray: ParamCheck = (v, path) => (Array.isArray(v) ? undefined : `${path} must be an array`);

/** A URI string that parses (vscode-uri throws on some strings, e.g. an authority with a relative path). */
const uri: ParamCheck = (v, path) => {
    if (typeof v !== 'string' || v.length === 0) return `${path} must be a URI string`;
    try {
        URI.parse(v);
        return undefined;
    } catch {
        return `${path} must be a URI string`;
    }
};

/** Absent (undefined or null) or fitting `check`: LSP optional fields. */
function optional(check: ParamCheck): ParamCheck {
    return (v, path) => (v === undefined || v === null ? undefined : check(v, path));
}

/** An object whose listed fields fit their checks; `label` describes it when it is not an object at all. */
function object(fields: Record<string, ParamCheck>, label = 'an object'): ParamCheck {
    return (v, path) => {
        if (!isRecord(v)) return `${path} must be ${label}`;
        for (const [key, check] of Object.entries(fields)) {
            const problem = check(v[key], `${path}.${key}`);
            if (problem) return problem;
        }
        return undefined;
    };
}

function oneOf(...values: string[]): ParamCheck {
    return (v, path) => (typeof v === 'string' && values.includes(v) ? undefined : `${path} must be one of ${values.join(', ')}`);
}

function arrayOf(check: ParamCheck): ParamCheck {
    return (v, path) => {
        if (!Array.isArray(v)) return `${path} must be an array`;
        for (const [i, item] of v.entries()) {
            const problem = check(item, `${path}[${i}]`);
            if (problem) return problem;
        }
        return undefined;
    };
}

/** A position is reported as a whole: "params.position must be {line, character} ..." reads better than a sub-field. */
const position: ParamCheck = (v, path) =>
    isRecord(v) && isUint(v.line) && isUint(v.character) ? undefined : `${path} must be {line, character} with non-negative integers`;
const range = object({ start: position, end: position }, '{start, end}');
const textDocument = object({ uri }, '{uri}');
const formattingOptions = object({ tabSize: uint, insertSpaces: bool }, '{tabSize, insertSpaces}');
// The message may be a string or (LSP 3.18) markup; the code actions read the range, code and data.
const diagnostic = object({ range }, 'a diagnostic {range, message}');

const documentOnly = object({ textDocument });
const atPosition = object({ textDocument, position });
const inRange = object({ textDocument, range });

/**
 * Method → check of its params. Requests and notifications alike; a method that is not listed is
 * passed on unchecked (vscode-jsonrpc answers MethodNotFound for requests nobody handles).
 */
export const paramChecks: ReadonlyMap<string, ParamCheck> = new Map<string, ParamCheck>([
    ['initialize', object({
        capabilities: anyObject, rootUri: optional(uri), locale: optional(str),
        workspaceFolders: optional(arrayOf(object({ uri, name: str }, '{uri, name}'))),
    })],
    // Text synchronisation: a malformed notification would corrupt the text the server holds.
    ['textDocument/didOpen', object({ textDocument: object({ uri, languageId: str, version: int, text: str }, '{uri, languageId, version, text}') })],
    ['textDocument/didChange', object({
        textDocument: object({ uri, version: int }, '{uri, version}'),
        contentChanges: arrayOf(object({ text: str, range: optional(range) }, '{text, range?}')),
    })],
    ['textDocument/didClose', documentOnly],
    ['textDocument/didSave', object({ textDocument, text: optional(str) })],
    ['workspace/didChangeWatchedFiles', object({ changes: arrayOf(object({ uri, type: uint }, '{uri, type}')) })],
    ['workspace/didChangeConfiguration', anyObject],
    // Requests on one document.
    ['textDocument/completion', object({ textDocument, position, context: optional(object({ triggerKind: uint })) })],
    ['textDocument/hover', atPosition],
    ['textDocument/definition', atPosition],
    ['textDocument/typeDefinition', atPosition],
    ['textDocument/implementation', atPosition],
    ['textDocument/declaration', atPosition],
    ['textDocument/documentHighlight', atPosition],
    ['textDocument/signatureHelp', atPosition],
    ['textDocument/prepareRename', atPosition],
    ['textDocument/prepareCallHierarchy', atPosition],
    ['textDocument/prepareTypeHierarchy', atPosition],
    ['textDocument/references', object({ textDocument, position, context: object({ includeDeclaration: bool }, '{includeDeclaration}') })],
    ['textDocument/rename', object({ textDocument, position, newName: str })],
    ['textDocument/documentSymbol', documentOnly],
    ['textDocument/foldingRange', documentOnly],
    ['textDocument/codeLens', documentOnly],
    ['textDocument/documentLink', documentOnly],
    ['textDocument/semanticTokens/full', documentOnly],
    ['textDocument/semanticTokens/full/delta', object({ textDocument, previousResultId: str })],
    ['textDocument/semanticTokens/range', inRange],
    ['textDocument/inlayHint', inRange],
    ['textDocument/formatting', object({ textDocument, options: formattingOptions })],
    ['textDocument/rangeFormatting', object({ textDocument, range, options: formattingOptions })],
    ['textDocument/onTypeFormatting', object({ textDocument, position, ch: str, options: formattingOptions })],
    ['textDocument/codeAction', object({
        textDocument, range,
        context: object({ diagnostics: arrayOf(diagnostic), only: optional(arrayOf(str)) }, '{diagnostics, only?}'),
    })],
    // Workspace requests.
    ['workspace/symbol', object({ query: str })],
    ['workspace/executeCommand', object({ command: str, arguments: optional(anyArray) })],
    ['workspace/textDocumentContent', object({ uri })],
    ['callHierarchy/incomingCalls', object({ item: object({ uri }, '{uri, ...}') })],
    ['callHierarchy/outgoingCalls', object({ item: object({ uri }, '{uri, ...}') })],
    ['typeHierarchy/supertypes', object({ item: object({ uri }, '{uri, ...}') })],
    ['typeHierarchy/subtypes', object({ item: object({ uri }, '{uri, ...}') })],
    // The custom protocol of protocol.ts.
    [ModelsRequest, object({ uri })],
    [IsolatedModelsRequest, object({
        files: arrayOf(object({ uri, text: str }, '{uri, text}')), report: uint,
        locale: optional(oneOf('id', 'en')), profile: optional(oneOf('sop-ap', 'generic')),
    })],
]);

/**
 * The schema builders, for methods other packages add to the guard (`new RequestGuard(checks)`):
 * their params are then checked like the ones above, before dispatch.
 */
export const paramSchema = { str, num, int, uint, bool, anyObject, anyArray, uri, optional, object, oneOf, arrayOf } as const;

/**
 * What is wrong with the params of `method`, as a sentence for the client
 * ("textDocument/hover: params.position must be {line, character} ..."), or undefined. `extra`
 * holds the checks of methods registered beside the table's.
 */
export function checkParams(method: string, params: unknown, extra?: ReadonlyMap<string, ParamCheck>): string | undefined {
    const problem = (paramChecks.get(method) ?? extra?.get(method))?.(params, 'params');
    return problem && `${method}: ${problem}`;
}

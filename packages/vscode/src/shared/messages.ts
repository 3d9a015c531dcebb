/**
 * Messages between the extension host and the preview webview. Plain JSON on both sides;
 * this file is imported by the extension bundle and by the webview bundle, so it holds
 * types and constants only.
 */

/** The three things the preview can show. */
export type PreviewView = 'flowchart' | 'document' | 'service-standard' | 'compare';

/** The compare view: a revision of the file against its current text (see "SOP: Compare with HEAD"). */
export interface CompareContent {
    title: string;
    /** The review's summary and details, one line per string (the text of `sop diff`). */
    summary: string[];
    /** Mermaid text of the new version with added, changed and removed (ghost) steps styled. */
    mermaid?: string;
    /** Mermaid node id → step id (click to reveal). */
    nodes: Record<string, string>;
    /** Mermaid node id → what changed (old → new), shown as the node's tooltip. */
    tooltips: Record<string, string>;
    oldLabel: string;
    newLabel: string;
}

/** UI strings the webview shows, already in the chosen language. */
export interface WebviewStrings {
    flowchart: string;
    document: string;
    serviceStandard: string;
    zoomIn: string;
    zoomOut: string;
    fit: string;
    lock: string;
    unlock: string;
    exportSvg: string;
    exportPng: string;
    exportMore: string;
    /** `{0}` is the error count; shown when the last valid diagram is kept. */
    errorBanner: string;
    /** `{0}` is the error count; shown when the current text (with errors) is drawn. */
    errorCount: string;
    noDocument: string;
    noFlowchart: string;
    noServiceStandard: string;
    renderFailed: string;
}

/** Extension → webview: show this content (the latest valid rendering of the chosen document). */
export interface UpdateMessage {
    type: 'update';
    uri: string;
    /** Document version the content was computed from. */
    version: number;
    /** Title of the document under the cursor, for the toolbar. */
    title: string;
    view: PreviewView;
    /** Mermaid text of the flowchart (view `flowchart`), or undefined when nothing to draw. */
    mermaid?: string;
    /** Mermaid node id → step id, for click-to-reveal and highlight. */
    nodes?: Record<string, string>;
    /** Rendered, escaped HTML body for the document / service-standard views. */
    html?: string;
    /** CSS that goes with `html`. */
    css?: string;
    /** Message to show instead of content (e.g. "no Standar Pelayanan in this file"). */
    empty?: string;
    /** Error count of the file. */
    errors: number;
    /** The content is the last valid version, not the current (erroneous) text. */
    stale: boolean;
    locked: boolean;
    /** Step id under the cursor, if any. */
    highlight?: string;
    /** View `compare`: the review's summary lines above the flowchart. */
    summary?: string[];
    /** View `compare`: Mermaid node id → tooltip text. */
    tooltips?: Record<string, string>;
}

/** Extension → webview: highlight the node of this step (or clear with undefined). */
export interface HighlightMessage {
    type: 'highlight';
    stepId?: string;
}

/** Extension → webview: render the current flowchart for export and answer with `exported`. */
export interface ExportRequestMessage {
    type: 'renderExport';
    requestId: number;
    format: 'svg' | 'png';
    /** Mermaid text to render (export theme is independent of the preview theme). */
    mermaid: string;
    theme: string;
    background: string;
    scale: number;
}

/** Extension → webview: UI strings and settings, sent once after `ready`. */
export interface InitMessage {
    type: 'init';
    strings: WebviewStrings;
    wheelZoom: boolean;
    /** `auto` follows the body theme classes. */
    theme: 'auto' | 'light' | 'dark';
}

/** Extension → webview: what to keep in the webview state for restoring after a reload. */
export interface StateMessage {
    type: 'state';
    state: { uri: string; view: PreviewView; locked: boolean };
}

export type ToWebview = UpdateMessage | HighlightMessage | ExportRequestMessage | InitMessage | StateMessage;

/** Webview → extension. */
export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; stepId: string }
    | { type: 'setView'; view: PreviewView }
    | { type: 'toggleLock' }
    | { type: 'openProblems' }
    | { type: 'export'; format: ExportFormat }
    | { type: 'exported'; requestId: number; data?: string; error?: string }
    | { type: 'rendered'; uri: string; version: number; ms: number };

/** Every export format the extension writes. */
export type ExportFormat = 'svg' | 'png' | 'md' | 'mmd' | 'html' | 'pdf' | 'docx';

/** The webview panel type (also the `activeWebviewPanelId` in when-clauses). */
export const PREVIEW_VIEW_TYPE = 'sop.preview';

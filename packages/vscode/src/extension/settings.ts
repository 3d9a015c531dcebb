/**
 * Typed access to the `sop.preview.*` and `sop.export.*` settings, read fresh on each use so a
 * change applies without reloading.
 */
import * as vscode from 'vscode';
import type { ExportFormat, PreviewView } from '../shared/messages.js';

export interface PreviewSettings {
    debounceMs: number;
    defaultView: PreviewView;
    theme: 'auto' | 'light' | 'dark';
    wheelZoom: boolean;
    followCursor: boolean;
}

export interface ExportSettings {
    outputFolder: string;
    format: ExportFormat;
    onSave: boolean;
    theme: string;
    pngBackground: string;
    pngScale: number;
    /**
     * `sop.export.browserPath`: Chrome, Edge or Chromium for PDF; empty = CHROMIUM_PATH, then the
     * system's. Machine scope: a workspace (a cloned repository) cannot name a program to run.
     */
    browserPath: string;
}

/** Preview settings for a resource (folder-level settings apply). */
export function previewSettings(scope?: vscode.Uri): PreviewSettings {
    const c = vscode.workspace.getConfiguration('sop.preview', scope);
    return {
        debounceMs: clamp(c.get<number>('debounceMs', 300), 0, 5000),
        defaultView: c.get<PreviewView>('defaultView', 'flowchart'),
        theme: c.get<'auto' | 'light' | 'dark'>('theme', 'auto'),
        wheelZoom: c.get<boolean>('wheelZoom', true),
        followCursor: c.get<boolean>('followCursor', true),
    };
}

/** Export settings for a resource. */
export function exportSettings(scope?: vscode.Uri): ExportSettings {
    const c = vscode.workspace.getConfiguration('sop.export', scope);
    return {
        outputFolder: c.get<string>('outputFolder', ''),
        format: c.get<ExportFormat>('format', 'svg'),
        onSave: c.get<boolean>('onSave', false),
        theme: c.get<string>('theme', 'default'),
        pngBackground: c.get<string>('pngBackground', 'white'),
        pngScale: clamp(c.get<number>('pngScale', 2), 1, 4),
        browserPath: c.get<string>('browserPath', '') ?? '',
    };
}

function clamp(n: number, lo: number, hi: number): number {
    return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

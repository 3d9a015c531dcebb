/**
 * Drives the VS Code workbench (code-server) in Chromium through playwright-core: open files,
 * run commands, read diagnostics, the cursor position and the preview webview.
 */
import type { Frame, Locator, Page } from 'playwright-core';

/** Waits until the workbench is interactive. */
export async function waitForWorkbench(page: Page): Promise<void> {
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 60000 }).catch(() => undefined);
}

/**
 * The Explorer row of a workspace file or folder, its parent folders expanded (clicking through the
 * Explorer: Quick Open depends on the file search warming up, which takes many seconds right after start).
 */
export async function explorerRow(page: Page, relativePath: string): Promise<Locator> {
    // The side bar may show another view (Source Control once a repository exists): show the Explorer.
    if (!(await page.locator('.explorer-folders-view').isVisible())) await runCommand(page, 'View: Show Explorer');
    const parts = relativePath.split('/');
    for (const [i, name] of parts.entries()) {
        const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
        await row.waitFor({ timeout: 30000 });
        if (i === parts.length - 1) return row;
        // A click on a folder the tree is still refreshing can be lost: click until it is expanded.
        for (let attempt = 0; await row.getAttribute('aria-expanded') !== 'true'; attempt++) {
            if (attempt >= 5) throw new Error(`the Explorer folder ${name} does not expand`);
            await row.click();
            await page.waitForFunction(el => el?.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 5000 }).catch(() => undefined);
        }
    }
    throw new Error('empty path');
}

/** Opens a workspace file by clicking it in the Explorer (see {@link explorerRow}). */
export async function openFile(page: Page, relativePath: string): Promise<void> {
    await focusEditor(page); // the Explorer opens files in the active group: make it the first one
    await (await explorerRow(page, relativePath)).click();
    const name = relativePath.split('/').pop()!;
    await page.waitForSelector(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`, { timeout: 15000 });
}

/**
 * Runs an Explorer context menu command on a workspace file (the menu acts on the focused item:
 * hover it, then Enter). `focusFirst` false keeps the Explorer's selection (a right-click on a
 * selected row acts on the whole selection).
 */
export async function explorerContextCommand(page: Page, relativePath: string, title: string, focusFirst = true): Promise<void> {
    if (focusFirst) await focusEditor(page);
    const row = await explorerRow(page, relativePath);
    await row.click({ button: 'right' });
    const item = page.locator('.context-view .action-item', { hasText: title }).first();
    await item.hover();
    await page.waitForFunction(el => !!el?.querySelector('.action-menu-item.focused') || !!el?.classList.contains('focused'), await item.elementHandle(), { timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.locator('.context-view .monaco-menu').waitFor({ state: 'hidden', timeout: 10000 });
}

/** Ink on each page the PDF view of "SOP: Import from PDF…" drew: the number of dark pixels per canvas. */
export async function drawnPdfPages(frame: Frame): Promise<number[]> {
    return frame.$$eval('#pages canvas', canvases => canvases.map(c => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 100 && data[i + 1] < 100 && data[i + 2] < 100) dark++;
        return dark;
    }));
}

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    // F1 pressed while a webview holds the focus can be swallowed by it, and a palette that just
    // opened can close again when a view takes the focus: open and fill until the text is in it.
    for (let attempt = 0; ; attempt++) {
        await page.keyboard.press('F1');
        try {
            await input.waitFor({ state: 'visible', timeout: 10000 });
            await input.fill('>' + title, { timeout: 5000 });
            break;
        } catch (e) {
            if (attempt >= 3) throw e;
            const tab = page.locator('.editor-group-container').first().locator('.tab.active');
            if (await tab.count()) await tab.click();
        }
    }
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 15000 }).catch(() => undefined);
}

/** Focuses the text editor of the first editor group (Ctrl+1); clicking could hit overlays. */
export async function focusEditor(page: Page): Promise<void> {
    // A click on the workbench first: keys pressed while a webview has focus stay in the webview.
    const tab = page.locator('.editor-group-container').first().locator('.tab.active');
    if (await tab.count()) await tab.click();
    await page.keyboard.press('Control+1');
    if (await tab.count()) await page.waitForSelector('.editor-group-container .monaco-editor.focused', { timeout: 10000 });
}

/** Clicks the preview node whose label contains `text` (retried: an update may swap the SVG under the mouse). */
export async function clickNode(frame: Frame, text: string): Promise<void> {
    const needle = flat(text);
    for (let attempt = 0; ; attempt++) {
        try {
            // Click the very element found by its label: if the preview re-renders in between, the
            // handle is detached and the click fails (and is retried) instead of hitting another node.
            const handle = await frame.evaluateHandle(n => [...document.querySelectorAll('#canvas g.node')]
                .find(e => (e.textContent ?? '').replace(/\s+/g, '').includes(n)) ?? null, needle);
            const node = handle.asElement();
            if (!node) throw new Error(`no node with the label ${text}`);
            await node.click({ timeout: 5000 });
            return;
        } catch (e) {
            if (attempt >= 4) throw e;
            await frame.waitForTimeout(500);
        }
    }
}

/**
 * Moves the cursor with Go to Line (Ctrl+G): to `line`, or to `line` and `column` (1-based), and
 * waits until the status bar shows it there.
 */
export async function goToLine(page: Page, line: number, column?: number): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    // As runCommand: a quick input that just opened can close again when a view takes the focus
    // (the preview repainting); open and fill until the position is in it.
    for (let attempt = 0; ; attempt++) {
        await page.keyboard.press('Control+G');
        try {
            await input.waitFor({ state: 'visible', timeout: 10000 });
            await input.fill(column === undefined ? `:${line}` : `:${line}:${column}`, { timeout: 5000 });
            break;
        } catch (e) {
            if (attempt >= 3) throw e;
            await page.keyboard.press('Escape');
        }
    }
    // Enter only once the quick input has taken the position.
    await page.locator('.quick-input-widget').getByText(column === undefined ? `line ${line}` : `character ${column}`).first().waitFor({ timeout: 5000 }).catch(() => undefined);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 5000 });
    const at = new RegExp(`Ln ${line}, Col ${column ?? '\\d+'}\\b`);
    await page.locator('#status\\.editor\\.selection').filter({ hasText: at }).waitFor({ timeout: 10000 });
}

/** The cursor position from the status bar ("Ln 12, Col 3"). */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number } | undefined> {
    const text = await page.locator('#status\\.editor\\.selection').innerText().catch(() => '');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** Error and warning squiggles currently drawn in the editor. */
export async function squiggles(page: Page): Promise<{ errors: number; warnings: number }> {
    return {
        errors: await page.locator('.monaco-editor .squiggly-error').count(),
        warnings: await page.locator('.monaco-editor .squiggly-warning').count(),
    };
}

/** The rows of the Problems view (opens it with Ctrl+Shift+M). */
export async function problems(page: Page): Promise<string[]> {
    // Ctrl+Shift+M toggles: press it only while the view is not on screen.
    if (!await page.locator('.markers-panel').isVisible().catch(() => false)) await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20000 });
    return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/**
 * Filters the Problems view (its filter box) so that the rows asked for are on screen: the view
 * draws only the rows that fit. An empty text clears the filter.
 */
export async function filterProblems(page: Page, text: string): Promise<void> {
    if (!await page.locator('.markers-panel').isVisible().catch(() => false)) await page.keyboard.press('Control+Shift+M');
    const input = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await input.waitFor({ timeout: 10000 });
    await input.fill(text);
}

/** The first frame (webviews are nested frames) holding `selector`, polling until one exists. */
export async function frameWith(page: Page, selector: string, timeoutMs = 30000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        for (const f of page.frames()) {
            if (await f.$(selector).catch(() => null)) return f;
        }
        if (Date.now() > deadline) throw new Error(`no webview frame with ${selector} found`);
        await page.waitForTimeout(200);
    }
}

/** The frame of the SOP preview webview (the inner frame holding #canvas). */
export function previewFrame(page: Page, timeoutMs = 30000): Promise<Frame> {
    return frameWith(page, '#canvas', timeoutMs);
}

/** Removes all white space: Mermaid wraps long labels into several <tspan> lines. */
export const flat = (s: string) => s.replace(/\s+/g, '');

/** All text of the preview SVG with white space removed (see {@link flat}). */
export async function svgFlatText(frame: Frame): Promise<string> {
    return frame.$eval('#canvas svg', el => (el.textContent ?? '').replace(/\s+/g, ''));
}

/** Waits until the preview SVG's text contains `needle` (polls in the frame every animation frame). */
export async function waitForSvgText(frame: Frame, needle: string, timeoutMs = 20000, present = true): Promise<void> {
    await frame.waitForFunction(([n, want]) => {
        const svg = document.querySelector('#canvas svg');
        return !!svg && (svg.textContent ?? '').replace(/\s+/g, '').includes(n as string) === want;
    }, [flat(needle), present] as const, { timeout: timeoutMs, polling: 'raf' });
}

/** Switches the colour theme with the theme picker (Ctrl+K Ctrl+T). */
export async function setColorTheme(page: Page, theme: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    // Right after a theme change the workbench may re-layout and close a picker that just opened:
    // open it again until the theme name can be typed into it (a condition, not a pause).
    for (let attempt = 0; ; attempt++) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+T');
        try {
            await input.waitFor({ state: 'visible', timeout: 10000 });
            await input.fill(theme, { timeout: 5000 });
            break;
        } catch (e) {
            if (attempt >= 3) throw e;
            await page.keyboard.press('Escape');
            const tab = page.locator('.editor-group-container').first().locator('.tab.active');
            if (await tab.count()) await tab.click();
        }
    }
    await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10000 });
}

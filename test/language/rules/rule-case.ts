/**
 * Table-driven rule tests: each case has a text that triggers the rule (at an expected line)
 * and a near-miss text that does not.
 */
import { expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { validationHelper, expectError, expectWarning, expectIssue } from 'langium/test';
import { buildWorkspace, testServices, type TestOptions } from '../../helpers/sop-test-services.js';
import { rules } from '@sop/language';

export interface RuleCase {
    code: string;
    why: string;
    /** The file(s) that must trigger the rule; a string is one file `test.sop`. */
    trigger: string | Record<string, string>;
    /** A near-miss that must not trigger it. */
    clean: string | Record<string, string>;
    /** 1-based line of the diagnostic in the first file, when it matters. */
    line?: number;
    /** A fragment of the English message. */
    message?: string;
    options?: TestOptions;
}

/** One file goes through Langium's validationHelper; several files are built as one workspace. */
async function diagnosticsOf(files: string | Record<string, string>, options?: TestOptions): Promise<Diagnostic[]> {
    if (typeof files === 'string') return (await validationHelper(testServices(options))(files)).diagnostics;
    const { docs } = await buildWorkspace(files, options);
    return Object.values(docs).flatMap(d => d.diagnostics ?? []);
}

/** Registers the trigger and the near-miss test of each case. */
export function ruleCases(cases: RuleCase[]): void {
    for (const c of cases) {
        test(`${c.code} triggers: ${c.why}`, async () => {
            const found = (await diagnosticsOf(c.trigger, c.options)).filter(d => d.code === c.code);
            expect(found.length, `expected ${c.code}`).toBeGreaterThan(0);
            const rule = rules.get(c.code)!;
            const severity = { error: 1, warning: 2, info: 3, hint: 4 }[rule.severity];
            expect(found[0].severity).toBe(severity);
            expect(found[0].source).toBe(rule.source);
            if (c.line !== undefined) expect(found.map(d => d.range.start.line + 1)).toContain(c.line);
            if (c.message) expect(found.map(d => String(d.message)).join('\n')).toContain(c.message);
            if (typeof c.trigger === 'string') {
                // The same assertion through Langium's own expectation helpers.
                const result = await validationHelper(testServices(c.options))(c.trigger);
                const expectation = { code: c.code, ...(c.message ? { message: new RegExp(c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) } : {}) };
                if (rule.severity === 'error') expectError(result, expectation.message ?? /./, { code: c.code });
                else if (rule.severity === 'warning') expectWarning(result, expectation.message ?? /./, { code: c.code });
                else expectIssue(result, { code: c.code, severity: severity as 3 | 4 });
            }
        });
        test(`${c.code} stays quiet on the near-miss`, async () => {
            const found = (await diagnosticsOf(c.clean, c.options)).filter(d => d.code === c.code);
            expect(found.map(d => String(d.message))).toEqual([]);
        });
    }
}

import { describe, expect, test } from 'vitest';
import { validate, validSop, located } from '../helpers/sop-test-services.js';

describe('the base document of the rule tests', () => {
    test('a complete SOP AP has no diagnostics at all', async () => {
        expect(located(await validate(validSop))).toEqual([]);
    });
});

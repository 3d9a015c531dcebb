import { describe } from 'vitest';
import { sub, validGeneric } from '../../helpers/rule-fixtures.js';
import { ruleCases } from './rule-case.js';

const g = validGeneric;

describe('generic profile rules (GEN-..)', () => {
    ruleCases([
        { code: 'GEN-01', why: 'no version', trigger: sub(g, '  version "2.0"\n', ''), clean: g, line: 1, message: 'version' },
        { code: 'GEN-02', why: 'an approval without date', trigger: sub(g, ' date 2024-01-20', ''), clean: g, line: 9, message: 'approval date' },
        { code: 'GEN-03', why: 'no purpose or scope', trigger: sub(sub(g, '  purpose "Keep balances within tolerance"\n', ''), '  scope "All analytical balances"\n', ''), clean: sub(g, '  purpose "Keep balances within tolerance"\n', ''), line: 1 },
        { code: 'GEN-04', why: 'the current version missing from the history', trigger: sub(g, '  "2.0" 2024-01-10 "New tolerance"', ''), clean: g, line: 18, message: '"2.0"' },
        { code: 'GEN-05', why: 'a step warning not listed up front', trigger: sub(sub(g, '  warnings "Handle reference weights with gloves"\n', ''), '"Adjusted balance" -> weigh', '"Adjusted balance" | "Caution: hot surface" -> weigh'), clean: sub(g, '"Adjusted balance" -> weigh', '"Adjusted balance" | "Caution: hot surface" -> weigh'), line: 26 },
        { code: 'GEN-06', why: 'no records', trigger: sub(g, '  records { "Calibration log" }\n', ''), clean: g, line: 1 },
        { code: 'GEN-01', why: 'the generic profile chosen by setting', trigger: sub(sub(g, '  profile generic\n', ''), '  version "2.0"\n', ''), clean: sub(sub(g, '  profile generic\n', ''), '  version "2.0"\n', ''), options: { profile: 'generic' as const }, line: 1 },
    ].map((c, i) => (i === 6 ? { ...c, clean: sub(g, '  profile generic\n', '') } : c)));
});

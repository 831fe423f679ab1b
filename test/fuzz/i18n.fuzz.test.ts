import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyElder } from '../../src/eligibility/index.js';
import type { Issue } from '../../src/errors/index.js';
import {
  explain,
  explainClassification,
  formatCellIssue,
  formatFactPath,
  formatIssue,
  formatPath,
  formatRowIssue,
  issueCodes,
  label,
  reportTable,
} from '../../src/i18n/index.js';
import { ASOF, elder } from '../fixtures/elder.js';
import { FUZZ_RUNS, FUZZ_SEED, mutateAt, outcomeOf, reportTallies } from './harness.js';

const settings = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };
/** Where to change a value, uniform over its paths (fc.double leans to 0 and 1). */
const pick = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);
const locale = fc.oneof(fc.constantFrom('zh-CN', 'en'), fc.anything());
const code = fc.oneof(fc.constantFrom(...issueCodes()), fc.string());
const anyIssue = fc.record({
  code,
  path: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer())), fc.anything()),
  params: fc.anything(),
});

afterAll(() => reportTallies('i18n'));

describe('i18n under fuzzing: text or one GuanaiError, never a raw throw', () => {
  it('formats any issue, real code or not, with any parameters', () => {
    fc.assert(
      fc.property(anyIssue, locale, fc.integer(), (one, name, row) => {
        const options = { locale: name as never };
        outcomeOf('formatIssue', () => formatIssue(one as Issue, options));
        outcomeOf('formatRowIssue', () => formatRowIssue(row, one as Issue, options));
        outcomeOf('formatCellIssue', () =>
          formatCellIssue(row, { column: '姓名', issue: one as Issue }, options),
        );
      }),
      settings,
    );
  });

  it('never loses a well-formed issue: its message is text in both locales', () => {
    fc.assert(
      fc.property(code, fc.array(fc.string()), (name, path) => {
        for (const lang of ['zh-CN', 'en'] as const) {
          const text = formatIssue({ code: name, path, params: {} } as never, { locale: lang });
          expect(typeof text).toBe('string');
          expect(text.length).toBeGreaterThan(0);
        }
      }),
      settings,
    );
  });

  it('labels, paths and explanations take anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), locale, (a, b, name) => {
        const options = { locale: name as never };
        outcomeOf('label', () => label(a as never, b as never, options));
        outcomeOf('formatPath', () => formatPath(a as never));
        outcomeOf('formatFactPath', () => formatFactPath(String(a), options));
        outcomeOf('explain', () => explain(a as never, options));
        outcomeOf('explainClassification', () => explainClassification(a as never, b as never));
        outcomeOf('reportTable', () => reportTable(a as never, b as never, options));
        outcomeOf('reportTable', () => reportTable('ledger', [a] as never, options));
      }),
      settings,
    );
  });

  it('explains a real classification with any one field changed', () => {
    const classification = classifyElder(elder(), { asOf: ASOF });
    fc.assert(
      fc.property(pick, fc.anything(), (pick, value) => {
        const changed = mutateAt(classification, pick, value);
        outcomeOf('explainClassification', () => explainClassification(changed, { locale: 'en' }));
        outcomeOf('explain', () => explain(changed?.categories?.leftBehindElder));
      }),
      settings,
    );
  });
});

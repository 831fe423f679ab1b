/**
 * parseVisitRecords under hostile input: chains of corrections followed in linear time and
 * bounded, a second correction of one record refused, a bad asOf one coded error.
 */
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { plainDate } from '../models/index.js';
import { currentRecords } from './currentRecords.js';
import { parseVisitRecords } from './parseVisitRecords.js';
import type { VisitRecordInput } from './visitRecord.js';

const asOf = plainDate('2026-03-31');
const base: VisitRecordInput = {
  id: 'R-0',
  elderId: 'E-1',
  caregiverIds: ['C-1'],
  on: '2026-03-03',
  channel: 'inPerson',
  outcome: 'completed',
  recordedOn: '2026-03-03',
};
/** R-0, then R-1 amending amending R-1 … */
const chain = (links: number) =>
  Array.from({ length: links + 1 }, (_, i) =>
    i === 0 ? base : { ...base, id: `R-${i}`, amends: `R-${i - 1}` },
  );

describe('parseVisitRecords: chains of corrections', () => {
  it('follows 30,000 links in linear time (168 s before) and bounds the chain', () => {
    const started = performance.now();
    const { records, invalid } = parseVisitRecords(chain(30_000), { asOf });
    expect(performance.now() - started).toBeLessThan(3000);
    // Depth up to 1,000 kept; every deeper link is a work_limit on its own row.
    expect(records).toHaveLength(1001);
    expect(invalid).toHaveLength(29_000);
    expect(invalid[0]).toEqual({
      index: 1001,
      issues: [
        {
          code: 'work_limit',
          path: ['amends'],
          params: { what: 'amendmentChain', limit: 1000 },
        },
      ],
    });
  });

  it('takes the bound as an option', () => {
    const { records, invalid } = parseVisitRecords(chain(5), { asOf, maxAmendmentChain: 3 });
    expect(records.map((r) => r.id)).toEqual(['R-0', 'R-1', 'R-2', 'R-3']);
    expect(invalid.map((r) => r.index)).toEqual([4, 5]);
    expect(
      thrownIssues(() => parseVisitRecords([], { asOf, maxAmendmentChain: Number.NaN })),
    ).toEqual(['maxAmendmentChain invalid_argument']);
  });

  it('still finds circles, and records that lead into one', () => {
    const rows = [
      { ...base, id: 'R-1', amends: 'R-2' },
      { ...base, id: 'R-2', amends: 'R-1' },
      { ...base, id: 'R-3', amends: 'R-2' },
    ];
    const { records, invalid } = parseVisitRecords(rows, { asOf });
    expect(records).toEqual([]);
    expect(invalid.map((r) => r.issues[0]?.code)).toEqual([
      'amendment_cycle',
      'amendment_cycle',
      'amendment_cycle',
    ]);
  });
});

describe('parseVisitRecords: one correction per record', () => {
  it('refuses a second correction of the same record and keeps the first', () => {
    const rows = [
      base,
      { ...base, id: 'R-1', amends: 'R-0', durationMinutes: 30 },
      { ...base, id: 'R-2', amends: 'R-0', durationMinutes: 45 },
      { ...base, id: 'R-3', amends: 'R-1', durationMinutes: 40 },
    ];
    const { records, invalid } = parseVisitRecords(rows, { asOf });
    expect(records.map((r) => r.id)).toEqual(['R-0', 'R-1', 'R-3']);
    expect(invalid).toEqual([
      {
        index: 2,
        issues: [
          {
            code: 'duplicate_correction',
            path: ['amends'],
            params: { id: 'R-0', firstPath: [1] },
          },
        ],
      },
    ]);
    // A chain has one record in force: its last correction.
    expect(currentRecords(records).map((r) => r.id)).toEqual(['R-3']);
  });

  it('counts corrections accepted earlier', () => {
    const { records: earlier } = parseVisitRecords(chain(1), { asOf });
    const { invalid } = parseVisitRecords([{ ...base, id: 'R-9', amends: 'R-0' }], {
      asOf,
      earlier,
    });
    expect(invalid[0]?.issues[0]?.params).toEqual({ id: 'R-0', firstPath: ['earlier', 1] });
  });
});

describe('parseVisitRecords: bad arguments', () => {
  it('a bad asOf is one error, not date_after_as_of on every row', () => {
    for (const bad of ['2026-02-30', '', undefined, 20260301])
      expect(thrownIssues(() => parseVisitRecords(chain(3), { asOf: bad as never }))).toEqual([
        'asOf invalid_argument',
      ]);
  });

  it('names the rows and options that are not what they should be', () => {
    expect(thrownIssues(() => parseVisitRecords(null as never, { asOf }))).toEqual([
      'rows invalid_argument',
    ]);
    expect(thrownIssues(() => parseVisitRecords([], null as never))).toEqual([
      'options invalid_argument',
    ]);
    expect(
      thrownIssues(() =>
        parseVisitRecords([], { asOf, elderIds: ['E-1'] as never, earlier: {} as never }),
      ),
    ).toEqual(['elderIds invalid_argument', 'earlier invalid_argument']);
  });

  it('keeps the good rows among rows of any shape', () => {
    const { records, invalid } = parseVisitRecords([null, base, 7, 'x', [], {}], { asOf });
    expect(records.map((r) => r.id)).toEqual(['R-0']);
    expect(invalid.map((r) => r.index)).toEqual([0, 2, 3, 4, 5]);
  });
});

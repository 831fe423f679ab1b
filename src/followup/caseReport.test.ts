import { describe, expect, it } from 'vitest';
import { elders, ev, fullCase } from '../../test/fixtures/cases.js';
import { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { caseReport } from './caseReport.js';
import { replayCases } from './replayCases.js';

const asOf = plainDate('2026-07-10');
const events = [
  ...fullCase('K-1'), // closed
  ev('K-2', 'opened', '2026-07-10'),
  ev('K-3', 'opened', '2026-07-05'),
  ev('K-4', 'opened', '2026-06-01', { elderId: 'E-2' }),
  ev('K-0', 'opened', '2026-06-01', { elderId: 'E-2' }),
  ev('K-5', 'opened', '2026-06-25', { elderId: 'E-3' }),
  ev('K-5', 'acknowledged', '2026-06-26'),
];
const { cases } = replayCases({ events, elders }, { asOf });

describe('caseReport', () => {
  it('counts open cases by area and step, by age, with the oldest', () => {
    expect(caseReport(cases, { asOf, by: 'village' })).toEqual([
      {
        areaCode: '530325101203',
        step: 'reported',
        open: 4,
        ages: { '0to1': 1, '2to7': 1, '8to30': 0, '31plus': 2 },
        oldestCaseId: 'K-0',
        oldestOpenedOn: '2026-06-01',
      },
      {
        areaCode: '530325102201',
        step: 'acknowledged',
        open: 1,
        ages: { '0to1': 0, '2to7': 0, '8to30': 1, '31plus': 0 },
        oldestCaseId: 'K-5',
        oldestOpenedOn: '2026-06-25',
      },
    ]);
  });

  it('rolls villages up to townships and the county, and leaves out cases not yet opened', () => {
    expect(caseReport(cases, { asOf, by: 'township' }).map((r) => [r.areaCode, r.open])).toEqual([
      ['530325101000', 4],
      ['530325102000', 1],
    ]);
    const early = caseReport(cases, { asOf: plainDate('2026-07-04'), by: 'county' });
    expect(early.map((r) => [r.areaCode, r.step, r.open])).toEqual([
      ['530325', 'reported', 2],
      ['530325', 'acknowledged', 1],
    ]);
  });

  it('throws one GuanaiError for bad arguments', () => {
    expect(() => caseReport(cases, { asOf, by: 'province' } as never)).toThrow(GuanaiError);
    expect(() => caseReport(null as never, { asOf, by: 'county' })).toThrow(GuanaiError);
    expect(() => caseReport([{}] as never, { asOf, by: 'county' })).toThrow(GuanaiError);
  });
});

describe('caseReport on malformed cases (found by fuzzing)', () => {
  it('names a step that is not text at its path, not an undiagnosed failure', () => {
    const bad = { ...cases[1], step: Object.create(null) } as never;
    try {
      caseReport([bad], { asOf, by: 'village' });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_type', ['cases', 0, 'step']],
      ]);
    }
  });
});

import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { issue } from '../errors/index.js';
import {
  countyCodeOf,
  daysBetween,
  type PlainDate,
  type RegionCode,
  townshipCodeOf,
} from '../models/index.js';
import { CASE_STEPS, type CaseStep } from './casePolicy.js';
import type { IncidentCase } from './incidentCase.js';

/**
 * How long a case has been open, in days since it opened: 0–1, 2–7, 8–30, 31 and more.
 * @category Cases
 */
export type CaseAgeBand = '0to1' | '2to7' | '8to30' | '31plus';

/**
 * The age bands of {@link caseReport}, with the most days of each (the last has no end).
 *
 * @example
 * ```ts
 * CASE_AGE_BANDS.map((band) => band.key); // ['0to1', '2to7', '8to30', '31plus']
 * ```
 * @category Cases
 */
export const CASE_AGE_BANDS: readonly { readonly key: CaseAgeBand; readonly upTo: number }[] = [
  { key: '0to1', upTo: 1 },
  { key: '2to7', upTo: 7 },
  { key: '8to30', upTo: 30 },
  { key: '31plus', upTo: Number.POSITIVE_INFINITY },
];

/** Options of {@link caseReport}. @category Cases */
export interface CaseReportOptions {
  readonly asOf: PlainDate;
  /** The areas of the rows: the elder's village, its township or its county. */
  readonly by: 'village' | 'township' | 'county';
}

/**
 * One row of {@link caseReport}: the open cases of an area at one step, by age band, and the
 * oldest of them.
 * @category Cases
 */
export interface CaseReportRow {
  readonly areaCode: string;
  readonly step: CaseStep;
  readonly open: number;
  readonly ages: Readonly<Record<CaseAgeBand, number>>;
  readonly oldestCaseId: string;
  readonly oldestOpenedOn: PlainDate;
}

const AREAS = ['village', 'township', 'county'] as const;

/**
 * Open incident cases by area and step on `asOf` (spec §7: the county knows its numbers): how
 * many, how long open (days since opened, in {@link CASE_AGE_BANDS}), and the oldest (the
 * lowest id among those opened first). Closed cases and cases opened after `asOf` are left
 * out. Rows by area code, then in step order. A bad argument is one `GuanaiError`.
 *
 * @example
 * ```ts
 * for (const row of caseReport(cases, { asOf, by: 'township' }))
 *   console.log(row.areaCode, row.step, row.open, row.ages['31plus'], row.oldestCaseId);
 * ```
 * @category Cases
 */
export function caseReport(
  cases: readonly IncidentCase[],
  options: CaseReportOptions,
): CaseReportRow[] {
  throwIssues([arrayIssue(cases, 'cases'), objectIssue(options, 'options')]);
  throwIssues([
    plainDateIssue(options.asOf, 'asOf'),
    AREAS.includes(options.by) ? undefined : issue('invalid_value', ['by'], { allowed: AREAS }),
  ]);
  return diagnosed(
    'caseReport',
    () => reportChecked(cases, options),
    () =>
      elementsIssue(cases, 'cases', {
        id: 'string',
        villageCode: 'string',
        openedOn: 'string',
        step: 'string',
      }),
  );
}

interface Tally {
  areaCode: string;
  step: CaseStep;
  open: number;
  ages: Record<CaseAgeBand, number>;
  oldest: IncidentCase;
}

function reportChecked(
  cases: readonly IncidentCase[],
  options: CaseReportOptions,
): CaseReportRow[] {
  const { asOf, by } = options;
  const areaOf = (village: RegionCode): string =>
    by === 'village'
      ? village
      : ((by === 'township' ? townshipCodeOf(village) : countyCodeOf(village)) ?? village);
  const tallies = new Map<string, Tally>();
  for (const one of cases) {
    if (one.step === 'closed' || one.openedOn > asOf) continue;
    const areaCode = areaOf(one.villageCode);
    const key = `${areaCode}\u0000${one.step}`;
    let tally = tallies.get(key);
    if (!tally) {
      tally = { areaCode, step: one.step, open: 0, ages: zeroAges(), oldest: one };
      tallies.set(key, tally);
    }
    tally.open += 1;
    tally.ages[bandOf(daysBetween(one.openedOn, asOf))] += 1;
    if (isOlder(one, tally.oldest)) tally.oldest = one;
  }
  const order = (step: CaseStep) => CASE_STEPS.indexOf(step);
  return [...tallies.values()]
    .sort((a, b) =>
      a.areaCode !== b.areaCode
        ? a.areaCode < b.areaCode
          ? -1
          : 1
        : order(a.step) - order(b.step),
    )
    .map(({ areaCode, step, open, ages, oldest }) => ({
      areaCode,
      step,
      open,
      ages,
      oldestCaseId: oldest.id,
      oldestOpenedOn: oldest.openedOn,
    }));
}

const zeroAges = (): Record<CaseAgeBand, number> => ({
  '0to1': 0,
  '2to7': 0,
  '8to30': 0,
  '31plus': 0,
});

function bandOf(days: number): CaseAgeBand {
  for (const band of CASE_AGE_BANDS) if (days <= band.upTo) return band.key;
  return '31plus';
}

function isOlder(a: IncidentCase, b: IncidentCase): boolean {
  return a.openedOn !== b.openedOn ? a.openedOn < b.openedOn : a.id < b.id;
}

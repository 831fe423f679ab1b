import {
  arrayIssue,
  countIssue,
  diagnosed,
  objectIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import type { LedgerClassification } from '../eligibility/index.js';
import { issue } from '../errors/index.js';
import {
  type Elder,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
  plainDate,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { DutyInput } from '../scheduling/index.js';
import { areasOfVillage } from './areasOfVillage.js';
import { coverage, matchFor } from './coverage.js';
import type { ScheduledCaregiver } from './creditRule.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';
import type { RecordMatch } from './matchRecords.js';
import { percent } from './percent.js';
import type { VisitRecord } from './visitRecord.js';

/**
 * The span a supervision inspection (督导检查) reviews: the first half-year, inspected in August,
 * or the whole year, inspected in December (spec §5.3 K35 · S12 L305 「督导检查(8月与12月)」,
 * 「分半年和全年」). The text inspects the half-year in August without saying whether July counts
 * (spec §11 item 9): `throughJuly` takes January–July instead of January–June.
 * @example
 * ```ts
 * supervisionPeriod(2026, 'halfYear'); // { label: '2026-H1', from: '2026-01-01', to: '2026-06-30' }
 * ```
 * @category Reports
 */
export function supervisionPeriod(
  year: number,
  span: 'halfYear' | 'fullYear',
  options: { readonly throughJuly?: boolean } = {},
): { readonly label: string; readonly from: PlainDate; readonly to: PlainDate } {
  throwIssues([
    countIssue(year, 'year', { positive: true, maximum: 9999 }),
    span === 'halfYear' || span === 'fullYear'
      ? undefined
      : issue('invalid_value', ['span'], { allowed: ['halfYear', 'fullYear'] }),
    objectIssue(options, 'options'),
  ]);
  const y = String(year).padStart(4, '0');
  const from = plainDate(`${y}-01-01`);
  if (span === 'fullYear') return { label: y, from, to: plainDate(`${y}-12-31`) };
  return options.throughJuly
    ? { label: `${y}-H1+07`, from, to: plainDate(`${y}-07-31`) }
    : { label: `${y}-H1`, from, to: plainDate(`${y}-06-30`) };
}

/**
 * One area's line of a supervision summary: the programme's size and how its work went over
 * the period — elders, those left behind, empty-nest and priority, those paired, visits due and
 * made, the monthly calls to the children and the census, visits that expired unanswered, and
 * incidents reported.
 * @category Reports
 */
export interface SupervisionRow {
  readonly code: string;
  readonly level: 'county' | 'township' | 'village';
  readonly name?: string;
  readonly elders: number;
  readonly leftBehind: number;
  readonly emptyNest: number;
  readonly priority: number;
  /** Elders with a pairing in force, with a primary, on the last day of the period. */
  readonly paired: number;
  readonly visitsDue: number;
  readonly visitsCompleted: number;
  /** Percent of visits due that were made (100 when none was due). */
  readonly visitRate: number;
  readonly childContactRate: number;
  readonly censusRate: number;
  readonly expired: number;
  readonly incidents: number;
}

/** What {@link supervisionSummary} reads. @category Reports */
export interface SupervisionInput {
  readonly elders: readonly Elder[];
  readonly classification: LedgerClassification;
  readonly occurrences: readonly Occurrence[];
  readonly records: readonly VisitRecord[];
  readonly pairings?: readonly Pairing[];
  /** The duty table (default `DEFAULT_DUTIES`): a duty's visit counts as made only by its holder. */
  readonly duties?: readonly DutyInput[];
  /** The schedule `planVisits` made: the deputies it named. */
  readonly scheduled?: readonly ScheduledCaregiver[];
  readonly match?: RecordMatch;
}

/**
 * The half-year (August) or year-end (December) supervision summary (督导检查, spec §5.3 K35;
 * the year-end review of villages, K37 · S16 L447): one typed row per county, township and
 * village of the classification, for the period `from`–`to` as known on `asOf`. Counts come
 * from the same classification and coverage functions as every other report, so the summary
 * agrees with the ledger statistics and the coverage screens. The inspection's table per duty
 * holder is {@link holderSummary}.
 *
 * @example
 * ```ts
 * const period = supervisionPeriod(2026, 'halfYear');
 * const rows = supervisionSummary(
 *   { elders, classification, occurrences, records, pairings },
 *   { asOf: plainDate('2026-08-15'), from: period.from, to: period.to },
 * );
 * reportTable('supervision', rows, 'zh-CN'); // header and cells for a spreadsheet
 * ```
 * @category Reports
 */
export function supervisionSummary(
  input: SupervisionInput,
  options: { readonly asOf: PlainDate; readonly from: PlainDate; readonly to: PlainDate },
): SupervisionRow[] {
  checkListsInput(input, options);
  checkDays({ asOf: options.asOf, from: options.from, to: options.to });
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    objectIssue(input.classification, 'classification'),
  ]);
  return diagnosed(
    'supervisionSummary',
    () => summaryChecked(input, options),
    () => diagnoseInput(input),
  );
}

function summaryChecked(
  input: SupervisionInput,
  options: { readonly asOf: PlainDate; readonly from: PlainDate; readonly to: PlainDate },
): SupervisionRow[] {
  const { asOf, from, to } = options;
  const match = matchFor(input);
  const counted = { ...input, match };
  const period = { asOf, from, to };
  const byVillage = (kinds?: readonly Occurrence['kind'][]) =>
    new Map(
      coverage(counted, { ...period, by: 'village', ...(kinds ? { kinds } : {}) }).map((row) => [
        row.group,
        row,
      ]),
    );
  const all = byVillage();
  const calls = byVillage(['childContact']);
  const census = byVillage(['census']);
  const statuses = new Map(input.classification.results.map((r) => [r.elderId, r.statuses]));
  // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
  const lastDay = to < asOf ? to : asOf;
  const paired = new Set(
    (input.pairings ?? [])
      .filter(
        (p) =>
          p.status === 'active' &&
          p.validFrom <= lastDay &&
          (p.validTo === undefined || lastDay <= p.validTo) &&
          pairingMembersOn(p, lastDay).some((m) => m.role === 'primary'),
      )
      .map((p) => p.elderId as string),
  );
  const incidents = new Map<string, number>();
  const villageOf = new Map(input.elders.map((e) => [e.id as string, e.residence.villageCode]));
  for (const record of match.incidents)
    if (record.incident && record.on >= from && record.on <= to && record.on <= asOf) {
      const village = villageOf.get(record.elderId);
      if (village) incidents.set(village, (incidents.get(village) ?? 0) + 1);
    }

  type Sums = {
    -readonly [K in keyof Omit<
      SupervisionRow,
      'code' | 'level' | 'name' | 'visitRate' | 'childContactRate' | 'censusRate'
    >]: number;
  } & {
    callsDue: number;
    callsDone: number;
    censusDue: number;
    censusDone: number;
  };
  const sums = new Map<string, Sums>();
  const sumsOf = (code: string): Sums => {
    let entry = sums.get(code);
    if (!entry) {
      entry = {
        elders: 0,
        leftBehind: 0,
        emptyNest: 0,
        priority: 0,
        paired: 0,
        visitsDue: 0,
        visitsCompleted: 0,
        expired: 0,
        incidents: 0,
        callsDue: 0,
        callsDone: 0,
        censusDue: 0,
        censusDone: 0,
      };
      sums.set(code, entry);
    }
    return entry;
  };
  const placesOf = (village: string) => Object.values(areasOfVillage(village));
  for (const elder of input.elders) {
    const status = statuses.get(elder.id);
    if (!status) continue;
    for (const code of placesOf(elder.residence.villageCode)) {
      const s = sumsOf(code);
      s.elders += 1;
      if (status.leftBehindElder === 'yes') s.leftBehind += 1;
      if (status.emptyNestElder === 'yes') s.emptyNest += 1;
      if (status.priorityTarget === 'yes' || status.trackContinuously === 'yes') s.priority += 1;
      if (paired.has(elder.id)) s.paired += 1;
    }
  }
  for (const [village, row] of all)
    for (const code of village ? placesOf(village) : []) {
      const s = sumsOf(code);
      s.visitsDue += row.due;
      s.visitsCompleted += row.completed;
      s.expired += row.expired;
      s.callsDue += calls.get(village)?.due ?? 0;
      s.callsDone += calls.get(village)?.completed ?? 0;
      s.censusDue += census.get(village)?.due ?? 0;
      s.censusDone += census.get(village)?.completed ?? 0;
    }
  for (const [village, count] of incidents)
    for (const code of placesOf(village)) sumsOf(code).incidents += count;
  return input.classification.byArea.map((area) => {
    const { callsDue, callsDone, censusDue, censusDone, ...s } = sumsOf(area.code);
    return {
      code: area.code,
      level: area.level,
      ...(area.name === undefined ? {} : { name: area.name }),
      ...s,
      visitRate: percent(s.visitsCompleted, s.visitsDue),
      childContactRate: percent(callsDone, callsDue),
      censusRate: percent(censusDone, censusDue),
    };
  });
}

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
  type PlainDate,
  Programme,
  type RegionCode,
  townshipCodeOf,
} from '../models/index.js';
import { REFERRAL_STATES, type Referral, type ReferralState } from './referral.js';

/** Options of {@link referralReport}. @category Referrals */
export interface ReferralReportOptions {
  /** The level of the rows: each village, township or county. */
  readonly by: 'village' | 'township' | 'county';
  /** The day the report is for: an open referral past its due day by then is overdue. */
  readonly asOf: PlainDate;
}

/**
 * The referrals of one area to one programme: how many in each state, how many still wait on
 * someone (`open`: suggested or applied) and how many of those are past their deadline.
 * @category Referrals
 */
export interface ReferralReportRow {
  readonly code: RegionCode;
  readonly level: ReferralReportOptions['by'];
  readonly programme: Programme;
  readonly total: number;
  readonly states: Readonly<Record<ReferralState, number>>;
  readonly open: number;
  readonly overdue: number;
}

const LEVELS: readonly unknown[] = ['village', 'township', 'county'];
const PROGRAMME_ORDER = /* @__PURE__ */ new Map(Programme.options.map((name, i) => [name, i]));

/**
 * Referrals by area and programme (spec §8, the county's 「数量规模、基本分布」 of spec §7):
 * per village, township or county (`by`), the count in each state, the open ones and the
 * overdue ones on `asOf`. One row per area and programme that has referrals, sorted by area
 * code and then in the order of `Programme`.
 *
 * Throws {@link errors!GuanaiError}: `invalid_argument` when `referrals` is not a list,
 * `options` not an object or `asOf` not a real date; `invalid_value` at `['by']`.
 *
 * @example
 * ```ts
 * const rows = referralReport(referrals, { by: 'township', asOf: plainDate('2026-04-30') });
 * rows[0]; // { code: '530325101000', programme: 'minimumLivingAllowance', states: { applied: 3, … }, overdue: 1, … }
 * ```
 * @category Referrals
 */
export function referralReport(
  referrals: readonly Referral[],
  options: ReferralReportOptions,
): ReferralReportRow[] {
  throwIssues([arrayIssue(referrals, 'referrals'), objectIssue(options, 'options')]);
  throwIssues([
    plainDateIssue(options.asOf, 'asOf'),
    LEVELS.includes(options.by)
      ? undefined
      : issue('invalid_value', ['by'], { allowed: ['village', 'township', 'county'] }),
  ]);
  return diagnosed(
    'referralReport',
    () => reportChecked(referrals, options),
    () =>
      elementsIssue(referrals, 'referrals', {
        programme: 'string',
        state: 'string',
        villageCode: 'string',
        'next.due': 'string?',
      }),
  );
}

interface Tally {
  readonly code: RegionCode;
  readonly programme: Programme;
  readonly states: Record<ReferralState, number>;
  open: number;
  overdue: number;
}

function reportChecked(
  referrals: readonly Referral[],
  { by, asOf }: ReferralReportOptions,
): ReferralReportRow[] {
  const tallies = new Map<string, Tally>();
  for (const referral of referrals) {
    const code = areaOf(referral.villageCode, by);
    const key = `${code}\u0000${referral.programme}`;
    let tally = tallies.get(key);
    if (!tally) {
      const states = Object.fromEntries(REFERRAL_STATES.map((s) => [s, 0])) as Tally['states'];
      tally = { code, programme: referral.programme, states, open: 0, overdue: 0 };
      tallies.set(key, tally);
    }
    tally.states[referral.state]++;
    if (referral.next) {
      tally.open++;
      if (referral.next.due < asOf) tally.overdue++;
    }
  }
  return [...tallies.values()]
    .sort(
      (a, b) =>
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        (PROGRAMME_ORDER.get(a.programme) ?? 0) - (PROGRAMME_ORDER.get(b.programme) ?? 0),
    )
    .map(({ code, programme, states, open, overdue }) => ({
      code,
      level: by,
      programme,
      total: REFERRAL_STATES.reduce((sum, state) => sum + states[state], 0),
      states,
      open,
      overdue,
    }));
}

function areaOf(village: RegionCode, by: ReferralReportOptions['by']): RegionCode {
  if (by === 'village') return village;
  const code = by === 'township' ? townshipCodeOf(village) : countyCodeOf(village);
  return (code ?? village) as RegionCode;
}

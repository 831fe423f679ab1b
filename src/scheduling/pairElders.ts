import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  functionIssue,
  numberIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import type { DutyHolding, DutyKey, DutySubject, Elder, Pairing } from '../models/index.js';
import { assignDuties } from './assignDuties.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { parseDuties } from './duty.js';
import { dutyPairings } from './dutyPairings.js';
import { movedToOptions } from './movedToOptions.js';
import { pairCaregivers } from './pairCaregivers.js';
import {
  CAREGIVER_FIELDS,
  coordinatesIssue,
  ELDER_FIELDS,
  PAIRING_FIELDS,
} from './pairingInputChecks.js';
import {
  MAX_KEEP_WITHIN_KM,
  type PairEldersOptions,
  type PairingInput,
  type PairingPlan,
} from './pairingPolicy.js';

/**
 * Pair elders with caregivers (结对帮扶, 包保; spec §4): each placed elder gets a primary
 * caregiver among the nearest (就近就便) who serve the elder's area (neighbours in their 组,
 * village cadres in their village, 包保 township cadres in their township), within each
 * caregiver's capacity in elders — and in weekly visits when the policy gives each elder's
 * `careNeed` — at the least total distance: exactly, as a min-cost flow, when every elder counts
 * one; by the assignment heuristic with its gap to a bound otherwise. Priority elders are placed
 * first and, by default, given a nearby second caregiver as partner (「多对一」). Existing active
 * pairings are kept unless another caregiver is nearer by more than `keepWithinKm` or the pair no
 * longer fits; the plan lists what changed. Caregivers on leave on `asOf` keep their elders but
 * take no new ones; caregivers not serving on `asOf` (`validFrom`–`validTo`) are not paired. Elders without coordinates, or with no caregiver in reach, come back in
 * `unplaced` with the reason.
 *
 * Checked at entry, as one `GuanaiError`: `asOf` (required, a real date: `invalid_argument`,
 * rule `plainDate`), the lists, and each numeric option (`candidatesPerElder` a
 * whole number from 1, `maxDistanceKm` ≥ 0, `keepWithinKm` within 0 and
 * {@link MAX_KEEP_WITHIN_KM}); coordinates out of range or not numbers are `invalid_type` /
 * `too_big` at the elder's or caregiver's path. An element of another shape is diagnosed
 * when the work trips on it, with its path.
 *
 * @example
 * ```ts
 * const plan = pairElders(
 *   { elders, caregivers, pairings },
 *   { asOf: plainDate('2026-03-01'), careNeed: (elder) => (weekly.has(elder.id) ? 1 : 0.25) },
 * );
 * plan.stats.meanKm;  // mean distance from elder to primary caregiver
 * plan.changes.filter((c) => c.change === 'changed').length;
 * ```
 * @category Pairings
 */
export function pairElders(input: PairingInput, options: PairEldersOptions): PairingPlan {
  checkPairingArguments(input, options);
  const plan = diagnosed(
    'pairElders',
    () => pairCaregivers(input, options),
    () =>
      elementsIssue(input.elders, 'elders', ELDER_FIELDS) ??
      elementsIssue(input.caregivers, 'caregivers', CAREGIVER_FIELDS) ??
      elementsIssue(input.pairings ?? [], 'pairings', PAIRING_FIELDS),
  );
  return options.duties?.length === 0 ? plan : withDuties(plan, input, options);
}

/** The plan with the duties' holders assigned and their pairings added. */
function withDuties(
  plan: PairingPlan,
  input: PairingInput,
  policy: PairEldersOptions,
): PairingPlan {
  const duties = parseDuties(policy.duties ?? DEFAULT_DUTIES, { covers: [] });
  const elderOf = new Map(input.elders.map((elder) => [elder.id as string, elder]));
  const { priority } = policy;
  const assignment = assignDuties(
    {
      elders: input.elders,
      children: input.children ?? [],
      caregivers: input.caregivers,
      holdings: input.holdings ?? holdingsOf(input.pairings ?? []),
    },
    {
      asOf: policy.asOf,
      duties,
      ...(policy.policy ? { policy: policy.policy } : {}),
      ...(policy.statusesOf ? { statusesOf: policy.statusesOf } : {}),
      ...(priority
        ? {
            priority: (s: DutySubject) =>
              s.kind === 'elder' && priority(elderOf.get(s.id) as Elder),
          }
        : {}),
      ...(policy.candidatesPerElder === undefined
        ? {}
        : { candidatesPerElder: policy.candidatesPerElder }),
      ...(policy.keepWithinKm === undefined ? {} : { keepWithinKm: policy.keepWithinKm }),
      ...(policy.distanceKm ? { distanceKm: policy.distanceKm } : {}),
    },
  );
  const roles = new Map(
    input.caregivers.map((c) => [c.id as string, c.roles as readonly string[]]),
  );
  const pairings = dutyPairings(duties, assignment.holdings, roles, policy.asOf);
  return { ...plan, pairings: [...plan.pairings, ...pairings], duties: assignment };
}

/** The responsibility matrix kept in the duty pairings of an earlier plan: a line per member. */
function holdingsOf(pairings: readonly Pairing[]): DutyHolding[] {
  return pairings.flatMap((pairing) =>
    pairing.duty === undefined
      ? []
      : pairing.members.map((member) => ({
          duty: pairing.duty as DutyKey,
          subject: { kind: 'elder' as const, id: pairing.elderId },
          caregiverId: member.caregiverId,
          from: member.from,
          ...(member.to === undefined ? {} : { to: member.to }),
          ...(member.endReason === undefined ? {} : { endReason: member.endReason }),
        })),
  );
}

/** Entry checks: O(1), then one pass for coordinates (a bad one would stall the grid search). */
function checkPairingArguments(input: PairingInput, policy: PairEldersOptions) {
  throwIssues([objectIssue(input, 'input'), objectIssue(policy, 'options')]);
  throwIssues([
    ...movedToOptions(input, ['asOf']),
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.caregivers, 'caregivers'),
    arrayIssue(input.pairings, 'pairings', { optional: true }),
    arrayIssue(input.children, 'children', { optional: true }),
    arrayIssue(input.holdings, 'holdings', { optional: true }),
    plainDateIssue(policy.asOf, 'asOf'),
    arrayIssue(policy.roles, 'roles', { optional: true }),
    arrayIssue(policy.partnerRoles, 'partnerRoles', { optional: true }),
    objectIssue(policy.serviceAreas, 'serviceAreas', { optional: true }),
    countIssue(policy.candidatesPerElder, 'candidatesPerElder', { optional: true, positive: true }),
    numberIssue(policy.maxDistanceKm, 'maxDistanceKm', {
      optional: true,
      minimum: 0,
      infinite: true,
    }),
    numberIssue(policy.keepWithinKm, 'keepWithinKm', {
      optional: true,
      minimum: 0,
      maximum: MAX_KEEP_WITHIN_KM,
    }),
    functionIssue(policy.priority, 'priority', { optional: true }),
    functionIssue(policy.wantsPartner, 'wantsPartner', { optional: true }),
    functionIssue(policy.careNeed, 'careNeed', { optional: true }),
    functionIssue(policy.distanceKm, 'distanceKm', { optional: true }),
    objectIssue(policy.search, 'search', { optional: true }),
  ]);
  throwIssues([
    coordinatesIssue(input.elders, 'elders', ['residence', 'coordinates']),
    coordinatesIssue(input.caregivers, 'caregivers', ['home', 'coordinates']),
  ]);
}

import { allFrozen, BlockMemo, triIndex } from '../blockMemo.js';
import type { ElderContext } from '../context.js';
import type { IncidentKind } from '../incident.js';
import type { CategoryResult } from '../reason.js';
import { frozenCopy } from '../sharedResults.js';
import type { Tri } from '../tri.js';
import type { SharedConditions } from './commonConditions.js';
import {
  type BaseResults,
  emptyNestPriority,
  entrustmentMissing,
  facilityPriority,
  immediateReport,
  keepOneChildHome,
  lowFeeCareEligible,
  priorityAssistanceTarget,
  priorityTarget,
  trackContinuously,
} from './priority.js';

/** The priority and risk rules' categories (spec §2), built on the base categories. @internal */
export interface PriorityBlock {
  readonly priorityTarget: CategoryResult;
  readonly priorityAssistanceTarget: CategoryResult;
  readonly trackContinuously: CategoryResult;
  readonly immediateReport: CategoryResult;
  readonly keepOneChildHome: CategoryResult;
  readonly entrustmentMissing: CategoryResult;
  readonly lowFeeCareEligible: CategoryResult;
  readonly emptyNestPriority: CategoryResult;
  readonly facilityPriority: CategoryResult;
}

/** How many blocks one pair of shared conditions keeps before it starts again. */
const MAX_BLOCKS = 65_536;
/** Shared condition numbers below this pair into one small integer. */
const NARROW = 2 ** 10;

/**
 * Blocks made only of shared results, per policy, by the pair of shared conditions (60+ and
 * 「留在农村生活」, which R14 names) and then by {@link factsKey}.
 */
const memo = new BlockMemo<Map<number, PriorityBlock>>();

/**
 * The {@link PriorityBlock} of an elder: remembered for the same answers and facts under the
 * same policy, else built rule by rule — and remembered when made only of shared (frozen)
 * results, or when the key settles even its fresh ones (then frozen). Incidents passed always
 * build it.
 * @internal
 */
export function priorityBlock(
  context: ElderContext,
  base: BaseResults,
  shared: SharedConditions,
  incidents: readonly IncidentKind[],
): PriorityBlock {
  const elderly = shared.elderly.sharedId;
  const rural = shared.rural.sharedId;
  const usual = incidents.length === 0 && elderly > 0 && elderly < NARROW && rural > 0;
  if (!usual || rural >= NARROW) return buildPriorityBlock(context, base, shared, incidents);
  const pair = elderly * NARROW + rural;
  const key = factsKey(context, base);
  let byFacts = memo.get(context.policy, pair);
  const found = byFacts?.get(key);
  if (found) return found;
  let block = buildPriorityBlock(context, base, shared, incidents);
  if (!allFrozen(block)) {
    if (!settledByKey(context, base)) return block;
    // Its fresh results are the same for every elder with this key: frozen copies are shared.
    block = frozenBlock(block);
  }
  if (!byFacts) {
    byFacts = new Map();
    memo.set(context.policy, pair, byFacts);
  }
  if (byFacts.size >= MAX_BLOCKS) byFacts.clear();
  byFacts.set(key, block);
  return block;
}

/**
 * Whether the key settles even the block's fresh results. An open answer of 高龄, 失能, 半失能
 * or 独居 reads the same for every elder under one policy (one fact missing: the birth date,
 * an assessment, the arrangement), so results that carry its missing facts are fixed by the
 * key too; an open 留守, 经济困难, 贫困 or 空巢 names facts of this elder (its children, its
 * statuses), and so does another difficulty's description.
 */
function settledByKey(context: ElderContext, base: BaseResults): boolean {
  const other = context.elder.risks.otherSpecialDifficulty;
  return (
    base.leftBehindElder.status !== 'unknown' &&
    base.economicHardship.status !== 'unknown' &&
    base.poor.status !== 'unknown' &&
    base.emptyNestElder.status !== 'unknown' &&
    (other === undefined || other === null)
  );
}

/** A number for each answer. */
function statusIndex(status: Tri): number {
  return status === 'yes' ? 2 : status === 'no' ? 1 : 0;
}

/**
 * Everything the rules read besides the policy and the shared conditions, packed: the answers
 * of the eight base categories they combine, then the risk, difficulty, illness and carer facts
 * as each rule reads them (3^14 values in all).
 */
function factsKey(context: ElderContext, base: BaseResults): number {
  let key = statusIndex(base.leftBehindElder.status);
  key = key * 3 + statusIndex(base.economicHardship.status);
  key = key * 3 + statusIndex(base.advancedAge.status);
  key = key * 3 + statusIndex(base.disabled.status);
  key = key * 3 + statusIndex(base.semiDisabled.status);
  key = key * 3 + statusIndex(base.livesAlone.status);
  key = key * 3 + statusIndex(base.poor.status);
  key = key * 3 + statusIndex(base.emptyNestElder.status);
  const { risks, health, household } = context.elder;
  key = key * 3 + triIndex(risks.safetyRisk);
  key = key * 3 + triIndex(risks.livingDifficulty);
  const other = risks.otherSpecialDifficulty;
  key = key * 3 + (other === undefined ? 0 : other === null ? 1 : 2);
  key = key * 3 + triIndex(health.severeMentalIllness);
  key = key * 3 + triIndex(health.seriousIllness);
  const carer = household.entrustedCarer;
  return key * 3 + (carer === undefined ? 0 : carer === null ? 1 : 2);
}

/** The priority block rule by rule: each rule reads the base categories, never each other. @internal */
export function buildPriorityBlock(
  context: ElderContext,
  base: BaseResults,
  shared: SharedConditions,
  incidents: readonly IncidentKind[],
): PriorityBlock {
  return {
    priorityTarget: priorityTarget(context, base),
    priorityAssistanceTarget: priorityAssistanceTarget(context, base),
    trackContinuously: trackContinuously(context, base),
    immediateReport: immediateReport(context, base, incidents),
    keepOneChildHome: keepOneChildHome(context, base),
    entrustmentMissing: entrustmentMissing(context, base),
    lowFeeCareEligible: lowFeeCareEligible(base),
    emptyNestPriority: emptyNestPriority(base),
    facilityPriority: facilityPriority(context, base, shared),
  };
}

/** `block` with each result frozen: shared ones as they are, fresh ones as frozen copies. */
function frozenBlock(block: PriorityBlock): PriorityBlock {
  return {
    priorityTarget: frozenCopy(block.priorityTarget),
    priorityAssistanceTarget: frozenCopy(block.priorityAssistanceTarget),
    trackContinuously: frozenCopy(block.trackContinuously),
    immediateReport: frozenCopy(block.immediateReport),
    keepOneChildHome: frozenCopy(block.keepOneChildHome),
    entrustmentMissing: frozenCopy(block.entrustmentMissing),
    lowFeeCareEligible: frozenCopy(block.lowFeeCareEligible),
    emptyNestPriority: frozenCopy(block.emptyNestPriority),
    facilityPriority: frozenCopy(block.facilityPriority),
  };
}

import { LIVING_ARRANGEMENTS } from '../../models/index.js';
import { allFrozen, BlockMemo, triIndex } from '../blockMemo.js';
import type { ElderContext } from '../context.js';
import { ECONOMIC_HARDSHIP_STATUSES } from '../economicHardshipStatuses.js';
import type { CategoryResult } from '../reason.js';
import {
  advancedAge,
  economicFact,
  economicHardship,
  livesAlone,
  poor,
  recordedStatus,
} from './statuses.js';

/**
 * The categories read straight off a few recorded facts (独居, 孤寡, 高龄, 低保, 特困, 五保, 三无,
 * 经济困难, 贫困): their results depend on nothing but the living arrangement, 孤寡, the age
 * and the economic statuses. @internal
 */
export interface StatusBlock {
  readonly livesAlone: CategoryResult;
  readonly solitaryElder: CategoryResult;
  readonly advancedAge: CategoryResult;
  readonly minimumLivingAllowance: CategoryResult;
  readonly extremeHardship: CategoryResult;
  readonly fiveGuarantee: CategoryResult;
  readonly threeNo: CategoryResult;
  readonly economicHardship: CategoryResult;
  readonly poor: CategoryResult;
}

/** The blocks made only of shared results, per policy, by {@link blockKey}. */
const memo = new BlockMemo<StatusBlock>();

/**
 * The {@link StatusBlock} of an elder: the block remembered for the same facts under the same
 * policy when every result of it is shared (frozen), else built rule by rule (and remembered
 * if it is made only of shared results).
 * @internal
 */
export function statusBlock(context: ElderContext): StatusBlock {
  const key = blockKey(context);
  if (key < 0) return buildStatusBlock(context);
  const found = memo.get(context.policy, key);
  if (found) return found;
  const block = buildStatusBlock(context);
  if (allFrozen(block)) memo.set(context.policy, key, block);
  return block;
}

const ARRANGEMENTS: readonly string[] = LIVING_ARRANGEMENTS;

/**
 * Every fact the block reads, packed: the arrangement, 孤寡, the age, each economic status as
 * the rules read it, and the check that none applies. −1 when a fact is one no shared result
 * names (an unusual age, an arrangement the schema does not know): the block is built fresh.
 */
function blockKey(context: ElderContext): number {
  const { household } = context.elder;
  const arrangement = household.livingArrangement;
  const arrangementIndex = arrangement === undefined ? 0 : ARRANGEMENTS.indexOf(arrangement) + 1;
  const { age } = context;
  const ageIndex = age === undefined ? 0 : age + 1;
  if (arrangementIndex < 0 || !Number.isInteger(ageIndex) || ageIndex < 0 || ageIndex > 200)
    return -1;
  let key = (arrangementIndex * 3 + triIndex(household.solitary)) * 201 + ageIndex;
  // The statuses in the schema's order: the order the key packs them in.
  for (const status of ECONOMIC_HARDSHIP_STATUSES)
    key = key * 3 + triIndex(economicFact(context, status));
  const noneOn = context.elder.economic.noHardshipAssessedOn;
  return (key * 2 + (context.noHardship ? 1 : 0)) * 2 + (noneOn === undefined ? 1 : 0);
}

/** The status block rule by rule (what a new combination of facts is built with). @internal */
export function buildStatusBlock(context: ElderContext): StatusBlock {
  const { household } = context.elder;
  return {
    livesAlone: livesAlone(context),
    solitaryElder: recordedStatus(
      'solitaryElder',
      'solitary',
      household.solitary,
      'household.solitary',
    ),
    advancedAge: advancedAge(context),
    minimumLivingAllowance: recordedStatus(
      'minimumLivingAllowance',
      'minimumLivingAllowance',
      economicFact(context, 'minimumLivingAllowance'),
      'economic.minimumLivingAllowance',
    ),
    extremeHardship: recordedStatus(
      'extremeHardship',
      'extremeHardship',
      economicFact(context, 'extremeHardship'),
      'economic.extremeHardship',
    ),
    fiveGuarantee: recordedStatus(
      'fiveGuarantee',
      'fiveGuarantee',
      economicFact(context, 'fiveGuarantee'),
      'economic.fiveGuarantee',
    ),
    threeNo: recordedStatus(
      'threeNo',
      'threeNo',
      economicFact(context, 'threeNo'),
      'economic.threeNo',
    ),
    economicHardship: economicHardship(context),
    poor: poor(context),
  };
}

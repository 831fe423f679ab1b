import type { EconomicHardshipStatus, PolicyParameters } from './policy.js';

/** One bit per economic-hardship status, for masks of statuses. @internal */
export const HARDSHIP_BITS: Readonly<Record<EconomicHardshipStatus, number>> = {
  minimumLivingAllowance: 1,
  extremeHardship: 2,
  fiveGuarantee: 4,
  threeNo: 8,
  povertyRegistered: 16,
  povertyMonitoring: 32,
  otherHardship: 64,
};

/**
 * What the status pass derives from a policy's lists once rather than per elder: whether every
 * kinship counts, and the hardship statuses of 经济困难 and of 贫困 as {@link HARDSHIP_BITS} masks.
 * @internal
 */
export interface StatusPlan {
  readonly everyKinship: boolean;
  readonly hardshipMask: number;
  readonly poorMask: number;
}

function maskOf(statuses: readonly EconomicHardshipStatus[]): number {
  let mask = 0;
  for (const status of statuses) mask |= HARDSHIP_BITS[status];
  return mask;
}

/** The last policy planned: a ledger is mostly classified under one policy. */
let lastPolicy: PolicyParameters | undefined;
let lastPlan: StatusPlan | undefined;

/**
 * The {@link StatusPlan} of a policy's parameters (checked, so never changed afterwards).
 * @internal
 */
export function statusPlan(policy: PolicyParameters): StatusPlan {
  if (policy === lastPolicy && lastPlan) return lastPlan;
  const kinships = policy.childKinships;
  const hardship = policy.economicHardshipStatuses;
  lastPlan = {
    everyKinship:
      kinships.includes('birth') && kinships.includes('adopted') && kinships.includes('step'),
    hardshipMask: maskOf(hardship),
    poorMask: maskOf(policy.povertyStatuses ?? hardship),
  };
  lastPolicy = policy;
  return lastPlan;
}

import type {
  Caregiver,
  CaregiverId,
  CaregiverRole,
  Coordinates,
  Elder,
  PlainDate,
} from '../models/index.js';
import { nearest } from './distance.js';
import type { PairingContext } from './pairingContext.js';
import { type ServiceArea, serviceAreaOf, withinServiceArea } from './serviceArea.js';

/**
 * One elder's candidate caregivers: caregiver index → km, and the index of the caregiver kept
 * from before, if any.
 * @internal
 */
export interface ElderOptions {
  readonly options: ReadonlyMap<number, number>;
  readonly keptIndex: number | undefined;
}

function onLeave(caregiver: Caregiver, asOf: PlainDate): boolean {
  return caregiver.availability.leave.some((range) => range.from <= asOf && asOf <= range.to);
}

/**
 * Each elder's options among the caregivers holding one of `allowed` roles: the nearest
 * (`candidatesPerElder`) inside their service area and reach, not on leave, plus the caregiver
 * kept from before while they still fit.
 * @internal
 */
export function pairingCandidates(
  context: PairingContext,
  forElders: readonly Elder[],
  allowed: readonly CaregiverRole[],
  keptOf: (elder: Elder) => CaregiverId | undefined,
): ElderOptions[] {
  const { caregivers, caregiverIndex, candidatesPerElder: k, asOf } = context;
  const pool: number[] = [];
  const areaOf: ServiceArea[] = [];
  caregivers.forEach((c, i) => {
    if (!c.roles.some((role) => allowed.includes(role))) return;
    pool.push(i);
    areaOf[i] = serviceAreaOf(c, allowed, context.areas);
  });
  const fits = (elder: Elder, i: number) =>
    withinServiceArea(elder, caregivers[i] as Caregiver, areaOf[i] as ServiceArea);
  // Twice as many as needed: some of the nearest may serve another area or be on leave.
  const near = nearest(
    pool.map((i) => caregivers[i]?.home.coordinates as Coordinates),
    forElders.map((e) => e.residence.coordinates as Coordinates),
    2 * k,
  );
  return forElders.map((elder, e) => {
    const options = new Map<number, number>();
    const keptIndex = caregiverIndex.get(keptOf(elder) as CaregiverId);
    const consider = (i: number) => {
      if (!fits(elder, i)) return false;
      const km = context.distance(elder, caregivers[i] as Caregiver);
      if (context.maxDistanceKm !== undefined && km > context.maxDistanceKm) return false;
      options.set(i, km);
      return true;
    };
    if (keptIndex !== undefined && areaOf[keptIndex] !== undefined) consider(keptIndex);
    let others = 0;
    for (const { index } of near[e] ?? []) {
      if (others >= k) break;
      const i = pool[index] as number;
      if (i === keptIndex || onLeave(caregivers[i] as Caregiver, asOf)) continue;
      if (consider(i)) others += 1;
    }
    return { options, keptIndex };
  });
}

import {
  type Caregiver,
  type CaregiverRole,
  countyCodeOf,
  type Elder,
  townshipCodeOf,
} from '../models/index.js';
import { ROLE_FACTS, type RoleFacts, type ServiceArea } from './roleFacts.js';

export type { ServiceArea } from './roleFacts.js';

/**
 * The areas {@link pairElders} holds each role to by default, read from `ROLE_FACTS`; roles not
 * listed take elders anywhere within reach (distance decides). Neighbours pair inside their 组 (邻里结对, spec §3.7 ·
 * S12 L297; 「以组为单位」 S18 L517); the young-old volunteer of 「多带一」 is the elder's neighbour
 * (spec §4 · S17 L459); village cadres and the village committee look after their own village
 * (spec §3.1 · S18 L497, L515; §3.2 · S16 L431); township cadres on a 包保 contract and 包村干部
 * cover their township (spec §3.1 · S18 L515, S12 L281).
 * @example
 * ```ts
 * DEFAULT_SERVICE_AREAS.townshipResponsibleCadre; // 'township'
 * const policy = { serviceAreas: { ...DEFAULT_SERVICE_AREAS, youthVolunteer: 'township' as const } };
 * ```
 * @category Pairings
 */
export const DEFAULT_SERVICE_AREAS: Readonly<Partial<Record<CaregiverRole, ServiceArea>>> =
  /* @__PURE__ */ (() =>
    Object.fromEntries(
      (Object.entries(ROLE_FACTS) as [CaregiverRole, RoleFacts][])
        .filter(([, facts]) => facts.serviceArea !== 'any')
        .map(([role, facts]) => [role, facts.serviceArea]),
    ))();

const WIDTH: Record<ServiceArea, number> = { group: 0, village: 1, township: 2, county: 3, any: 4 };

/**
 * The widest area any of the caregiver's `roles` allows: a village cadre who also volunteers
 * may pair as a volunteer.
 * @internal
 */
export function serviceAreaOf(
  caregiver: Caregiver,
  roles: readonly CaregiverRole[],
  areas: Readonly<Partial<Record<CaregiverRole, ServiceArea>>>,
): ServiceArea {
  let widest: ServiceArea = 'group';
  for (const role of caregiver.roles) {
    if (!roles.includes(role)) continue;
    const area = areas[role] ?? 'any';
    if (WIDTH[area] > WIDTH[widest]) widest = area;
  }
  return widest;
}

/** Whether an elder lives inside the area a caregiver serves from home. @internal */
export function withinServiceArea(elder: Elder, caregiver: Caregiver, area: ServiceArea): boolean {
  const village = elder.residence.villageCode;
  const home = caregiver.home.regionCode;
  switch (area) {
    case 'any':
      return true;
    case 'county':
      return countyCodeOf(home) === countyCodeOf(village);
    case 'township':
      return townshipCodeOf(home) === townshipCodeOf(village);
    case 'village':
      return home === village;
    case 'group': {
      const [mine, theirs] = [caregiver.home.group, elder.residence.group];
      return home === village && (mine === undefined || theirs === undefined || mine === theirs);
    }
  }
}

import type { CaregiverRole, PairingPattern } from '../models/index.js';

/**
 * How far from home a caregiver in a role takes elders: the same 村民小组 (`group`: same village,
 * and the same group where both groups are known), `village`, `township`, `county`, or `any`.
 * @category Pairings
 */
export type ServiceArea = 'group' | 'village' | 'township' | 'county' | 'any';

/**
 * What guanai knows of a caregiver role, in one place for pairing, duties and planning.
 * @category Duties
 */
export interface RoleFacts {
  /**
   * Gives their own time (volunteers, neighbours, elders' association members, entrusted
   * carers): may visit on weekends and public holidays. Cadres, doctors, teachers and social
   * workers keep to working days (调休 included).
   */
  readonly ownTime: boolean;
  /** How far from home the role takes elders (see {@link ServiceArea}). */
  readonly serviceArea: ServiceArea;
  /** The pairing pattern a primary caregiver in this role makes (spec §4). */
  readonly pattern: PairingPattern;
}

const cadre = (serviceArea: ServiceArea): RoleFacts => ({
  ownTime: false,
  serviceArea,
  pattern: 'responsibilityContract',
});
const professional: RoleFacts = { ownTime: false, serviceArea: 'any', pattern: 'oneToOne' };
const volunteer: RoleFacts = { ownTime: true, serviceArea: 'any', pattern: 'oneToOne' };
const liaison: RoleFacts = { ownTime: false, serviceArea: 'village', pattern: 'liaisonAssignment' };

/**
 * The facts of every caregiver role. Service areas: neighbours pair inside their 组 (邻里结对,
 * spec §3.7 · S12 L297; 「以组为单位」 S18 L517); the young-old volunteer of 「多带一」 is the
 * elder's neighbour (spec §4 · S17 L459); village cadres, the village committee and the
 * women's-federation member look after their own village (spec §3.1 · S18 L497, L515; §3.2 ·
 * S16 L431); township cadres on a 包保 contract and 包村干部 cover their township (spec §3.1 ·
 * S18 L515, S12 L281). Roles whose area the text does not bound serve `any` area within reach.
 *
 * @example
 * ```ts
 * ROLE_FACTS.townshipResponsibleCadre.serviceArea; // 'township'
 * ROLE_FACTS.youthVolunteer.ownTime; // true: may visit at weekends
 * ```
 * @category Duties
 */
export const ROLE_FACTS: Readonly<Record<CaregiverRole, RoleFacts>> = /* @__PURE__ */ (() => ({
  townshipResponsibleCadre: cadre('township'),
  villageResponsibleCadre: cadre('village'),
  villageLiaisonCadre: { ...cadre('township'), pattern: 'oneToOne' },
  villageGroupPartyCadre: cadre('village'),
  villageCommitteeMember: liaison,
  womensFederationBranchMember: liaison,
  childrenDirector: professional,
  villageDoctor: professional,
  familyDoctor: professional,
  medicalWorker: professional,
  contractedCareWorker: professional,
  teacher: professional,
  socialWorker: professional,
  partyMemberVolunteer: volunteer,
  youthVolunteer: volunteer,
  womenVolunteer: volunteer,
  studentVolunteer: volunteer,
  youngOldVolunteer: { ...volunteer, serviceArea: 'village' },
  communityVolunteer: volunteer,
  cadreVolunteer: { ...volunteer, ownTime: false },
  neighbour: { ownTime: true, serviceArea: 'group', pattern: 'neighbourPairing' },
  eldersAssociationMember: volunteer,
  familyEntrustedCarer: volunteer,
}))();

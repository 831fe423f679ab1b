import type { DutyInput } from './duty.js';

/**
 * The keys of {@link DEFAULT_DUTIES}: labelled in zh-CN and en by `label('duty', key)`.
 * @category Duties
 */
export type DefaultDutyKey =
  | 'townshipContract'
  | 'villageContract'
  | 'teacherContract'
  | 'volunteerVisits'
  | 'villageLiaison'
  | 'villageDoctorCare'
  | 'neighbourWatch';

/**
 * The duties of the seed programme texts (spec §3–§5), as data a county replaces or extends:
 *
 * - `townshipContract` — 乡包保干部 for 空巢老人 and 学龄前留守儿童, a home visit every week
 *   (spec §3.1, §5.1 K01 · S18 L515);
 * - `villageContract` — 村包保干部 for the same elders and every 留守儿童: the visit log and a
 *   monthly call, message or online contact with the elders' children and the children's parents
 *   (§3.1, §5.1 K02 · S18 L515);
 * - `teacherContract` — 教师 for 义务教育阶段留守儿童, a home visit at least monthly; a teacher
 *   whose `schoolId` is recorded holds pupils of that school only (`sameSchool`), within the
 *   township (§3.4, §5.1 K03 · S18 L515);
 * - `volunteerVisits` — the volunteer team, weekly visits with a log (§3.6, §5.1 K05 · S18 L521);
 * - `villageLiaison` — 村“两委”班子成员 and 妇联支委, each in touch with one or more 留守老人
 *   (§3.2, §5.1 K12 · S16 L431);
 * - `villageDoctorCare` — 村医 and contracted carers, regular health checks (§3.3, §5.1 K13,
 *   K18 · S16 L431, S12 L297; the interval is not stated: quarterly, as the `healthCheck` preset);
 * - `neighbourWatch` — 邻里 who 「经常性的过问」 (§3.7, §5.1 K19 · S12 L297), no set cadence.
 *
 * Caseloads are not stated in the text: each holder takes at most their `capacity.elders`.
 * Cadres' visits may be made by a colleague of the same role in the same area when the holder
 * cannot (documented choice; the text names no deputy).
 *
 * @example
 * ```ts
 * DEFAULT_DUTIES.map((duty) => duty.key); // ['townshipContract', 'villageContract', …]
 * const duties = parseDuties([...DEFAULT_DUTIES, { ...DEFAULT_DUTIES[4], key: 'familyDoctorCare', roles: ['familyDoctor'], plans: [] }]);
 * ```
 * @category Duties
 */
export const DEFAULT_DUTIES: readonly (DutyInput & { readonly key: DefaultDutyKey })[] = [
  {
    key: 'townshipContract',
    roles: ['townshipResponsibleCadre'],
    subjects: { elderCategories: ['emptyNestElder'], childStages: ['preschool'] },
    plans: ['townshipCadreWeeklyVisit'],
    serviceArea: 'township',
    deputies: 'sameRoleSameArea',
    citation: {
      spec: '§3.1, §5.1 K01',
      source: 'S18 L515',
      text: '空巢老人和学龄前留守儿童由乡、村干部包保,乡包保干部要保证每周走访一次',
    },
  },
  {
    key: 'villageContract',
    roles: ['villageResponsibleCadre'],
    subjects: {
      elderCategories: ['emptyNestElder'],
      childStages: ['preschool', 'primary', 'juniorSecondary', 'seniorSecondary', 'notInSchool'],
    },
    plans: ['villageCadreMonthlyChildContact'],
    serviceArea: 'village',
    deputies: 'sameRoleSameArea',
    citation: {
      spec: '§3.1, §5.1 K02',
      source: 'S18 L515',
      text: '村包保干部要及时掌握空巢老人和留守儿童的家庭、生活情况,做好走访日志记录,每月与空巢老人子女、留守儿童父母进行一次电话、短信或网络交流',
    },
  },
  {
    key: 'teacherContract',
    roles: ['teacher'],
    subjects: { childStages: ['primary', 'juniorSecondary'] },
    plans: ['teacherMonthlyVisit'],
    serviceArea: 'township',
    sameSchool: true,
    deputies: 'none',
    citation: {
      spec: '§3.4, §5.1 K03–K04',
      source: 'S18 L515',
      text: '义务教育阶段留守儿童由教师包保,建立教师家访制度,每月至少走访一次',
    },
  },
  {
    key: 'volunteerVisits',
    roles: [
      'communityVolunteer',
      'partyMemberVolunteer',
      'youthVolunteer',
      'womenVolunteer',
      'cadreVolunteer',
    ],
    subjects: { elderCategories: ['emptyNestElder'] },
    plans: ['volunteerWeeklyVisit'],
    serviceArea: 'village',
    deputies: 'sameRoleSameArea',
    citation: {
      spec: '§3.6, §5.1 K05',
      source: 'S18 L521',
      text: '保证每周走访一次空巢老人和留守儿童,并形成走访日志',
    },
  },
  {
    key: 'villageLiaison',
    roles: ['villageCommitteeMember', 'womensFederationBranchMember'],
    subjects: { elderCategories: ['leftBehindElder'] },
    plans: [],
    serviceArea: 'village',
    deputies: 'none',
    citation: {
      spec: '§3.2, §5.1 K12',
      source: 'S16 L431',
      text: '由村“两委”班子成员、妇联支委每人具体联系一名或者多名留守老人',
    },
  },
  {
    key: 'villageDoctorCare',
    roles: ['villageDoctor', 'contractedCareWorker'],
    subjects: { elderCategories: ['leftBehindElder'] },
    plans: ['healthCheck'],
    serviceArea: 'village',
    deputies: 'sameRoleSameArea',
    citation: {
      spec: '§3.3, §5.1 K13, K18',
      source: 'S16 L431',
      text: '各村要督促村医和政府购买服务第三方服务机构护理人员,定期为留守老人提供……测量血压血糖……等贴心服务',
    },
  },
  {
    key: 'neighbourWatch',
    roles: ['neighbour', 'youngOldVolunteer'],
    subjects: { elderCategories: ['leftBehindElder', 'emptyNestElder'] },
    plans: [],
    serviceArea: 'group',
    deputies: 'none',
    citation: {
      spec: '§3.7, §5.1 K19',
      source: 'S12 L297',
      text: "安排邻里结对帮扶。让邻里经常性的'过问,帮助料理生活起居和解决生活中的一些实际困难",
    },
  },
];

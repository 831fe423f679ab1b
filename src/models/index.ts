/**
 * The domain's data: zod schemas that are the single source of the types — dates and
 * times, identity (resident ID numbers), places (division codes, the area tree), elders,
 * caregivers and pairings — plus validation of single records and whole ledgers.
 * @module models
 */

export { type SourceRef, sourceRefs } from '../_lib/sourceRefs.js';
export {
  SOURCE_COMPILATION,
  SOURCES,
  type SourceDocument,
  type SourceId,
  type SourceKind,
} from '../_lib/sources.js';
export { ABILITY_LEVELS } from './abilityLevels.js';
export {
  type AreaEntry,
  CountyArea,
  indexAreas,
  TownshipArea,
  VillageArea,
  VillagerGroup,
} from './area.js';
export { EconomicStatus, Enrolment, Programme } from './assistance.js';
export { AWAY_REASONS } from './awayReasons.js';
export {
  Availability,
  Capacity,
  Caregiver,
  CaregiverRole,
  DateRange,
  IsoWeekday,
  TimeRange,
} from './caregiver.js';
export {
  ChildId,
  ChildRecord,
  COMPULSORY_SCHOOL_STAGES,
  Guardian,
  GuardianRelation,
  Parent,
  SchoolRef,
  SchoolStage,
  Workplace,
} from './childRecord.js';
export { Coordinates, PhoneNumber, Sex } from './contact.js';
export { DutyHolding, DutySubject } from './dutyHolding.js';
export { Burdens, Consent, Elder, Residence, Risks } from './elder.js';
export { Extensions } from './extensions.js';
export { AbilityAssessment, AbilityLevel, assessmentOn, Disability, Health } from './health.js';
export {
  AwayReason,
  AwaySinceBetween,
  Child,
  EntrustedCarer,
  Household,
  LivingArrangement,
  Spouse,
  SupportObligor,
  Whereabouts,
} from './household.js';
export { CaregiverId, DutyKey, ElderId, PairingId } from './ids.js';
export { type Ledger, type LedgerInput, type LedgerRowIssue, parseLedger } from './ledger.js';
export { LIVING_ARRANGEMENTS } from './livingArrangements.js';
export { maskPhoneNumber } from './maskPhoneNumber.js';
export { type MaskResidentIdOptions, maskResidentId } from './maskResidentId.js';
export { MUTUAL_AID_GROUP_SIZE, MutualAidGroup, MutualAidGroupId } from './mutualAidGroup.js';
export {
  Pairing,
  PairingEndReason,
  PairingMember,
  PairingPattern,
  pairingMembersOn,
  type Reassignment,
  reassignPairing,
} from './pairing.js';
export { PlainDate } from './plainDate.js';
export {
  addDays,
  addMonths,
  addYears,
  ageInFullYears,
  comparePlainDates,
  daysBetween,
  fromDayNumber,
  isoWeekdayOf,
  isPlainDate,
  plainDate,
  toDayNumber,
} from './plainDateOps.js';
export { PlainDateTime } from './plainDateTime.js';
export {
  RegionCode,
  type RegionLevel,
  regionCodeOfLevel,
  VillageCode,
} from './regionCode.js';
export {
  countyCodeOf,
  isWithinRegion,
  parentRegionCode,
  regionLevel,
  townshipCodeOf,
  townshipKind,
  villageKind,
} from './regionCodeOps.js';
export { ResidentIdNumber, residentIdCheckCharacter } from './residentId.js';
export { type ResidentIdFacts, residentIdFacts } from './residentIdFacts.js';
export { ServiceCategory } from './service.js';
export { minutesOfDay, TimeOfDay } from './timeOfDay.js';
export {
  type BatchResult,
  type InvalidRow,
  MAX_INPUT_DEPTH,
  parse,
  parseRows,
  safeParse,
} from './validate.js';

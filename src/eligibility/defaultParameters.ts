import { ECONOMIC_HARDSHIP_STATUSES } from './economicHardshipStatuses.js';

/**
 * The recommended reading of every open point: the defaults of `PolicyParameters`, which reads
 * them from here, written out so that `DEFAULT_POLICY` needs no schema (and no zod) to exist.
 * @internal
 */
export const DEFAULT_PARAMETERS = {
  elderMinimumAge: 60,
  thresholdsInclusive: true,
  leapDayBirthday: 'february28',
  ruralTest: 'residence',
  institutionCountsAsRural: true,
  awayMinimumMonths: 6,
  awayReasons: ['migrantWork', 'business', 'study', 'military', 'other'],
  childKinships: ['birth', 'adopted', 'step'],
  entrustedCarerIsSupporter: false,
  emptyNestDefinition: 'childrenLeftHomeS18',
  emptyNestChildrenLeft: 'all',
  emptyNestIncludesChildless: false,
  emptyNestAloneMinimumAge: 60,
  emptyNestCoupleMinimumAge: 45,
  emptyNestCoupleAge: 'eitherSpouse',
  emptyNestSpouseIsCarer: 'ifCapable',
  advancedAgeThreshold: 80,
  disabledLevels: ['severe', 'total'],
  semiDisabledLevels: ['mild', 'moderate'],
  assessmentValidDays: null,
  semiDisabledCountsAsDisabled: false,
  economicHardshipStatuses: ECONOMIC_HARDSHIP_STATUSES,
  povertyStatuses: null,
  riskJoin: 'or',
  illnessJoin: 'or',
  childDefinition: 'caredByOthersS18',
  childParentsAway: 'both',
  childMaximumAge: 17,
  childAgeRange: { minimum: 6, maximum: 14 },
  childAwayMinimumMonths: 3,
  childSpecialGroupsAgeBound: true,
  unlistedSupportObligors: 'unknown',
} as const;

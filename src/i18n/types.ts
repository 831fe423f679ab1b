import type { DayKind, FestivalKey, HolidayKey } from '../calendar/index.js';
import type { IssueCode, IssueParams, RegionLevel } from '../errors/index.js';
import type {
  AbilityLevel,
  AwayReason,
  CaregiverRole,
  Consent,
  Disability,
  EconomicStatus,
  Enrolment,
  EntrustedCarer,
  LivingArrangement,
  Pairing,
  PairingEndReason,
  PairingMember,
  PairingPattern,
  Programme,
  Residence,
  ServiceCategory,
  Sex,
  Spouse,
  SupportObligor,
} from '../models/index.js';

/**
 * The locales guanai speaks: Simplified Chinese (the default) and English.
 * @category I18n
 */
export type Locale = 'zh-CN' | 'en';

/**
 * A message for every issue code, built from that code's parameters. The mapped type makes a
 * missing or misspelt code a compile error.
 * @category I18n
 */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

/**
 * A label for every value of a union of strings.
 * @category I18n
 */
export type LabelsOf<T extends string> = { readonly [K in T]: string };

/**
 * Labels for every domain enum, by enum. Adding a value to an enum without a label here
 * fails to compile.
 * @category I18n
 */
export interface EnumLabels {
  readonly abilityLevel: LabelsOf<AbilityLevel>;
  readonly awayReason: LabelsOf<AwayReason>;
  readonly caregiverRole: LabelsOf<CaregiverRole>;
  readonly consentBy: LabelsOf<Consent['by']>;
  readonly dayKind: LabelsOf<DayKind>;
  readonly disabilityCategory: LabelsOf<Disability['category']>;
  readonly enrolmentStatus: LabelsOf<Enrolment['status']>;
  readonly entrustedCarerRelation: LabelsOf<EntrustedCarer['relation']>;
  readonly festival: LabelsOf<FestivalKey>;
  readonly holiday: LabelsOf<HolidayKey>;
  readonly institution: LabelsOf<NonNullable<Residence['institution']>>;
  readonly livingArrangement: LabelsOf<LivingArrangement>;
  readonly pairingEndReason: LabelsOf<PairingEndReason>;
  readonly pairingMemberRole: LabelsOf<PairingMember['role']>;
  readonly pairingPattern: LabelsOf<PairingPattern>;
  readonly pairingStatus: LabelsOf<Pairing['status']>;
  readonly povertyMonitoring: LabelsOf<NonNullable<EconomicStatus['povertyMonitoring']>>;
  readonly programme: LabelsOf<Programme>;
  readonly regionLevel: LabelsOf<RegionLevel>;
  readonly residenceSetting: LabelsOf<NonNullable<Residence['setting']>>;
  readonly serviceCategory: LabelsOf<ServiceCategory>;
  readonly sex: LabelsOf<Sex>;
  readonly spouseStatus: LabelsOf<Spouse['status']>;
  readonly supportObligorRelation: LabelsOf<SupportObligor['relation']>;
}

/**
 * Everything one locale provides: issue messages, enum labels, and how to join a path.
 * @category I18n
 */
export interface LocaleData {
  readonly locale: Locale;
  readonly issues: IssueMessages;
  readonly labels: EnumLabels;
  /** Words for the row of a batch, e.g. `第 3 行` / `row 3` (1-based for people). */
  readonly row: (oneBasedIndex: number) => string;
  /** Separator between the place of an issue and its message. */
  readonly separator: string;
}

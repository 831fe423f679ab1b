import type { SourceKind } from '../_lib/sources.js';
import type { DayKind, FestivalKey, HolidayKey } from '../calendar/index.js';
import type {
  AgeBand,
  EscalationRecipient,
  HolderRow,
  NotDoneReason,
  ObservationFlag,
  ServiceTask,
  SupervisionRow,
  VisitCounterpart,
  VisitRecord,
} from '../compliance/index.js';
import type {
  EconomicHardshipStatus,
  IncidentKind,
  MajorEventKind,
  REPORT_RECIPIENTS,
  ReasonCode,
  ReasonParams,
  ResponsibleParty,
  RuleKey,
  Tri,
} from '../eligibility/index.js';
import type { IssueCode, IssueParams, RegionLevel } from '../errors/index.js';
import type {
  CaseAgeBand,
  CaseEventType,
  CaseOrigin,
  CaseReporterRole,
  CaseResponse,
  CaseStep,
  FactSource,
  LedgerChangeCauseKind,
  LedgerChangeDirection,
  ReferralEventType,
  ReferralState,
} from '../followup/index.js';
import type {
  AbilityLevel,
  AwayReason,
  CaregiverRole,
  Child,
  Consent,
  Disability,
  EconomicStatus,
  Enrolment,
  EntrustedCarer,
  GuardianRelation,
  LivingArrangement,
  Pairing,
  PairingEndReason,
  PairingMember,
  PairingPattern,
  Programme,
  Residence,
  SchoolStage,
  ServiceCategory,
  Sex,
  Spouse,
  SupportObligor,
} from '../models/index.js';
import type {
  HolidayOutcome,
  HolidayPolicy,
  OccurrenceState,
  QuotaPeriod,
  VisitChannel,
  VisitKind,
} from '../recurrence/index.js';
import type { DefaultDutyKey } from '../scheduling/index.js';

/**
 * A column of the report tables that no enum names: the supervision summary's and the
 * per-holder table's fields, and the ledger statistics' columns for an unknown living
 * arrangement and an ability not assessed.
 * @category Reports
 */
export type ReportColumn =
  | keyof SupervisionRow
  | keyof HolderRow
  | 'livingArrangementUnknown'
  | 'abilityNotAssessed';

/**
 * The tables of the report workbook: the ledger statistics, the supervision summary, the duty
 * holders' table and the responsibility list (责任清单).
 * @category Reports
 */
export type ReportSheet = 'ledger' | 'supervision' | 'holders' | 'responsibilities';

/**
 * The columns of the responsibility list, and the words around it: the title of a village's
 * block, the day it is as of, the period of a report, and what an elder with no duty holder shows.
 * @category Reports
 */
export type ResponsibilityColumn =
  | 'villageCode'
  | 'village'
  | 'elderId'
  | 'elderName'
  | 'duty'
  | 'holder'
  | 'role'
  | 'phone'
  | 'visits'
  | 'unheld'
  | 'asOf'
  | 'period';

/**
 * The locales guanai speaks: Simplified Chinese (the default) and English.
 * @category Locales
 */
export type Locale = 'zh-CN' | 'en';

/**
 * A message for every issue code, built from that code's parameters. The mapped type makes a
 * missing or misspelt code a compile error.
 * @category Locales
 */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

/**
 * A sentence for every reason code of the eligibility classifier, built from that code's
 * parameters and its status: the same condition reads differently when it holds (`yes`), fails
 * (`no`) or cannot be decided yet (`unknown`). The mapped type makes a missing code a compile
 * error.
 * @category Locales
 */
export type ReasonMessages = {
  readonly [C in ReasonCode]: (params: ReasonParams[C], status: Tri) => string;
};

/**
 * What a locale's `document` line says of one cited source item (see `SOURCES` in
 * guanai/models): every part already in words but the kind.
 *
 * @example
 * ```ts
 * const words: SourceItemWords = {
 *   ref: 'S14 L359', title: '关爱留守老人活动方案', kind: 'implementationPlan',
 *   issuer: '云南省某州', date: '2018-05', collection: '关爱留守老人新闻稿(优质18篇)', published: '2023-12-03',
 * };
 * ```
 * @category Locales
 */
export interface SourceItemWords {
  /** The item and its cited lines, `S14 L375, L379`. */
  readonly ref: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly issuer: string;
  /** A date, or the locale's words for a date not (fully) stated. */
  readonly date: string;
  /** The compilation the item was published in, and its date. */
  readonly collection: string;
  readonly published: string;
}

/**
 * The words {@link explain} and {@link explainClassification} put around the reason sentences,
 * and the words for the fact paths of `CategoryResult.missing` (see {@link formatFactPath}).
 * @category Locales
 */
export interface ExplanationWords {
  /** The first line: category (when known), status word and source, e.g. `农村留守老年人：是（依据 spec §1.1 · S14 L359）`. */
  readonly headline: (category: string | undefined, status: string, source: string) => string;
  /** The line listing the facts still needed, e.g. `待补充：出生日期、第2名子女外出时间`. */
  readonly missing: (facts: readonly string[]) => string;
  // api-sources
  /** A cited source item: its reference, heading, kind, issuer, date and the compilation it is in. */
  readonly document: (item: SourceItemWords) => string;
  /** The date of an item whose text states none. */
  readonly undated: string;
  /** The date of an item whose text states one without a year, in the text's words (`9月29日`). */
  readonly dateInText: (words: string) => string;
  /** The kinds of source item: 新闻稿, 活动方案, 实施方案 …. */
  readonly sourceKind: LabelsOf<SourceKind>;
  /** The quoted words of the rule, e.g. `原文：「……」`. */
  readonly quote: (text: string) => string;
  /** Whole fact paths, list indices left out: `birthDate` → `出生日期`, `household.children` → `子女情况`. */
  readonly facts: Readonly<Record<string, string>>;
  /** One element of a list, by the list's path, from its 1-based ordinal: `household.children` → `第2名子女`. */
  readonly items: Readonly<Record<string, (ordinal: number) => string>>;
  /** A field of a list element, by its path inside the element: `awaySince` → `外出时间`. */
  readonly fields: Readonly<Record<string, string>>;
  /** An element and one of its fields together: `第2名子女` + `外出时间` → `第2名子女外出时间`. */
  readonly field: (item: string, field: string) => string;
}

/**
 * A label for every value of a union of strings.
 * @category Locales
 */
export type LabelsOf<T extends string> = { readonly [K in T]: string };

/**
 * Labels for every domain enum, by enum. Adding a value to an enum without a label here
 * fails to compile.
 * @category Locales
 */
export interface EnumLabels {
  readonly abilityLevel: LabelsOf<AbilityLevel>;
  readonly awayReason: LabelsOf<AwayReason>;
  readonly caregiverRole: LabelsOf<CaregiverRole>;
  /** A child of the elder by relation: son (儿子) or daughter (女儿). */
  readonly childRelation: LabelsOf<NonNullable<Child['relation']>>;
  /** The categories of the eligibility classifier, e.g. `leftBehindElder` → 农村留守老年人. */
  readonly category: LabelsOf<RuleKey>;
  readonly consentBy: LabelsOf<Consent['by']>;
  readonly dayKind: LabelsOf<DayKind>;
  /** The duties of `DEFAULT_DUTIES` (a county's own duties are shown by their key). */
  readonly duty: LabelsOf<DefaultDutyKey>;
  readonly disabilityCategory: LabelsOf<Disability['category']>;
  /** Recorded statuses a policy may count as economic hardship (经济困难). */
  readonly economicHardshipStatus: LabelsOf<EconomicHardshipStatus>;
  readonly enrolmentStatus: LabelsOf<Enrolment['status']>;
  readonly entrustedCarerRelation: LabelsOf<EntrustedCarer['relation']>;
  readonly festival: LabelsOf<FestivalKey>;
  readonly holiday: LabelsOf<HolidayKey>;
  /** Situations that must be reported at once (spec §2 R4). */
  readonly incident: LabelsOf<IncidentKind>;
  readonly institution: LabelsOf<NonNullable<Residence['institution']>>;
  /** A child's guardian (监护人), by relation to the child. */
  readonly guardianRelation: LabelsOf<GuardianRelation>;
  /** Major events a mutual-aid group reports (spec §2 R10). */
  readonly majorEvent: LabelsOf<MajorEventKind>;
  /** Who holds a child's responsibility contract (包保), by school stage (spec §1.3 · S18 L515). */
  readonly responsibleParty: LabelsOf<ResponsibleParty>;
  /** A child's school stage (学段). */
  readonly schoolStage: LabelsOf<SchoolStage>;
  readonly livingArrangement: LabelsOf<LivingArrangement>;
  readonly pairingEndReason: LabelsOf<PairingEndReason>;
  readonly pairingMemberRole: LabelsOf<PairingMember['role']>;
  readonly pairingPattern: LabelsOf<PairingPattern>;
  readonly pairingStatus: LabelsOf<Pairing['status']>;
  readonly povertyMonitoring: LabelsOf<NonNullable<EconomicStatus['povertyMonitoring']>>;
  readonly programme: LabelsOf<Programme>;
  readonly regionLevel: LabelsOf<RegionLevel>;
  /** The bodies an immediate report may go to (spec §2 R4). */
  readonly reportRecipient: LabelsOf<(typeof REPORT_RECIPIENTS)[number]>;
  /** Whom an escalation goes to: a caregiver, a body up the chain, or the 组 cadres. */
  readonly escalationRecipient: LabelsOf<EscalationRecipient>;
  readonly residenceSetting: LabelsOf<NonNullable<Residence['setting']>>;
  readonly serviceCategory: LabelsOf<ServiceCategory>;
  readonly sex: LabelsOf<Sex>;
  readonly spouseStatus: LabelsOf<Spouse['status']>;
  readonly supportObligorRelation: LabelsOf<SupportObligor['relation']>;
  /** The three answers of a classification: 是 / 否 / 待核实. */
  readonly tri: LabelsOf<Tri>;
  readonly visitKind: LabelsOf<VisitKind>;
  readonly visitChannel: LabelsOf<VisitChannel>;
  readonly holidayPolicy: LabelsOf<HolidayPolicy>;
  readonly holidayOutcome: LabelsOf<HolidayOutcome>;
  /** The states of a planned visit on a day (see `occurrenceState`). */
  readonly occurrenceState: LabelsOf<OccurrenceState>;
  readonly quotaPeriod: LabelsOf<QuotaPeriod>;
  /** Why a visit was not made (走访日志). */
  readonly notDoneReason: LabelsOf<NotDoneReason>;
  /** Whether a recorded visit was made (走访日志). */
  readonly visitOutcome: LabelsOf<VisitRecord['outcome']>;
  /** Whom a recorded contact was with (联系对象). */
  readonly visitCounterpart: LabelsOf<VisitCounterpart>;
  /** The concrete tasks of a visit (spec §6.1). */
  readonly serviceTask: LabelsOf<ServiceTask>;
  /** What a visitor saw that the ledger should know. */
  readonly observationFlag: LabelsOf<ObservationFlag>;
  /** The age bands of the ledger statistics. */
  readonly ageBand: LabelsOf<AgeBand>;
  /** The column heads of the report tables (see `reportTable`). */
  readonly reportColumn: LabelsOf<ReportColumn>;
  // Follow-up: cases.
  /** The steps of an incident case (spec §2 R4). */
  readonly caseStep: LabelsOf<CaseStep>;
  /** What an event of a case's log does. */
  readonly caseEventType: LabelsOf<CaseEventType>;
  /** How an incident case came in. */
  readonly caseOrigin: LabelsOf<CaseOrigin>;
  /** What was done for the elder in a case. */
  readonly caseResponse: LabelsOf<CaseResponse>;
  /** Who an outside reporter of a case is. */
  readonly caseReporterRole: LabelsOf<CaseReporterRole>;
  /** How long open cases have been open. */
  readonly caseAgeBand: LabelsOf<CaseAgeBand>;
  // Follow-up: referrals.
  /** Where a referral to a programme stands (spec §8). */
  readonly referralState: LabelsOf<ReferralState>;
  /** What happened to a referral. */
  readonly referralEventType: LabelsOf<ReferralEventType>;
  // Follow-up: the ledger over time.
  /** Where a fact update came from (走访, 普查登记 …). */
  readonly factSource: LabelsOf<FactSource>;
  /** Which way a status moved in the 台账 (纳入, 退出 …). */
  readonly ledgerChangeDirection: LabelsOf<LedgerChangeDirection>;
  /** What moved it: a fact update, a new registration, the passage of time. */
  readonly ledgerChangeCause: LabelsOf<LedgerChangeCauseKind>;
  // Ledger files: layouts.
  /** Why a row of a ledger file holds no record (标题, 填报信息, 表头, 空行, 合计, 备注). */
  readonly skippedRowReason: LabelsOf<
    'title' | 'reportLine' | 'heading' | 'blank' | 'total' | 'note'
  >;
  // Ledger files: the report workbook.
  /** The sheets of the report workbook and their CSV files (see `reportTables` in guanai/io). */
  readonly reportSheet: LabelsOf<ReportSheet>;
  /** The columns of the responsibility list (责任清单), and its words. */
  readonly responsibilityColumn: LabelsOf<ResponsibilityColumn>;
}

/**
 * The words a locale uses to explain classifications: a sentence per reason code and the words
 * of an explanation (headline, missing facts, fact paths). Apart from {@link LocaleData}, so
 * that only apps that explain classifications bundle them.
 * @category Locales
 */
export interface ExplanationLocale {
  readonly locale: Locale;
  readonly reasons: ReasonMessages;
  readonly explanation: ExplanationWords;
}

/**
 * Everything one locale provides to format issues and labels: issue messages, enum labels, and
 * how to join a path.
 * @category Locales
 */
export interface LocaleData {
  readonly locale: Locale;
  readonly issues: IssueMessages;
  readonly labels: EnumLabels;
  /** Words for the row of a batch, e.g. `第 3 行` / `row 3` (1-based for people). */
  readonly row: (oneBasedIndex: number) => string;
  /** A column of a ledger file named by its heading, after its row, e.g. `「出生日期」` / `, column "Birth date"`. */
  readonly column: (heading: string) => string;
  /** Separator between the place of an issue and its message. */
  readonly separator: string;
  /**
   * Words of an error's message (`formatError`), each with its own brackets and leading space:
   * the value found, and how many issues follow the first. A locale without them uses English.
   */
  readonly error?: {
    readonly found: (value: string) => string;
    readonly more: (count: number) => string;
  };
}

import type {
  ArgumentRule,
  FactPathProblem,
  NameKind,
  RRuleProblem,
  SizeKind,
  WorkKind,
} from '../errors/index.js';
import type { CaregiverRole } from '../models/index.js';
import { formatPath } from './formatPath.js';
import { labelOr } from './labelOr.js';
import type { LocaleData } from './types.js';

const list = (items: readonly unknown[]) => items.map(String).join(', ');
const ARGUMENT_RULES: Readonly<Record<ArgumentRule, string>> = {
  integer: 'must be an integer',
  nonNegativeInteger: 'must be a non-negative integer',
  positiveInteger: 'must be a positive integer',
  maskHidesSomething: 'keeps too much: at least one character must be hidden',
  ledgerKind: 'must be elders, caregivers, pairings or visitRecords',
  rowsOfCells: 'must be a list of rows, each a list of cells',
  finiteNumber: 'must be a finite number',
  plainDate: 'must be a real date in YYYY-MM-DD form',
  array: 'must be a list',
  object: 'must be an object',
  string: 'must be text',
  csvDelimiter: 'must be a comma, a tab or a semicolon',
  fileContent: "must be the file's bytes (Uint8Array or ArrayBuffer; text too for CSV)",
  function: 'must be a function',
  // Ledger files: facts.
  boolean: 'must be true or false',
  ledgerLists: 'must list only children, otherSupportObligors or entrustedCarer',
  eldersOnly: 'is read with an elders ledger only (kind: elders)',
  matchOfOccurrences: 'must be the match of these occurrences (matchRecords of the same list)',
};
const WORK_KINDS: Readonly<Record<WorkKind, string>> = {
  recurrenceSteps: 'candidate dates of a recurrence rule',
  periods: 'periods of a plan',
  amendmentChain: 'corrections in one chain',
  workingDaySearch: 'days searched for a working day',
};
const SIZE_KINDS: Readonly<Record<SizeKind, string>> = {
  fileBytes: 'bytes of file',
  unpackedBytes: 'bytes once unpacked',
  cells: 'cells',
  rows: 'rows',
  textLength: 'characters in one value',
};
const CELL_KINDS = {
  integer: 'an integer',
  number: 'a number',
  boolean: 'yes or no',
  json: 'valid JSON',
} as const;
const unit = (origin: string, n: number) =>
  origin === 'string'
    ? ` character${n === 1 ? '' : 's'}`
    : origin === 'array'
      ? ` item${n === 1 ? '' : 's'}`
      : '';

const REFERENCE_KINDS = {
  elder: 'elder',
  caregiver: 'caregiver',
  agent: 'agent',
  job: 'job',
  visitRecord: 'visit record',
  occurrence: 'planned visit',
} as const;

const RRULE_PROBLEMS: Readonly<Record<RRuleProblem, string>> = {
  syntax: 'expected NAME=VALUE',
  unknownName: 'not a part RFC 5545 or RFC 7529 defines',
  repeated: 'given more than once',
  badValue: 'invalid value',
  missingFreq: 'FREQ is missing',
  countWithUntil: 'COUNT and UNTIL cannot be used together',
  skipWithoutRscale: 'SKIP needs RSCALE',
  leapMonthWithoutRscale: 'a leap month needs RSCALE=CHINESE',
  unsupported: 'not supported',
  unknownLine: 'only DTSTART, RRULE, RDATE and EXDATE lines are allowed',
  missingStart: 'the DTSTART line is missing',
  neverMatches: 'can never match from DTSTART',
};

const NAME_KINDS_EN: Readonly<Record<NameKind, string>> = {
  preset: 'preset',
  festival: 'festival',
  quotaPeriod: 'quota period',
};

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const monthName = (month: number) => MONTH_NAMES[month - 1] ?? `month ${month}`;
const FACT_PATH_PROBLEMS_EN: Readonly<Record<FactPathProblem, string>> = {
  unknownField: 'the elder record has no such field',
  fixed: "an elder's id never changes",
  notAList: 'it is not a list to add to',
  indexOutOfRange: 'the list has no element there',
};
const REPORT_RECIPIENTS_EN = {
  villageCommittee: "village (residents') committee",
  townshipGovernment: 'township government',
  countyCivilAffairs: 'county (city) civil-affairs department',
} as const;
const CAREGIVER_ROLES_EN: Readonly<Record<CaregiverRole, string>> = {
  townshipResponsibleCadre: 'township cadre on contract (乡包保干部)',
  villageResponsibleCadre: 'village cadre on contract (村包保干部)',
  villageLiaisonCadre: 'village liaison cadre (包村干部)',
  villageGroupPartyCadre: 'village or group party cadre',
  villageCommitteeMember: 'village committee member (村两委)',
  womensFederationBranchMember: "women's federation branch member",
  childrenDirector: "children's director",
  villageDoctor: 'village doctor',
  familyDoctor: 'family doctor',
  medicalWorker: 'medical worker',
  contractedCareWorker: 'contracted care worker',
  teacher: 'teacher',
  socialWorker: 'social worker',
  partyMemberVolunteer: 'party-member volunteer',
  youthVolunteer: 'youth volunteer',
  womenVolunteer: "women's volunteer",
  studentVolunteer: 'student volunteer',
  youngOldVolunteer: 'young-old volunteer (低龄老年志愿者)',
  communityVolunteer: 'community volunteer',
  cadreVolunteer: 'cadre or staff volunteer',
  neighbour: 'neighbour',
  eldersAssociationMember: "elders' association member",
  familyEntrustedCarer: 'carer entrusted by the family',
};
const SUBJECT_GROUPS_EN: Readonly<Record<string, string>> = {
  emptyNestElder: 'empty-nest elders (空巢老人)',
  leftBehindElder: 'left-behind elders (留守老人)',
  preschoolChild: 'pre-school left-behind children (学龄前留守儿童)',
  compulsoryChild: 'left-behind children in compulsory education (义务教育阶段留守儿童)',
};

/**
 * English issue messages, labels, reason sentences and the words of explanations (Chinese
 * terms kept in brackets where they are the names officials use).
 *
 * @example
 * ```ts
 * en.issues.resident_id_checksum({ expected: 'X', actual: '1' });
 * // 'Resident ID number check character is wrong: expected X, got 1'
 * ```
 * @category Locales
 */
export const en: LocaleData = {
  locale: 'en',
  row: (n) => `row ${n}`,
  column: (heading) => `, column "${heading}"`,
  separator: ': ',
  issues: {
    invalid_type: (p) =>
      p.received === 'undefined' ? 'Required' : `Expected ${p.expected}, got ${p.received}`,
    too_small: (p) =>
      p.origin === 'string' && p.minimum === 1
        ? 'Must not be empty'
        : `Must be ${p.inclusive ? 'at least' : 'more than'} ${p.minimum}${unit(p.origin, p.minimum)}`,
    too_big: (p) =>
      `Must be ${p.inclusive ? 'at most' : 'less than'} ${p.maximum}${unit(p.origin, p.maximum)}`,
    invalid_format: (p) => `Invalid format (${p.format})`,
    invalid_value: (p) => `Invalid value; allowed: ${list(p.allowed)}`,
    unrecognized_keys: (p) =>
      `Unrecognised field${p.keys.length === 1 ? '' : 's'}: ${list(p.keys)}`,
    invalid_union: () => 'Matches none of the allowed forms',
    not_multiple_of: (p) => `Must be a multiple of ${p.divisor}`,
    invalid_input: () => 'Invalid input',
    invalid_plain_date: (p) => `"${p.value}" is not a valid date (YYYY-MM-DD, a day that exists)`,
    invalid_time_of_day: (p) => `"${p.value}" is not a valid time (HH:mm)`,
    invalid_plain_date_time: (p) => `"${p.value}" is not a valid date-time (YYYY-MM-DDTHH:mm)`,
    range_reversed: (p) => `The end (${p.to}) comes before the start (${p.from})`,
    date_after_as_of: (p) => `The date ${p.date} is after the as-of date ${p.asOf}`,
    range_too_long: (p) => `Date range too long: ${p.days} days, at most ${p.maximum} at once`,
    date_out_of_range: (p) => `Date ${p.value} is outside ${p.first} to ${p.last}`,
    not_finite: (p) => `Expected a finite number, got ${p.value}`,
    too_many_occurrences: (p) => `The recurrence yields more than ${p.limit} occurrences`,
    rrule_invalid: (p) => `Recurrence rule part "${p.part}": ${RRULE_PROBLEMS[p.problem]}`,
    zero_not_allowed: () => 'Must not be 0',
    duplicate_value: (p) => `"${p.value}" is repeated`,
    window_points_order: (p) =>
      `The window expires on day ${p.expiresAfter} after the due day, before it becomes overdue (day ${p.overdueAfter})`,
    window_cadence_mismatch: (p) =>
      `Window "${p.window}" does not fit cadence "${p.cadence}": period windows are for quota cadences only`,
    holiday_date_outside_year: (p) =>
      `The date ${p.date} is outside the ${p.year} holiday arrangement`,
    makeup_workday_not_weekend: (p) =>
      `The make-up working day ${p.date} is not a Saturday or Sunday`,
    holiday_overlap: (p) => `The date ${p.date} is already in the holiday arrangements`,
    holiday_year_known: (p) =>
      `The calendar already holds the national arrangement for ${p.year}; add local days with scope: 'local'`,
    local_holiday_needs_name: () => 'A local holiday needs its name',
    policy_overlap: (p) =>
      `Policies "${p.first}" and "${p.second}" of ${p.jurisdiction} are in force on the same days`,
    policy_gap: (p) =>
      `No policy of ${p.jurisdiction} is in force from ${p.from} to ${p.to} (between "${p.after}" and "${p.before}")`,
    policy_conflict: (p) => `The policy parameter ${p.parameter} contradicts ${p.other}`,
    policy_unchecked: () =>
      'This policy has not been checked: check it with parsePolicy first (or use DEFAULT_POLICY)',
    lunar_date_invalid: (p) =>
      `Lunar ${p.year}, ${p.isLeapMonth ? 'leap ' : ''}month ${p.month}, day ${p.day} does not exist`,
    lunar_date_out_of_range: (p) =>
      `The date ${p.date} is outside the lunar calendar's range (${p.first} to ${p.last})`,
    lunar_year_out_of_range: (p) =>
      `The lunar year ${p.year} is outside the range ${p.first}–${p.last}`,
    resident_id_format: (p) =>
      `A resident ID number has 18 characters (or 15 in the old form), digits with an optional final X; got ${p.length}`,
    resident_id_checksum: (p) =>
      `Resident ID number check character is wrong: expected ${p.expected}, got ${p.actual}`,
    resident_id_birth_date: (p) =>
      `The birth date ${p.digits} in the resident ID number does not exist`,
    birth_date_mismatch: (p) =>
      `Birth date ${p.birthDate} differs from ${p.fromResidentId} in the resident ID number`,
    sex_mismatch: (p) => `Sex (${p.sex}) differs from the resident ID number (${p.fromResidentId})`,
    phone_format: () =>
      'A phone number is an 11-digit mobile number or a landline with its area code',
    region_code_format: (p) => `"${p.value}" is not a valid division code (6 or 12 digits)`,
    region_code_level: (p) =>
      `Wrong division level: expected ${list(p.expected.map((level) => en.labels.regionLevel[level]))}, got ${en.labels.regionLevel[p.actual]}`,
    region_outside_parent: (p) => `Division code ${p.code} is not inside its parent ${p.parent}`,
    duplicate_id: (p) => `Id "${p.id}" is used twice (first at ${formatPath(p.firstPath)})`,
    unknown_reference: (p) => `No ${REFERENCE_KINDS[p.kind]} with id "${p.id}"`,
    visit_outcome_conflict: (p) =>
      p.fact === 'channel'
        ? '"Call not connected" applies only to a phone call'
        : p.outcome === 'completed'
          ? 'A completed visit has no reason for not being done'
          : 'A visit not done needs a reason',
    service_task_category: (p) =>
      `The task "${labelOr(en.labels.serviceTask, p.task)}" belongs to "${labelOr(en.labels.serviceCategory, p.category)}", which the record does not list`,
    amendment_cycle: (p) => `The correction "${p.id}" amends records in a circle`,
    living_arrangement_conflict: (p) =>
      `Living arrangement "${labelOr(en.labels.livingArrangement, p.livingArrangement)}" contradicts ${p.fact}`,
    child_facts_conflict: (p) => `The facts about this child contradict each other (${p.fact})`,
    economic_status_conflict: (p) =>
      `Recorded as "${labelOr(en.labels.economicHardshipStatus, p.status)}", yet a check found that no economic-hardship status applies`,
    pairing_member_count: (p) =>
      `A "${labelOr(en.labels.pairingPattern, p.pattern)}" pairing takes ${p.minimum}${p.maximum === p.minimum ? '' : `–${p.maximum}`} current members; it has ${p.actual}`,
    pairing_primary_count: (p) =>
      `A pairing needs exactly one current primary member; it has ${p.actual}`,
    pairing_member_duplicate: (p) =>
      `Caregiver "${p.caregiverId}" appears twice in the same pairing`,
    mutual_aid_member_duplicate: (p) =>
      `Elder "${p.elderId}" appears twice in the mutual-aid group`,
    mutual_aid_leader_not_member: (p) =>
      `The leader "${p.leaderId}" of a mutual-aid group must be one of its members`,
    pairing_end_incomplete: () => 'An ended pairing needs an end date and an end reason',
    duplicate_correction: (p) =>
      `Record "${p.id}" is already corrected (at ${formatPath(p.firstPath)}): correct that correction instead`,
    duty_plan_role: (p) =>
      `Duty ${p.duty} obliges the plan ${p.preset}, made by ${labelOr(CAREGIVER_ROLES_EN, p.role)}, a role the duty does not allow`,
    duty_group_uncovered: (p) => `No duty covers ${labelOr(SUBJECT_GROUPS_EN, p.group)}`,
    holder_outside_area: (p) => `Caregiver ${p.caregiverId} no longer serves this ${p.area}`,
    cell_format: (p) => `"${p.value}" is not ${CELL_KINDS[p.expected]}`,
    number_precision_lost: (p) =>
      `"${p.value}" was turned into a rounded number by the spreadsheet: format the column as text and enter it again`,
    masked_value: (p) => `"${p.value}" is masked and cannot be read back; it stays unknown`,
    duplicate_column: (p) => `Column "${p.column}" appears twice`,
    duplicate_row_id: (p) => `Id "${p.id}" is used twice (first in row ${p.firstRow})`,
    json_too_deep: (p) => `The JSON nests deeper than ${p.maximum} levels`,
    csv_quote: () =>
      'A quote in this row is not closed or is out of place; it may have swallowed the rows after it',
    unreadable_file: (p) =>
      `The file cannot be read: it is not a valid ${p.format.toUpperCase()} file`,
    sheet_missing: (p) => `The workbook has no sheet "${p.sheet}" (it has: ${list(p.sheets)})`,
    csv_encoding: (p) =>
      `This row has bytes that are not valid ${p.encoding} (the file was read as ${p.encoding}); save the file again as UTF-8`,
    work_limit: (p) =>
      `Stopped after ${p.limit} ${WORK_KINDS[p.what]}: the input never ends or is too long`,
    input_too_large: (p) => `Too large: ${p.size} ${SIZE_KINDS[p.what]}, at most ${p.limit}`,
    invalid_argument: (p) => `Invalid argument ${p.name}: ${ARGUMENT_RULES[p.rule]}`,
    unreachable: (p) => `Internal error: unexpected ${p.what}`,
    // Follow-up: cases.
    case_without_cause: () =>
      'A case opens about an incident (spec §2 R4) or a major event (R10): give one',
    case_not_open: (p) =>
      p.openedOn === null
        ? `Case "${p.caseId}" was never opened`
        : `Case "${p.caseId}" opened on ${p.openedOn}, after this event's day ${p.on}`,
    case_transition: (p) => {
      const step = (s: string) => `"${labelOr(en.labels.caseStep, s)}"`;
      const event = `"${labelOr(en.labels.caseEventType, p.event)}"`;
      const needs = p.needs.map(step).join(p.anyOf ? ' or ' : ' and ');
      return `Case "${p.caseId}" is at step ${step(p.step)}: ${event} ${
        p.needs.length === 0 ? 'is not allowed now' : `needs ${needs} first`
      }`;
    },

    // Follow-up: referrals.
    referral_unknown: (p) => `No referral with id "${p.referralId}"`,
    referral_transition: (p) =>
      `Referral "${p.referralId}" is in state "${labelOr(en.labels.referralState, p.state)}": "${labelOr(en.labels.referralEventType, p.event)}" cannot follow`,
    referral_event_early: (p) =>
      `The event of referral "${p.referralId}" on ${p.on} is before the referral was suggested on ${p.suggestedOn}`,
    // Follow-up: the ledger over time.
    fact_path_invalid: (p) => `Cannot change ${p.path}: ${FACT_PATH_PROBLEMS_EN[p.problem]}`,
    fact_register_conflict: (p) =>
      p.problem === 'withOtherChanges'
        ? "A new elder's registration cannot be combined with other changes"
        : "The registered elder's id is not the elder id given",
    census_month: (p) =>
      `The census is taken in ${list(p.months.map(monthName))}; this record is dated in ${monthName(p.month)}`,
    // Ledger files: columns.
    place_unresolved: (p) =>
      `"${p.value}" does not say whether it is inside the elder's county; kept as the address, the county is unknown`,
    away_date_unanchored: (p) =>
      `"${p.value}" gives no date, and the file has no reporting date to count back from; since when stays unknown`,
    date_ambiguous: (p) =>
      `${p.value} was stored as a number, so its month may be January or October: format the column as text and enter it again`,
    // Ledger files: children on rows of their own, children sheets.
    child_row_conflict: (p) =>
      `This row continues the elder of row ${p.elderRow} (no ID or name of its own), but its "${p.column}" differs from that row's: give the elder's details once, or the child its own elder`,
    too_many_children: (p) => `More than ${p.limit} children for one elder: this row is not read`,
    child_row_no_key: () =>
      "This child's row names no elder: fill in the elder's ID or resident ID number",
    child_key_masked: (p) =>
      `"${p.key}" is masked and cannot be matched to an elder: use the elder's ID or the full number`,
    child_row_unmatched: (p) => `No elder "${p.key}" in the ledger: this child's row is not read`,
    child_column_unknown: (p) =>
      `Column "${p.column}" of the children sheet is neither the elder's key nor a child's column: it is not read`,
    // api-errors: names looked up in a fixed table.
    unknown_name: (p) =>
      `Unknown ${NAME_KINDS_EN[p.kind]} "${p.name}"; the ${NAME_KINDS_EN[p.kind]}s are: ${list(p.known)}`,
    // api-elig: renamed fields of stored data.
    deprecated_name_with_current: (p) =>
      `Both ${p.current} and its former name ${p.name} are given: keep only ${p.current}`,
    // api-plan: options given inside the data.
    moved_to_options: (p) =>
      `${p.name} is an option now: pass it in the options, the last argument, not in the data`,
  },
  // api-errors: the words of an error's message.
  error: {
    found: (value) => ` (found ${value})`,
    more: (count) => ` (and ${count} more)`,
  },

  labels: {
    abilityLevel: {
      intact: 'ability intact',
      mild: 'mildly impaired (mild disability)',
      moderate: 'moderately impaired (moderate disability)',
      severe: 'severely impaired (severe disability)',
      total: 'ability lost (total disability)',
    },
    awayReason: {
      migrantWork: 'migrant work',
      business: 'business',
      study: 'study',
      military: 'military service',
      marriage: 'marriage',
      medicalTreatment: 'medical treatment elsewhere',
      imprisonment: 'imprisonment',
      other: 'other',
    },
    caregiverRole: CAREGIVER_ROLES_EN,
    childRelation: { son: 'son', daughter: 'daughter' },
    duty: {
      townshipContract: 'township cadre contract (乡包保)',
      villageContract: 'village cadre contract (村包保)',
      teacherContract: 'teacher contract (教师包保)',
      volunteerVisits: 'volunteer visits',
      villageLiaison: 'village committee liaison (联系制度)',
      villageDoctorCare: 'village doctor care',
      neighbourWatch: 'neighbour watch (邻里结对)',
    },
    category: {
      leftBehindChild: 'left-behind child (留守儿童)',
      leftBehindElder: 'rural left-behind elder (留守)',
      leftBehindScreeningScope: 'left-behind screening scope',
      emptyNestElder: 'empty-nest elder (空巢)',
      livesAlone: 'living alone (独居)',
      solitaryElder: 'solitary elder (孤寡)',
      advancedAge: 'advanced age (高龄)',
      disabled: 'disabled (失能)',
      semiDisabled: 'semi-disabled (半失能)',
      minimumLivingAllowance: 'minimum living allowance (低保)',
      extremeHardship: 'extreme hardship (特困)',
      fiveGuarantee: 'five-guarantee (五保)',
      threeNo: '"three-no" person (三无)',
      economicHardship: 'economic hardship',
      poor: 'poor (贫困)',
      priorityTarget: 'priority target (重点对象)',
      priorityAssistanceTarget: 'priority assistance target (重点帮扶对象)',
      trackContinuously: 'track continuously (随时跟踪)',
      immediateReport: 'report immediately',
      keepOneChildHome: 'one child should stay home',
      entrustmentMissing: 'no entrusted carer',
      lowFeeCareEligible: 'eligible for low-fee care',
      emptyNestPriority: 'empty-nest priority',
      facilityPriority: 'priority for nearby services',
      mutualAidReport: 'mutual-aid group report (老老互助)',
    },
    consentBy: { elder: 'the elder', guardian: 'guardian', familyMember: 'family member' },
    dayKind: {
      workday: 'working day',
      weekend: 'weekend',
      holiday: 'public holiday',
      makeupWorkday: 'make-up working day (调休)',
    },
    disabilityCategory: {
      visual: 'visual',
      hearing: 'hearing',
      speech: 'speech',
      physical: 'physical',
      intellectual: 'intellectual',
      mental: 'mental',
      multiple: 'multiple',
    },
    economicHardshipStatus: {
      minimumLivingAllowance: 'minimum living allowance (低保)',
      extremeHardship: 'extreme hardship (特困)',
      fiveGuarantee: 'five-guarantee (五保)',
      threeNo: '"three-no" (三无)',
      povertyRegistered: 'poverty registration (建档立卡)',
      povertyMonitoring: 'under poverty monitoring',
      otherHardship: 'other hardship',
    },
    enrolmentStatus: {
      notAssessed: 'not assessed',
      referred: 'referred',
      enrolled: 'enrolled',
      rejected: 'rejected',
      notApplicable: 'not applicable',
    },
    festival: {
      newYearsDay: "New Year's Day",
      springFestival: 'Spring Festival (春节)',
      lanternFestival: 'Lantern Festival (元宵)',
      qingming: 'Qingming (清明)',
      labourDay: 'Labour Day',
      dragonBoat: 'Dragon Boat Festival (端午)',
      qixi: 'Qixi (七夕)',
      midAutumn: 'Mid-Autumn Festival (中秋)',
      nationalDay: 'National Day',
      doubleNinth: "Double Ninth Festival (重阳), Seniors' Day",
      laba: 'Laba Festival (腊八)',
      newYearsEve: "Chinese New Year's Eve (除夕)",
    },
    holiday: {
      newYearsDay: "New Year's Day",
      springFestival: 'Spring Festival',
      qingming: 'Qingming Festival',
      labourDay: 'Labour Day',
      dragonBoat: 'Dragon Boat Festival',
      midAutumn: 'Mid-Autumn Festival',
      nationalDay: 'National Day',
      springFestivalExtension: 'Spring Festival extension (2020)',
      victoryDay: 'Victory Day, 70th anniversary (2015)',
      local: 'local holiday',
    },
    entrustedCarerRelation: {
      relative: 'relative',
      neighbour: 'neighbour',
      friend: 'friend',
      other: 'other',
    },
    incident: {
      wanderingOrBegging: 'wandering or begging',
      illegalInfringement: 'unlawful infringement',
      criticalIllness: 'critical illness',
      severeMentalIllness: 'severe mental illness',
      majorDifficulty: 'major difficulty',
    },
    guardianRelation: {
      grandparent: 'grandparent',
      relative: 'other relative',
      friend: 'family friend',
      parent: 'parent',
      other: 'other',
    },
    majorEvent: {
      illness: 'illness',
      naturalDisaster: 'natural disaster',
      accident: 'accident',
      other: 'other major event',
    },
    responsibleParty: {
      cadres: 'township and village cadres (包保)',
      teacher: 'a teacher (包保)',
      notStated: 'not stated by the text',
      unknown: 'unknown until the school stage is recorded',
    },
    schoolStage: {
      preschool: 'pre-school',
      primary: 'primary school',
      juniorSecondary: 'junior secondary school',
      seniorSecondary: 'senior secondary school',
      notInSchool: 'not in school',
    },
    institution: {
      nursingHome: 'nursing home (敬老院)',
      happinessHome: 'rural happiness home (幸福院)',
      other: 'other institution',
    },
    livingArrangement: {
      alone: 'alone',
      spouseOnly: 'with spouse only',
      withGrandchildren: 'with grandchildren (skipped generation)',
      withChildren: 'with children',
      withOthers: 'with others',
      institution: 'in an institution',
    },
    pairingEndReason: {
      caregiverLeft: 'caregiver left',
      caregiverOverloaded: 'caregiver overloaded',
      reassigned: 'reassigned',
      elderMoved: 'elder moved away',
      elderMovedInWithChildren: 'elder moved in with children',
      elderDeceased: 'elder deceased',
      elderNoLongerEligible: 'elder no longer eligible',
      elderDeclined: 'elder declined',
      other: 'other',
    },
    pairingMemberRole: { primary: 'primary', partner: 'partner', backup: 'backup' },
    pairingPattern: {
      oneToOne: 'one-to-one',
      manyToOne: 'many-to-one',
      manyForOne: 'many-for-one (多带一)',
      neighbourPairing: 'neighbour pairing',
      responsibilityContract: 'responsibility contract (包保)',
      liaisonAssignment: 'liaison (联系制度)',
    },
    pairingStatus: { active: 'active', suspended: 'suspended', ended: 'ended' },
    povertyMonitoring: {
      none: 'not monitored',
      unstableOutOfPoverty: 'unstable out of poverty',
      atRiskOfPoverty: 'at risk of poverty',
      suddenHardship: 'sudden severe hardship',
    },
    programme: {
      minimumLivingAllowance: 'minimum living allowance (低保)',
      medicalAssistance: 'medical assistance',
      temporaryAssistance: 'temporary assistance',
      advancedAgeAllowance: 'advanced-age allowance',
      assistiveDevices: 'rehabilitation and assistive devices',
      disabilityAllowance: 'disability allowance',
      housingRenovation: 'dilapidated-house renovation',
      familyDoctorContract: 'family-doctor contract',
      residentMedicalInsurance: 'resident medical insurance',
      povertyRegistration: 'poverty registration (建档立卡)',
      lowFeeInstitutionalCare: 'low-fee care in a nursing home',
      nursingHomeAccess: 'nursing-home access',
      centralisedSupport: 'centralised support for extreme hardship',
      homeCareCentre: 'rural home-care service centre',
      dayCareCentre: 'day-care centre',
      freeHealthCheck: 'free health check',
      legalAid: 'legal aid',
    },
    regionLevel: {
      province: 'province',
      city: 'city',
      county: 'county',
      township: 'township',
      village: 'village',
    },
    reportRecipient: REPORT_RECIPIENTS_EN,
    escalationRecipient: {
      caregiver: 'caregiver',
      ...REPORT_RECIPIENTS_EN,
      groupCadre: 'villager-group (组) cadres',
    },
    residenceSetting: { rural: 'rural', urban: 'urban' },
    serviceCategory: {
      dailyLivingCare: 'daily-living care',
      psychologicalComfort: 'psychological comfort',
      healthCare: 'health care',
      emergencyHelp: 'emergency help',
      recreationCulture: 'recreation and culture',
      legalAid: 'legal aid',
      safetyEducation: 'safety education',
      condolenceVisit: 'condolence visit',
      mutualAid: 'mutual aid',
    },
    sex: { male: 'male', female: 'female' },
    spouseStatus: {
      married: 'married',
      widowed: 'widowed',
      divorced: 'divorced',
      neverMarried: 'never married',
    },
    supportObligorRelation: {
      grandchild: 'grandchild',
      childInLaw: 'child-in-law',
      sibling: 'sibling',
      other: 'other',
    },
    tri: { yes: 'yes', no: 'no', unknown: 'unknown' },
    visitKind: {
      homeVisit: 'home visit',
      childContact: 'contact with children',
      elderCall: 'call to the elder',
      healthCheck: 'health check',
      census: 'census',
      screening: 'screening',
      festivalVisit: 'festival visit',
      activity: 'activity',
      supervision: 'supervision',
    },
    visitChannel: { inPerson: 'in person', phone: 'phone', sms: 'SMS', online: 'online' },
    holidayPolicy: {
      keep: 'keep holidays',
      skip: 'skip holidays',
      previousWorkingDay: 'move to the previous working day',
      nextWorkingDay: 'move to the next working day',
    },
    holidayOutcome: {
      moved: 'moved for a holiday',
      notMovable: 'no working day in the window: not moved',
      calendarUnknown: "the year's holidays are not known: not moved",
    },
    occurrenceState: {
      upcoming: 'upcoming',
      open: 'open',
      due: 'due',
      overdue: 'overdue',
      expired: 'expired',
      completed: 'completed',
      notDone: 'not done',
      cancelled: 'cancelled',
    },
    quotaPeriod: {
      week: 'weekly',
      month: 'monthly',
      quarter: 'quarterly',
      halfYear: 'half-yearly',
      year: 'yearly',
    },
    visitOutcome: { completed: 'visited', notDone: 'not visited' },
    visitCounterpart: {
      elder: 'the elder',
      children: 'the children',
      parents: 'the parents',
      guardian: 'the guardian',
      other: 'someone else',
    },
    notDoneReason: {
      notAtHome: 'not at home',
      awayForTreatment: 'away for treatment',
      refused: 'refused',
      movedInWithChildren: 'moved in with children',
      deceased: 'deceased',
      callNotConnected: 'call not connected',
      other: 'other',
    },
    serviceTask: {
      cleaning: 'cleaning',
      laundry: 'laundry',
      cooking: 'cooking',
      haircut: 'haircut',
      mealDelivery: 'meal delivery',
      proxyShopping: 'shopping on their behalf',
      medicalEscort: 'escort to the doctor',
      bloodPressureGlucoseCheck: 'blood pressure and glucose check',
      medicineDelivery: 'medicine delivery',
      healthCheck: 'health check',
      chat: 'chat',
      readingAloud: 'reading aloud',
      counselling: 'counselling',
      emergencyAssistance: 'emergency assistance',
      culturalActivity: 'cultural activity',
      legalConsultation: 'legal consultation',
      safetyEducation: 'safety education',
      giftDelivery: 'gift delivery',
    },
    ageBand: {
      under60: 'under 60',
      '60to69': 'aged 60–69',
      '70to79': 'aged 70–79',
      '80to89': 'aged 80–89',
      '90plus': 'aged 90 and over',
      unknown: 'age unknown',
    },
    reportColumn: {
      code: 'division code',
      level: 'level',
      name: 'name',
      elders: 'elders',
      leftBehind: 'left-behind elders',
      emptyNest: 'empty-nest elders',
      priority: 'priority elders',
      paired: 'paired',
      visitsDue: 'visits due',
      visitsCompleted: 'visits made',
      visitRate: 'visits made (%)',
      childContactRate: 'calls to children made (%)',
      censusRate: 'census done (%)',
      expired: 'visits expired',
      incidents: 'incidents reported',
      caregiverId: 'holder',
      role: 'role',
      duty: 'duty',
      subjects: 'subjects held',
      late: 'visits made late',
      livingArrangementUnknown: 'living arrangement unknown',
      abilityNotAssessed: 'ability not assessed',
    },
    observationFlag: {
      unsafeHousing: 'unsafe housing',
      noHeatingOrCooling: 'no heating or cooling',
      foodShortage: 'short of food',
      poorHygiene: 'poor hygiene',
      fireOrGasHazard: 'fire or gas hazard',
      fallRisk: 'risk of falling',
      lonely: 'lonely',
      unwell: 'unwell',
      needsCare: 'needs care',
    },
    // Follow-up: cases.
    caseStep: {
      reported: 'reported',
      acknowledged: 'acknowledged by the village committee',
      townshipInformed: 'township government informed',
      countyInformed: 'county civil-affairs department informed',
      responding: 'responding',
      resolved: 'resolved',
      closed: 'closed',
    },
    caseEventType: {
      opened: 'open',
      acknowledged: 'acknowledge',
      informed: 'inform',
      responded: 'respond',
      noted: 'note',
      resolved: 'resolve',
      closed: 'close',
      reopened: 'reopen',
    },
    caseOrigin: {
      visitRecord: 'found on a visit',
      neighbourReport: "a neighbour's report",
      familyReport: "the family's report",
      deviceAlert: 'one-touch call alarm (一键呼叫)',
      mutualAidGroup: "a mutual-aid group's report",
      other: 'another way',
    },
    caseResponse: {
      relief: 'care and relief (救助)',
      medical: 'medical care',
      police: 'police',
      guardian: 'guardian or family',
    },
    caseReporterRole: {
      neighbour: 'neighbour',
      family: 'family',
      elder: 'the elder',
      device: 'call device',
      mutualAidGroup: 'mutual-aid group',
      other: 'someone else',
    },
    caseAgeBand: {
      '0to1': '0–1 days',
      '2to7': '2–7 days',
      '8to30': '8–30 days',
      '31plus': '31 days or more',
    },
    // Follow-up: referrals.
    referralState: {
      suggested: 'suggested',
      applied: 'applied',
      approved: 'approved',
      refused: 'refused',
      withdrawn: 'withdrawn',
    },
    referralEventType: {
      applied: 'application filed',
      approved: 'approved',
      refused: 'refused',
      withdrawn: 'withdrawn',
    },
    // Follow-up: the ledger over time.
    factSource: {
      visit: 'visit',
      census: 'census',
      familyReport: 'report by the family',
      assessment: 'ability assessment',
      review: 'review of the ledger',
      other: 'other',
    },
    ledgerChangeDirection: {
      entered: 'entered',
      left: 'left',
      ruledOut: 'ruled out',
      inDoubt: 'to be verified',
    },
    ledgerChangeCause: {
      update: 'fact update',
      registered: 'newly registered',
      time: 'passage of time',
    },
    // Ledger files: layouts.
    skippedRowReason: {
      title: 'title',
      reportLine: 'reporting line',
      heading: 'heading',
      blank: 'blank row',
      total: 'totals row',
      note: 'note',
    },
    // Ledger files: the report workbook.
    reportSheet: {
      ledger: 'Ledger statistics',
      supervision: 'Supervision summary',
      holders: 'Duty holders',
      responsibilities: 'Responsibility list',
    },
    responsibilityColumn: {
      villageCode: 'Village code',
      village: 'Village',
      elderId: 'Elder ID',
      elderName: 'Elder',
      duty: 'Duty',
      holder: 'Holder',
      role: 'Role',
      phone: 'Phone',
      visits: 'Visits',
      unheld: 'none held',
      asOf: 'As of',
      period: 'Period',
    },
  },
};

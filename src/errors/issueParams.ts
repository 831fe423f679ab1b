/**
 * Every issue code guanai can report, with the parameters each one carries.
 * Adding a code here forces a message for it in every locale (see `guanai/i18n`).
 * @module
 */

/**
 * The kind of region a code names (GB/T 2260 and the statistical 12-digit codes).
 * @category Places
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** What a function's argument must be, for `invalid_argument`. @category Issues */
export type ArgumentRule =
  | 'integer'
  | 'nonNegativeInteger'
  | 'positiveInteger'
  | 'maskHidesSomething'
  | 'ledgerKind'
  | 'rowsOfCells'
  | 'finiteNumber'
  | 'plainDate'
  | 'array'
  | 'object'
  | 'string'
  | 'csvDelimiter'
  | 'fileContent'
  | 'function'
  // Ledger files: facts.
  | 'boolean'
  | 'ledgerLists'
  // Ledger files: children sheets.
  | 'eldersOnly'
  // Tracking: a match handed to a report.
  | 'matchOfOccurrences';

/**
 * Which bounded piece of work ran into its limit, for `work_limit`.
 * @category Issues
 */
export type WorkKind =
  /** Candidate dates a recurrence rule may step through. */
  | 'recurrenceSteps'
  /** Periods (weeks, months, quarters …) a plan may step through. */
  | 'periods'
  /** Corrections amending corrections, one after another. */
  | 'amendmentChain'
  /** Days searched for a working day (a calendar that rests for too long). */
  | 'workingDaySearch';

/**
 * Which size of an input passed its limit, for `input_too_large`.
 * @category Issues
 */
export type SizeKind =
  /** Bytes of a file as given. */
  | 'fileBytes'
  /** Bytes of a file once unpacked (a workbook's XML). */
  | 'unpackedBytes'
  /** Cells of a sheet. */
  | 'cells'
  /** Rows of a sheet or file. */
  | 'rows'
  /** Characters of one text value. */
  | 'textLength';

/**
 * What is wrong with the path of a fact update (a change to an elder's record), for
 * `fact_path_invalid`.
 * @category Issues
 */
export type FactPathProblem =
  /** The elder record has no such field. */
  | 'unknownField'
  /** A field that never changes: the elder's id. */
  | 'fixed'
  /** An `append` to a field that is not a list. */
  | 'notAList'
  /** A list index past the end of the list as it stands. */
  | 'indexOutOfRange';

/** What is wrong with one part of a recurrence rule, for `rrule_invalid`. @category Issues */
export type RRuleProblem =
  /** Not `NAME=VALUE`. */
  | 'syntax'
  /** A part RFC 5545 and RFC 7529 do not define. */
  | 'unknownName'
  /** A part given twice. */
  | 'repeated'
  /** A value out of range or malformed. */
  | 'badValue'
  /** No FREQ. */
  | 'missingFreq'
  /** Both COUNT and UNTIL. */
  | 'countWithUntil'
  /** SKIP without RSCALE (RFC 7529). */
  | 'skipWithoutRscale'
  /** A leap month (`5L`) or month 13 without a lunar RSCALE. */
  | 'leapMonthWithoutRscale'
  /** Valid, but not supported here (an RSCALE other than CHINESE, a TZID other than China's). */
  | 'unsupported'
  /** A content line other than DTSTART, RRULE, RDATE or EXDATE. */
  | 'unknownLine'
  /** No DTSTART line. */
  | 'missingStart'
  /** A rule that can never match from its DTSTART (`FREQ=HOURLY;INTERVAL=2;BYHOUR=0` from 09:00). */
  | 'neverMatches';

/**
 * Which fixed table a name is looked up in, for `unknown_name`.
 * @category Issues
 */
export type NameKind =
  /** A programme preset of `planFromPreset` (`PROGRAMME_PRESETS`). */
  | 'preset'
  /** A festival of `festivalDate`. */
  | 'festival'
  /** A quota period of `periodOf` (week, month …). */
  | 'quotaPeriod';

/**
 * Parameters of each issue code. The keys are the snake_case issue codes.
 * @category Issues
 */
export interface IssueParams {
  // Shape errors, mapped from the schema validator.
  /** A value of the wrong type; `received` is the JSON type that came in. */
  invalid_type: { expected: string; received: string };
  /** A number, string or list below its minimum. */
  too_small: { origin: string; minimum: number; inclusive: boolean };
  /** A number, string or list above its maximum. */
  too_big: { origin: string; maximum: number; inclusive: boolean };
  /** A string that does not have the required format. */
  invalid_format: { format: string };
  /** A value outside the allowed set (an enum or literal). */
  invalid_value: { allowed: readonly (string | number | boolean | null)[] };
  /** Keys the schema does not know (a typo is never dropped silently). */
  unrecognized_keys: { keys: readonly string[] };
  /** A value that matches none of the alternatives. */
  invalid_union: Record<string, never>;
  /** A number that is not a multiple of `divisor`. */
  not_multiple_of: { divisor: number };
  /** Any other invalid input. */
  invalid_input: Record<string, never>;

  // Dates and times.
  /** Not a real calendar date in `YYYY-MM-DD` form. */
  invalid_plain_date: { value: string };
  /** Not a wall-clock time in `HH:mm` form. */
  invalid_time_of_day: { value: string };
  /** Not a local date-time in `YYYY-MM-DDTHH:mm[:ss]` form. */
  invalid_plain_date_time: { value: string };
  /** A date or time range whose end comes before its start. */
  range_reversed: { from: string; to: string };
  /** A date after the as-of date it must not pass. */
  date_after_as_of: { date: string; asOf: string };
  /** A date range longer than a function handles at once (expansion horizons). */
  range_too_long: { days: number; maximum: number };
  /** A date the library's calendar arithmetic cannot reach (before 0001-01-01 or after 9999-12-31). */
  date_out_of_range: { value: string; first: string; last: string };

  // Recurrence.
  /** A number that must be finite (a cost, a load): Infinity is not a number a solver can use. */
  not_finite: { value: string };
  /** A recurrence that yields more occurrences than the caller's limit. */
  too_many_occurrences: { limit: number };
  /** One part of an RRULE (or a line of recurrence text) is wrong. */
  rrule_invalid: { part: string; problem: RRuleProblem };
  /** A value that counts from the start (positive) or the end (negative) cannot be 0. */
  zero_not_allowed: Record<string, never>;
  /** The same value twice in a list that must not repeat (weekdays, months, festivals). */
  duplicate_value: { value: string };
  /** A visit window that expires before it becomes overdue. */
  window_points_order: { overdueAfter: number; expiresAfter: number };
  /** A period window needs a quota cadence, and a quota needs a period window. */
  window_cadence_mismatch: { window: string; cadence: string };

  // Calendar.
  /** A holiday-arrangement date more than a month away from the arrangement's year. */
  holiday_date_outside_year: { date: string; year: number };
  /** A make-up working day (调休上班) that is not a Saturday or Sunday. */
  makeup_workday_not_weekend: { date: string };
  /** A date that an added arrangement lists when the calendar already has it. */
  holiday_overlap: { date: string };
  /** A national arrangement for a year the calendar already holds (add local days with `scope: 'local'`). */
  holiday_year_known: { year: number };
  /** A `local` holiday without the name people call it by. */
  local_holiday_needs_name: Record<string, never>;
  /** A lunar date that does not exist (e.g. the 30th of a 29-day month, a leap month the year lacks). */
  lunar_date_invalid: { year: number; month: number; day: number; isLeapMonth: boolean };
  /** A date outside the range the lunar table covers. */
  lunar_date_out_of_range: { date: string; first: string; last: string };
  /** A lunar year outside the range the lunar table covers. */
  lunar_year_out_of_range: { year: number; first: number; last: number };

  // Policies.
  /** Two policies of one jurisdiction in force on the same day. */
  policy_overlap: { jurisdiction: string; first: string; second: string };
  /** Days between two policies of one jurisdiction when neither is in force. */
  policy_gap: { jurisdiction: string; after: string; before: string; from: string; to: string };
  /** A policy parameter that contradicts another of the same policy (a range upside down, a level in two lists). */
  policy_conflict: { parameter: string; other: string };
  /** A policy a classifier cannot trust: not `DEFAULT_POLICY` nor one checked by `parsePolicy` (or the `Policy` schema). */
  policy_unchecked: Record<string, never>;

  // Identity (GB 11643-1999).
  /** A resident ID number that is not 15 or 18 characters of digits (and a final X). */
  resident_id_format: { length: number };
  /** A resident ID number whose check character is wrong. */
  resident_id_checksum: { expected: string; actual: string };
  /** A resident ID number whose birth-date digits name no real day. */
  resident_id_birth_date: { digits: string };
  /** A birth date that differs from the one in the resident ID number. */
  birth_date_mismatch: { birthDate: string; fromResidentId: string };
  /** A sex that differs from the one in the resident ID number. */
  sex_mismatch: { sex: string; fromResidentId: string };
  /** A phone number that is neither a mainland mobile nor a landline number. */
  phone_format: Record<string, never>;

  // Regions and areas.
  /** Not a 6- or 12-digit division code of a known level. */
  region_code_format: { value: string };
  /** A region code of the wrong level here. */
  region_code_level: { expected: readonly RegionLevel[]; actual: RegionLevel };
  /** A child area whose code is not inside its parent's code. */
  region_outside_parent: { code: string; parent: string };

  // Records and ledgers.
  /** A second record or code with an id already used; `firstPath` leads to the first. */
  duplicate_id: { id: string; firstPath: readonly (string | number)[] };
  /** A reference to a record that the batch does not contain. */
  unknown_reference: {
    kind: 'elder' | 'caregiver' | 'agent' | 'job' | 'visitRecord' | 'occurrence';
    id: string;
  };
  /** A visit record whose outcome contradicts its not-done reason or its channel. */
  visit_outcome_conflict: { outcome: 'completed' | 'notDone'; fact: 'notDoneReason' | 'channel' };
  /** A task whose service category the record does not list. */
  service_task_category: { task: string; category: string };
  /** Corrections that amend each other round in a circle (or a record that amends itself). */
  amendment_cycle: { id: string };
  /** A living arrangement that contradicts the household facts. */
  living_arrangement_conflict: { livingArrangement: string; fact: string };
  /** Contradictory facts about a child. */
  child_facts_conflict: { fact: string };
  /** An economic status recorded as applying beside the finding that none applies (`noHardshipAssessedOn`). */
  economic_status_conflict: { status: string };
  /** A pairing whose number of members does not fit its pattern. */
  pairing_member_count: { pattern: string; minimum: number; maximum: number; actual: number };
  /** A pairing without exactly one current primary member. */
  pairing_primary_count: { actual: number };
  /** A caregiver listed twice at the same time in one pairing. */
  pairing_member_duplicate: { caregiverId: string };
  /** An elder listed twice in one mutual-aid group (老老互助组织). */
  mutual_aid_member_duplicate: { elderId: string };
  /** A mutual-aid group whose leader is not one of its members. */
  mutual_aid_leader_not_member: { leaderId: string };
  /** An ended pairing without an end date and reason. */
  pairing_end_incomplete: Record<string, never>;
  /**
   * A second correction of one record (a fork in its history); `firstPath` leads to the first
   * correction, which stands: a later fix must amend that correction, not the record again.
   */
  duplicate_correction: { id: string; firstPath: readonly (string | number)[] };

  // Duties.
  /** A duty that obliges a programme plan made by a role the duty does not allow. */
  duty_plan_role: { duty: string; preset: string; role: string };
  /** A group the programme puts under someone's responsibility that no duty of the table covers. */
  duty_group_uncovered: { group: string };
  /** A duty holder who no longer serves the subject's area (moved, or the area changed). */
  holder_outside_area: { caregiverId: string; area: string };

  // Ledger files (CSV, XLSX).
  /** A cell that is not the kind of value its column holds. */
  cell_format: { expected: 'integer' | 'number' | 'boolean' | 'json'; value: string };
  /**
   * An id, resident ID or phone number a spreadsheet turned into a rounded number (1.10105E+17,
   * or an integer past what a double holds exactly).
   */
  number_precision_lost: { value: string };
  /** A masked (打码) resident ID or phone number: it cannot be read back and stays unknown. */
  masked_value: { value: string };
  /** A column heading that appears twice. */
  duplicate_column: { column: string };
  /** A row whose id an earlier row of the same file already uses. */
  duplicate_row_id: { id: string; firstRow: number };
  /** A cell whose JSON nests deeper than any ledger field does. */
  json_too_deep: { maximum: number };
  /** A CSV row with a quote left open or out of place: it may have swallowed the rows after it. */
  csv_quote: Record<string, never>;
  /** A file that is not what it should be (not an Excel workbook, say). */
  unreadable_file: { format: 'xlsx' };
  /** A workbook without the sheet asked for. */
  sheet_missing: { sheet: string; sheets: readonly string[] };
  /** A CSV row with bytes that are not valid in the encoding the file was read in: not read as mojibake. */
  csv_encoding: { encoding: 'UTF-8' | 'GB18030' };

  // Bounds.
  /** Work that would pass its documented bound (a rule that never matches, a chain too long). */
  work_limit: { what: WorkKind; limit: number };
  /** An input larger than the function accepts (a workbook too big to unpack safely). */
  input_too_large: { what: SizeKind; size: number; limit: number };

  // Programmer errors (thrown, not returned).
  /** An argument outside what the function accepts. */
  invalid_argument: { name: string; rule: ArgumentRule };
  /** Code reached a state its types rule out. */
  unreachable: { what: string };

  // Follow-up: cases.
  /** An incident case opened with neither the incident (spec §2 R4) nor the major event (R10) it is about. */
  case_without_cause: Record<string, never>;
  /** An event of a case that is not open on the event's day: never opened (`openedOn` null), or opened later. */
  case_not_open: { caseId: string; on: string; openedOn: string | null };
  /**
   * An event its case's step does not allow: `needs` lists the steps to reach first — all of
   * them, or any one when `anyOf` — and is empty when the event is not allowed at this step at
   * all (done already, or the case is resolved or closed and must be reopened).
   */
  case_transition: {
    caseId: string;
    event: string;
    step: string;
    needs: readonly string[];
    anyOf: boolean;
  };
  // Follow-up: referrals.
  /** An event about a referral that no (accepted) suggestion started. */
  referral_unknown: { referralId: string };
  /**
   * An event the referral's state does not allow: a decision before any application, a second
   * application, anything after a decision or a withdrawal.
   */
  referral_transition: { referralId: string; state: string; event: string };
  /** An event dated before its referral was suggested. */
  referral_event_early: { referralId: string; on: string; suggestedOn: string };
  // Follow-up: fact updates and the census.
  /** A fact update's path that leads to no field of the elder record, or to one it may not change. */
  fact_path_invalid: { path: string; problem: FactPathProblem };
  /** A registration (`register`) beside other changes, or of an elder other than the update's. */
  fact_register_conflict: { problem: 'withOtherChanges' | 'otherElderId' };
  /** A census record dated outside the census months (spec §5.2 K31 · S18 L493: March, September). */
  census_month: { month: number; months: readonly number[] };

  // Ledger files: columns.
  /**
   * A place (去向, 现居住地) that does not say whether it lies in the elder's county: the address
   * is kept, the county unknown (so the 留守 answer is 待核实).
   */
  place_unresolved: { value: string };
  /** 常年在外 / 长期外出 in a file with no date to count back from: since when stays unknown. */
  away_date_unanchored: { value: string };
  /** A year and month a spreadsheet holds as a number whose month may be January or October (1958.1). */
  date_ambiguous: { value: string };
  // Ledger files: children on rows of their own, children sheets.
  /**
   * A row below an elder's that continues it (its 编号 / 公民身份号码 / 姓名 blank) but fills an
   * elder cell of `column` with something other than the elder's row `elderRow` has: not folded.
   */
  child_row_conflict: { column: string; elderRow: number };
  /** More children for one elder than a file may list (folded rows or a children sheet). */
  too_many_children: { limit: number };
  /** A row of a children sheet with neither the elder's id nor resident ID number. */
  child_row_no_key: Record<string, never>;
  /** A row of a children sheet whose elder key is masked (身份证号 with *): it cannot be matched. */
  child_key_masked: { key: string };
  /** A row of a children sheet naming an elder the ledger does not have. */
  child_row_unmatched: { key: string };
  /** A column of a children sheet that is neither the elder's key nor a child's column. */
  child_column_unknown: { column: string };
  // api-errors: names looked up in a fixed table.
  /** A name its table does not have (`planFromPreset('weekly')`); `known` lists the names it has. */
  unknown_name: { kind: NameKind; name: string; known: readonly string[] };
  // api-elig: renamed fields of stored data.
  /**
   * A record gives a field under its current name and under its deprecated one (`name`, read
   * only for data stored before 1.0): say it once, as `current`.
   */
  deprecated_name_with_current: { name: string; current: string };
  // api-plan: options given inside the data.
  /**
   * An option (`name`) given inside the data argument, where it sat before 1.0: it belongs in
   * the options object, the last argument (`planVisits(visits, input, { from })`).
   */
  moved_to_options: { name: string };
}

/** A snake_case issue code. @category Issues */
export type IssueCode = keyof IssueParams;

/**
 * guanai (关爱, "care"): the domain of China's rural elder-care programmes — 关爱农村留守老年人
 * (left-behind elders) and 空巢老人 (empty-nest elders) — as a framework-agnostic library.
 *
 * Each module is its own subpath, so that a bundle takes only what it uses; `guanai` itself
 * re-exports the domain modules:
 *
 * - {@link models | guanai/models}: dates, resident IDs, places, elders, caregivers, pairings;
 *   `parseLedger`
 * - {@link calendar | guanai/calendar}: public holidays with 调休, working days, the lunar
 *   calendar, festivals
 * - {@link eligibility | guanai/eligibility}: three-valued classification (留守, 空巢, 独居 …)
 *   with reasons, policies as data
 * - {@link recurrence | guanai/recurrence}: visit plans and cadences, expanded into dated visits
 * - {@link scheduling | guanai/scheduling}: pairing (结对), duties (包保), planning visits
 * - {@link compliance | guanai/compliance}: visit records, coverage, escalation, reports
 * - {@link followup | guanai/followup}: tasks, incident cases, referrals, to-do lists
 * - {@link errors | guanai/errors}: issues as data, `GuanaiError`, `Result`
 * - {@link i18n | guanai/i18n}: issues, labels and explanations in zh-CN and en
 *
 * These are only at their own subpath, not in `guanai`:
 *
 * - {@link io | guanai/io}: ledger files (台账) as CSV, read and written (uses papaparse)
 * - {@link xlsx | guanai/xlsx}: the same as Excel workbooks (needs the optional peer `exceljs`)
 * - {@link ical | guanai/ical}: visits and to-do lists as iCalendar (`.ics`) files
 * - {@link sample | guanai/sample}: a deterministic synthetic county for demos and tests
 *
 * @example
 * ```ts
 * import { classifyLedger, parseLedger } from 'guanai';
 * import { readLedgerCsv } from 'guanai/io';
 * ```
 * @module guanai
 */
export * from './calendar/index.js';
export * from './compliance/index.js';
export * from './eligibility/index.js';
export * from './errors/index.js';
export * from './followup/index.js';
export * from './i18n/index.js';
export * from './models/index.js';
export * from './recurrence/index.js';
export * from './scheduling/index.js';

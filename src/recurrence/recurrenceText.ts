import { GuanaiError, type Issue, issue, type RRuleProblem } from '../errors/index.js';
import { parseICalDateTime, type RRuleParts, readRRule } from './rruleText.js';
import { reachProblems } from './ruleReach.js';

/**
 * Recurrence as iCalendar content lines give it: the first occurrence, the rule (if any), and
 * the dates added and removed — all local wall-clock `YYYY-MM-DDTHH:mm:ss` in China time.
 * @category Recurrence rules
 */
export interface RecurrenceText {
  readonly start: string;
  readonly rule?: RRuleParts;
  readonly rdates: readonly string[];
  readonly exdates: readonly string[];
}

/** Time zones whose wall-clock time is China's (UTC+8, no daylight saving since 1991). */
const CHINA_ZONES = /* @__PURE__ */ new Set([
  'ASIA/SHANGHAI',
  'ASIA/CHONGQING',
  'ASIA/HARBIN',
  'ASIA/URUMQI',
  'PRC',
]);

/**
 * Parse recurrence text — DTSTART, RRULE, RDATE and EXDATE content lines (folded lines
 * allowed) — or throw a {@link GuanaiError} listing every bad line or part. Values with
 * `TZID=Asia/Shanghai` and floating values are China wall-clock time; UTC values (`…Z`) are
 * turned into China time; other zones are not supported.
 * @internal
 */
export function parseRecurrenceText(text: string): RecurrenceText {
  const issues: Issue[] = [];
  const fail = (part: string, problem: RRuleProblem) =>
    issues.push(issue('rrule_invalid', [], { part, problem }));
  let start: string | undefined;
  let sawStart = false;
  let rule: RRuleParts | undefined;
  const rdates: string[] = [];
  const exdates: string[] = [];
  // Unfold (RFC 5545 §3.1): a line starting with a space or tab continues the previous one.
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map((line) => line.trim());
  for (const line of lines) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    const head = (colon < 0 ? line : line.slice(0, colon)).toUpperCase();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    const [name = '', ...params] = head.split(';');
    if (name === 'RRULE') {
      if (rule) fail(line, 'repeated');
      const parsed = readRRule(value);
      issues.push(...parsed.issues);
      rule = parsed.parts;
      continue;
    }
    if (name !== 'DTSTART' && name !== 'RDATE' && name !== 'EXDATE') {
      fail(line, 'unknownLine');
      continue;
    }
    let date = false;
    for (const param of params) {
      const [key, paramValue = ''] = param.split('=');
      if (key === 'TZID' && CHINA_ZONES.has(paramValue.replace(/"/g, ''))) continue;
      if (key === 'VALUE' && (paramValue === 'DATE' || paramValue === 'DATE-TIME')) {
        date = paramValue === 'DATE';
        continue;
      }
      fail(`${name};${param}`, 'unsupported');
    }
    const values: string[] = [];
    for (const item of value.split(',')) {
      const parsed = parseICalDateTime(item.trim().toUpperCase());
      if (parsed && (!date || /^\d{8}$/.test(item.trim()))) values.push(parsed);
      else fail(`${name}:${item}`, 'badValue');
    }
    if (name === 'DTSTART') {
      if (sawStart) fail(line, 'repeated');
      else if (values.length > 1) fail(line, 'badValue');
      sawStart = true;
      start = values[0];
    } else (name === 'RDATE' ? rdates : exdates).push(...values);
  }
  if (!sawStart) fail('DTSTART', 'missingStart');
  if (rule && start !== undefined)
    for (const problem of reachProblems(rule, start)) fail(problem.part, problem.problem);
  if (issues.length > 0 || start === undefined) throw new GuanaiError(issues);
  return rule ? { start, rule, rdates, exdates } : { start, rdates, exdates };
}

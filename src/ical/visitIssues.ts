import { type Issue, issue } from '../errors/index.js';
import { isPlainDate, ServiceCategory } from '../models/index.js';
import { VisitChannel, VisitKind } from '../recurrence/index.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HOLIDAY_OUTCOMES = ['moved', 'notMovable', 'calendarUnknown'] as const;
const DATE_FIELDS = ['openFrom', 'due', 'overdueFrom', 'expiresAt'] as const;

/** The JSON type of a value, for `invalid_type`. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * What is wrong with a visit as `toICalendar` reads it, each issue under `[index, field]`:
 * O(fields), run once per visit exported, so a value that is not an occurrence is a coded
 * error rather than a TypeError or an event with `undefined` in it.
 * @internal
 */
export function visitIssues(visit: unknown, index: number, needsKey: boolean): Issue[] {
  if (typeof visit !== 'object' || visit === null || Array.isArray(visit))
    return [issue('invalid_type', [index], { expected: 'object', received: typeOf(visit) })];
  const fields = visit as Record<string, unknown>;
  const issues: Issue[] = [];
  const at = (field: string) => [index, field];
  for (const field of DATE_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string')
      issues.push(
        issue('invalid_type', at(field), { expected: 'string', received: typeOf(value) }),
      );
    else if (!isPlainDate(value)) issues.push(issue('invalid_plain_date', at(field), { value }));
  }
  const oneOf = (field: string, allowed: readonly string[], optional: boolean) => {
    const value = fields[field];
    if (optional && value === undefined) return;
    if (typeof value !== 'string' || !allowed.includes(value))
      issues.push(issue('invalid_value', at(field), { allowed }));
  };
  oneOf('kind', VisitKind.options, false);
  oneOf('channel', VisitChannel.options, false);
  oneOf('holiday', HOLIDAY_OUTCOMES, true);
  if (needsKey && typeof fields.key !== 'string')
    issues.push(
      issue('invalid_type', at('key'), { expected: 'string', received: typeOf(fields.key) }),
    );
  const { time, durationMinutes, services, plannedDue } = fields;
  if (time !== undefined && (typeof time !== 'string' || !HH_MM.test(time)))
    issues.push(
      issue('invalid_time_of_day', at('time'), {
        value: typeof time === 'string' ? time : typeOf(time),
      }),
    );
  if (durationMinutes !== undefined)
    issues.push(...durationIssues(durationMinutes, at('durationMinutes')));
  if (services !== undefined) {
    if (!Array.isArray(services))
      issues.push(
        issue('invalid_type', at('services'), { expected: 'array', received: typeOf(services) }),
      );
    else
      services.forEach((service, s) => {
        if (!ServiceCategory.options.includes(service))
          issues.push(
            issue('invalid_value', [index, 'services', s], { allowed: ServiceCategory.options }),
          );
      });
  }
  if (plannedDue !== undefined && !isPlainDate(plannedDue))
    issues.push(
      issue('invalid_plain_date', at('plannedDue'), {
        value: typeof plannedDue === 'string' ? plannedDue : typeOf(plannedDue),
      }),
    );
  return issues;
}

/** A duration as a plan gives it: whole minutes, 1 to a day (1440). */
function durationIssues(value: unknown, path: (string | number)[]): Issue[] {
  if (!Number.isInteger(value))
    return [issue('invalid_type', path, { expected: 'int', received: typeOf(value) })];
  if ((value as number) < 1)
    return [issue('too_small', path, { origin: 'number', minimum: 1, inclusive: true })];
  if ((value as number) > 1440)
    return [issue('too_big', path, { origin: 'number', maximum: 1440, inclusive: true })];
  return [];
}

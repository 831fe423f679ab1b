import {
  type HolidayCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from '../calendar/index.js';
import { addDays, type PlainDate } from '../models/index.js';
import type { HolidayOutcome } from './occurrence.js';
import type { HolidayPolicy, VisitWindow } from './visitPlan.js';

/** Where a planned day ends up under a holiday policy. @internal */
export type HolidayMove =
  | { readonly due: PlainDate; readonly outcome?: HolidayOutcome }
  | { readonly skipped: true };

/**
 * Apply a plan's holiday policy to a planned day with a days window. A working day (调休
 * make-up days included) stays; a rest day is kept, skipped, or moved to the previous or next
 * working day — only if that day lies inside the visit's window (`due − openBefore` …
 * `due + expiresAfter`), else it stays and says `notMovable`. A day in a year the calendar does
 * not cover stays and says `calendarUnknown`.
 * @internal
 */
export function moveOffHoliday(
  due: PlainDate,
  policy: HolidayPolicy,
  window: Extract<VisitWindow, { type: 'days' }>,
  calendar: HolidayCalendar,
): HolidayMove {
  if (policy === 'keep') return { due };
  if (!calendar.covers(due)) return { due, outcome: 'calendarUnknown' };
  if (isWorkingDay(due, calendar)) return { due };
  if (policy === 'skip') return { skipped: true };
  const moved =
    policy === 'nextWorkingDay' ? nextWorkingDay(due, calendar) : previousWorkingDay(due, calendar);
  const inside =
    moved >= addDays(due, -window.openBefore) && moved <= addDays(due, window.expiresAfter);
  return inside ? { due: moved, outcome: 'moved' } : { due, outcome: 'notMovable' };
}

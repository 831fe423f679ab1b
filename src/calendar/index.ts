/**
 * China's working calendar and lunar calendar: State Council public holidays with 调休 make-up
 * working days (2007–2026, extensible by the host app), working-day arithmetic, lunar dates
 * (农历) for 1900–2100, and the festivals programmes visit on (春节, 中秋, 重阳 …).
 * Every function takes and returns `YYYY-MM-DD` strings and never reads the clock.
 * @module calendar
 */
export { type DayInfo, type DayKind, dayInfo } from './dayInfo.js';
export {
  eldersMonth,
  FestivalKey,
  type FestivalOccurrence,
  festivalDate,
  festivalsBetween,
} from './festivals.js';
export {
  chinaHolidayCalendar,
  extendHolidayCalendar,
  type HolidayCalendar,
  type ListedRestDay,
} from './holidayCalendar.js';
export { HolidayKey, HolidayYear, type HolidayYearInput, RestDays } from './holidayYear.js';
export {
  fromLunar,
  type LunarDate,
  leapMonthOf,
  lunarMonthLength,
  lunarRange,
  toLunar,
} from './lunar.js';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './workingDays.js';

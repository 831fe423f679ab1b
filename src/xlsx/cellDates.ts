/**
 * Built-in number formats that show a date or time. 14–22 and 45–47 are the formats every
 * locale has; 27–36 and 50–58 are the East Asian ones (yyyy"年"m"月"d"日" and the like) that
 * Excel and WPS in Chinese write without spelling out their code. exceljs knew only the first
 * group and read a 27–36 or 50–58 cell as a bare serial number; a ledger wants its date.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a custom number format code shows a date or time: one of y m d h s (or b, a Buddhist
 * year) outside quoted text and `[...]` sections (colours, locales, elapsed-time brackets aside)
 * — the rule exceljs applies, so that a workbook reads as it did.
 * @internal
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** Whether number format `id` (custom codes by id in `custom`) shows a date. @internal */
export function isDateFormatId(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  if (code !== undefined) return isDateFormat(code);
  return BUILT_IN_DATES.has(id);
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/**
 * The instant a date cell's serial number stands for, at UTC, rounded to the millisecond — as
 * exceljs converts it: serials count days from 1899-12-30 (so a day before 1900-03-01 reads one
 * day early: Excel's phantom 1900-02-29 is not corrected), or from 1904-01-01 in a workbook
 * using the 1904 date system.
 * @internal
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}

/**
 * Resident ID numbers and phone numbers inside a text, with their middles hidden the way
 * `maskResidentId` (first 6 and last 4 kept) and `maskPhoneNumber` (a mobile's first 3 and last
 * 4, a landline's area code and last 4) of `guanai/models` hide them — a test checks that they
 * agree. Error messages pass through it, so that an ID or phone number that reached an issue's
 * parameters (a key, a cell, a rounded number) is never shown whole. Any run of 13 or more
 * digits is taken for an ID (a division code has at most 12).
 * @internal
 */
export function maskIdentifiers(text: string): string {
  return text
    .replace(LONG_DIGITS, (run) => hideMiddle(run, run.length >= 15 ? 6 : 3, 4))
    .replace(MOBILE, (run) => hideMiddle(run, 3, 4))
    .replace(LANDLINE, (run) => hideMiddle(run, areaCodeLength(run), 4));
}

/**
 * A value found under a field that holds an ID or a phone number (`residentId`, `phone`,
 * `guardianPhone` …): masked as one, or hidden whole when it is too short to be one — as the
 * ledger export masks its sensitive columns.
 * @internal
 */
export function maskSensitiveValue(text: string): string {
  const masked = maskIdentifiers(text);
  return masked === text ? '*'.repeat(Math.min(text.length, 32)) : masked;
}

/** Whether a field of this name holds a resident ID or phone number. @internal */
export const isSensitiveKey = (key: string | number): boolean =>
  typeof key === 'string' && SENSITIVE_KEY.test(key);

const SENSITIVE_KEY = /phone|mobile|residentId|idNumber|idCard|身份证|电话|手机/i;
const LONG_DIGITS = /(?<!\d)\d{13,}[Xx]?/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;

/**
 * The digits of a landline's area code: 010 and 02x are 3, every other area code 4. Shared with
 * `maskPhoneNumber`, so that a message and a masked column hide the same digits.
 * @internal
 */
export const areaCodeLength = (landline: string): number =>
  landline.startsWith('01') || landline.startsWith('02') ? 3 : 4;

function hideMiddle(text: string, keepStart: number, keepEnd: number): string {
  return (
    text.slice(0, keepStart) +
    '*'.repeat(text.length - keepStart - keepEnd) +
    text.slice(text.length - keepEnd)
  );
}

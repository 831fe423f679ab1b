/**
 * Characters XML 1.0 cannot carry (control characters but tab and line feed — carriage return
 * too, which XML turns into a line feed — lone surrogates, U+FFFE and U+FFFF), and an
 * underscore that starts what would read as such an escape.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry.
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-F]{4}_)/g;

/**
 * Text as a workbook cell can carry it: each character XML cannot hold written `_xHHHH_`, the
 * escape Excel itself writes and reads (and exceljs reads back), and a `_` that would start
 * such an escape written `_x005F_` — so every string round-trips, NUL and CR included.
 * @internal
 */
export function xmlSafeText(text: string): string {
  return text.replace(
    UNSAFE,
    (found) => `_x${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

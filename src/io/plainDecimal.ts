/**
 * A finite number in plain decimal notation, never with an exponent (`1e-7` → `0.0000001`,
 * `1e21` → `1000000000000000000000`), with the same digits as `String(value)`, so that reading
 * it back gives the same number and a spreadsheet shows a number, not text. −0 is written `0`.
 * @internal
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return value === 0 ? '0' : text;
  const [, sign = '', lead = '', rest = '', exponentText = '0'] = match;
  const digits = lead + rest;
  // Where the decimal point falls, counted from the start of `digits`.
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

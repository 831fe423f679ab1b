import type { RegionLevel } from '../errors/index.js';

/**
 * The level a division code names, or `undefined` when it is not a well-formed code.
 * Six-digit codes follow GB/T 2260 (`PP0000` province, `PPCC00` city, else county);
 * twelve-digit statistical codes add three township digits and three village digits
 * (a twelve-digit code ending in `000000` names the county, city or province of its first six).
 * @internal
 */
export function levelOf(code: string): RegionLevel | undefined {
  if (/^\d{6}$/.test(code)) {
    if (code.startsWith('00')) return undefined;
    if (code.endsWith('0000')) return 'province';
    if (code.endsWith('00')) return 'city';
    return 'county';
  }
  if (/^\d{12}$/.test(code)) {
    const township = code.slice(6, 9);
    const village = code.slice(9, 12);
    if (township === '000') return village === '000' ? levelOf(code.slice(0, 6)) : undefined;
    return village === '000' ? 'township' : 'village';
  }
  return undefined;
}

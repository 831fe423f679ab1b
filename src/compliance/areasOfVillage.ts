import { countyCodeOf, type RegionCode, townshipCodeOf } from '../models/index.js';

/**
 * The places a village lies in, as the area rows of the reports name them: its county (6
 * digits), its township (12 digits, ending 000) and the village itself. The codes come from
 * the models' region helpers, so the reports, pairing and eligibility read a code the same
 * way; the ledger's schemas checked that each is a village code.
 * @internal
 */
export function areasOfVillage(village: string): {
  readonly county: string;
  readonly township: string;
  readonly village: string;
} {
  const code = village as RegionCode;
  // A checked village code always has both; `?? village` only satisfies the types.
  return {
    county: countyCodeOf(code) ?? village,
    township: townshipCodeOf(code) ?? village,
    village,
  };
}

/**
 * The places a village lies in, as the area rows of the reports name them: its county (6
 * digits), its township (12 digits, ending 000) and the village itself. Codes are taken as
 * they are: the ledger's schemas checked them.
 * @internal
 */
export function areasOfVillage(village: string): {
  readonly county: string;
  readonly township: string;
  readonly village: string;
} {
  return { county: village.slice(0, 6), township: `${village.slice(0, 9)}000`, village };
}

import * as z from 'zod';

/**
 * Where a fact came from: a visit (走访, spec §7 · S14 L379 「将相关信息及时更新到留守老年人台账」),
 * the March / September census (普查登记, spec §5.2 K31 · S18 L493), a report by the family (the
 * children's duty to report, spec §2 R6 · S14 L367), an ability assessment (能力评估), a review
 * of the ledger (排查核实, spec §5.2 K33 · S14 L379) or another source.
 * @example
 * ```ts
 * FactSource.parse('census');
 * ```
 * @category Fact updates
 */
export const FactSource = /* @__PURE__ */ z.enum([
  'visit',
  'census',
  'familyReport',
  'assessment',
  'review',
  'other',
]);
/** @category Fact updates */
export type FactSource = z.infer<typeof FactSource>;

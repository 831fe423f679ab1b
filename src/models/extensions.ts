import * as z from 'zod';

/**
 * Host-app fields guanai does not interpret (a local column, a form's extra answer), kept
 * with the record. Stored exactly as JSON would carry them, so a record round-trips through
 * JSON unchanged (−0 becomes 0, as JSON writes it).
 *
 * @example
 * ```ts
 * Extensions.parse({ 'county.form.12': '已入户核实', priorityScore: 3 });
 * ```
 * @category Validation
 */
export const Extensions = /* @__PURE__ */ z
  .record(z.string(), z.json())
  .transform(
    (fields) => JSON.parse(JSON.stringify(fields)) as Record<string, z.core.util.JSONType>,
  );
/** @category Validation */
export type Extensions = z.infer<typeof Extensions>;

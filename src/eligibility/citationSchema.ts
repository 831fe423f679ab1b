import * as z from 'zod';

/**
 * A citation as stored in a policy or duty file: the spec section (or a local document), the
 * source reference (`S14 L359`, or a local document's article), and the text's words.
 *
 * `seed` is the name `source` had before 1.0 (when "seed" also meant a random seed). Policy and
 * duty files written then keep loading: `seed` is read as `source` (`source` wins when both are
 * given) and never comes out of the schema.
 *
 * @example
 * ```ts
 * CitationSchema.parse({ spec: '§5.1 K01', source: 'S18 L515' }); // { spec: '§5.1 K01', source: 'S18 L515' }
 * ```
 * @category Policies
 */
export const CitationSchema = /* @__PURE__ */ z
  .strictObject({
    spec: z.string().min(1),
    source: z.string().optional(),
    /** @deprecated Stored before 1.0: read as `source`. */
    seed: z.string().optional(),
    text: z.string().optional(),
  })
  .transform(({ seed, ...citation }) =>
    citation.source === undefined && seed !== undefined ? { ...citation, source: seed } : citation,
  );

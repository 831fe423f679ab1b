import type * as z from 'zod';
import { fromZodIssues, issue, type Result } from '../errors/index.js';
import { quickCheck, UNSURE } from './quickCheck.js';

/**
 * A record made from a row's cells, checked by its ledger's schema: what `safeParse` of
 * guanai/models gives, without its first walk over the record for nesting deeper than
 * `MAX_INPUT_DEPTH`. The cells have bounded that already — each JSON cell to `MAX_JSON_DEPTH`
 * levels, put at a field a level or two down — and the walk, which makes a path for every
 * object, cost a tenth of papaparse's whole parse of the benchmark's file. A record the quick
 * check vouches for (nearly every row) is not parsed by zod again: its output is the same; any
 * other is, and zod gives the verdict and the issues.
 * @internal
 */
export function checkRecord<S extends z.ZodType>(schema: S, record: object): Result<z.output<S>> {
  const quick = quickCheck(schema, record);
  if (quick !== UNSURE) return { ok: true, value: quick };
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(record, { reportInput: true });
  } catch (error) {
    // As safeParse: a structure the schema cannot walk makes the row bad, not the batch.
    if (error instanceof TypeError || error instanceof RangeError)
      return { ok: false, issues: [issue('invalid_input', [], {})] };
    throw error;
  }
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

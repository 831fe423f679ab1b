import { GuanaiError, prefixIssues } from '../errors/index.js';
import type { DutyKey } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import {
  DEFAULT_DUTIES,
  type Duty,
  type DutyInput,
  dutyOfVisit,
  parseDuties,
} from '../scheduling/index.js';

/**
 * The duty table tracking reads (包保 and the other duties of spec §3–§5): the duties, and the
 * duty a visit belongs to — remembered per role, kind and channel, so that asking costs O(1)
 * per visit however many visits there are.
 * @internal
 */
export interface DutyTable {
  readonly duties: readonly Duty[];
  readonly dutyOf: (occurrence: Occurrence) => Duty | undefined;
}

let defaultDuties: readonly Duty[] | undefined;

/**
 * The duty table of `duties` (default `DEFAULT_DUTIES`), checked by `parseDuties` without
 * asking that every group be covered: a bad table throws one `GuanaiError` with paths under
 * `duties`.
 * @internal
 */
export function dutyTable(duties?: readonly DutyInput[]): DutyTable {
  if (duties === undefined) defaultDuties ??= checkedDuties(DEFAULT_DUTIES);
  const parsed = duties === undefined ? (defaultDuties as readonly Duty[]) : checkedDuties(duties);
  const known = new Map<string, Duty | undefined>();
  const dutyOf = (occurrence: Occurrence): Duty | undefined => {
    const who = occurrence.who;
    // Only a plan for a role can be a duty's: a named caregiver or pairing is no duty's visit.
    if (!('role' in who)) return undefined;
    const key = `${who.role}\u0000${occurrence.kind}\u0000${occurrence.channel}`;
    if (known.has(key)) return known.get(key);
    const duty = dutyOfVisit(occurrence, parsed);
    known.set(key, duty);
    return duty;
  };
  return { duties: parsed, dutyOf };
}

function checkedDuties(duties: readonly DutyInput[]): Duty[] {
  try {
    return parseDuties(duties, { covers: [] });
  } catch (error) {
    if (!(error instanceof GuanaiError)) throw error;
    throw new GuanaiError(prefixIssues(error.issues, ['duties']));
  }
}

/** The key of the duty a visit belongs to, `''` for a visit of no duty. @internal */
export function dutyKeyOf(table: DutyTable, occurrence: Occurrence): DutyKey | '' {
  return (table.dutyOf(occurrence)?.key as DutyKey | undefined) ?? '';
}

import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { type Issue, issue } from '../errors/index.js';
import { Caregiver } from './caregiver.js';
import { Elder } from './elder.js';
import { Pairing } from './pairing.js';
import { type BatchResult, parseRows } from './validate.js';

/**
 * The raw collections of a ledger (台账), as read from files, forms or a database.
 * @category Validation
 */
export interface LedgerInput {
  readonly elders?: readonly unknown[];
  readonly caregivers?: readonly unknown[];
  readonly pairings?: readonly unknown[];
}

/**
 * A row of a ledger collection that was not accepted, with every issue (paths inside the row).
 * @category Validation
 */
export interface LedgerRowIssue {
  readonly collection: 'elders' | 'caregivers' | 'pairings';
  readonly index: number;
  readonly issues: readonly Issue[];
}

/**
 * A validated ledger: the accepted records and every rejected row.
 * @example
 * ```ts
 * const ledger: Ledger = parseLedger({ elders: rows, caregivers: [] });
 * for (const bad of ledger.invalid) console.log(bad.collection, bad.index, bad.issues[0]?.code);
 * ```
 * @category Validation
 */
export interface Ledger {
  readonly elders: readonly Elder[];
  readonly caregivers: readonly Caregiver[];
  readonly pairings: readonly Pairing[];
  readonly invalid: readonly LedgerRowIssue[];
  /**
   * Problems with the input as a whole rather than a row: the input not an object (path `[]`)
   * or a collection not a list (`invalid_type` at `['elders']`, say). Such a collection is read
   * as empty; the other collections are still validated.
   */
  readonly inputIssues: readonly Issue[];
}

type Collection = LedgerRowIssue['collection'];

/** The rows of one collection, or an issue when it is present but not a list. */
function rowsOf(
  input: Record<string, unknown>,
  collection: Collection,
  inputIssues: Issue[],
): readonly unknown[] {
  const rows = input[collection];
  if (rows === undefined) return [];
  if (Array.isArray(rows)) return rows;
  inputIssues.push(
    issue('invalid_type', [collection], { expected: 'array', received: jsonTypeOf(rows) }),
  );
  return [];
}

/**
 * Validate a whole ledger: each elder, caregiver and pairing row against its schema, ids
 * unique within each collection, and every pairing's elder and caregivers present among the
 * accepted rows. Good rows are kept; every bad row comes back with its collection, index and
 * coded issues — none is dropped silently. Input that is not an object, or a collection that
 * is not a list, comes back in `inputIssues` (never thrown); rows nested too deep are
 * `json_too_deep` rows (see `MAX_INPUT_DEPTH`).
 *
 * @example
 * ```ts
 * const ledger = parseLedger({ elders: rows, caregivers, pairings });
 * for (const bad of ledger.invalid) {
 *   console.log(bad.collection, bad.index, bad.issues.map((i) => formatIssue(i)));
 * }
 * ```
 * @category Validation
 */
export function parseLedger(input: LedgerInput): Ledger {
  const inputIssues: Issue[] = [];
  const raw: unknown = input;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    inputIssues.push(issue('invalid_type', [], { expected: 'object', received: jsonTypeOf(raw) }));
  }
  const collections = inputIssues.length > 0 ? {} : (raw as Record<string, unknown>);
  const elders = parseRows(Elder, rowsOf(collections, 'elders', inputIssues), (elder) => elder.id);
  const caregivers = parseRows(
    Caregiver,
    rowsOf(collections, 'caregivers', inputIssues),
    (caregiver) => caregiver.id,
  );
  const pairingRows = parseRows(
    Pairing,
    rowsOf(collections, 'pairings', inputIssues),
    (pairing) => pairing.id,
  );

  const elderIds = new Set<string>(elders.valid.map((elder) => elder.id));
  const caregiverIds = new Set<string>(caregivers.valid.map((caregiver) => caregiver.id));
  const pairings: Pairing[] = [];
  const badPairings = [...pairingRows.invalid];
  pairingRows.valid.forEach((pairing, position) => {
    const missing: Issue[] = [];
    if (!elderIds.has(pairing.elderId))
      missing.push(issue('unknown_reference', ['elderId'], { kind: 'elder', id: pairing.elderId }));
    pairing.members.forEach((member, m) => {
      if (!caregiverIds.has(member.caregiverId)) {
        missing.push(
          issue('unknown_reference', ['members', m, 'caregiverId'], {
            kind: 'caregiver',
            id: member.caregiverId,
          }),
        );
      }
    });
    if (missing.length > 0)
      badPairings.push({ index: pairingRows.validIndexes[position] ?? -1, issues: missing });
    else pairings.push(pairing);
  });
  badPairings.sort((a, b) => a.index - b.index);

  const tag = (collection: Collection, result: Pick<BatchResult<unknown>, 'invalid'>) =>
    result.invalid.map((row) => ({ collection, ...row }));
  return {
    elders: elders.valid,
    caregivers: caregivers.valid,
    pairings,
    invalid: [
      ...tag('elders', elders),
      ...tag('caregivers', caregivers),
      ...tag('pairings', { invalid: badPairings }),
    ],
    inputIssues,
  };
}

import { GuanaiError, issue } from '../errors/index.js';

/**
 * One place a citation points at: a source item (`S14`), and a line of the compilation, or a
 * span of lines (`S12 L285–L297`); no line where the citation names the item only (`S01`).
 *
 * @example
 * ```ts
 * const ref: SourceRef = { source: 'S14', line: 359 };
 * ```
 * @category Sources
 */
export interface SourceRef {
  readonly source: string;
  readonly line?: number;
  /** The last line of a span (`L285–L297`, `L517–519`). */
  readonly toLine?: number;
}

// An item number, or a line (with the end of a span) that belongs to the last item named.
const TOKEN = /S(\d{2})|L(\d+)(?:\s*[–-]\s*L?(\d+))?/g;

/**
 * The item and line references of a citation's source text, in order: `S14 L375, L379` reads
 * as S14 line 375 and S14 line 379, `S10 L201 / S18 L487` as two items. Words around them (the
 * spec section, notes in brackets) are skipped; a line before any item is ignored.
 *
 * @param reference - a citation's `source`, e.g. `S10 L207, S18 L493` or `spec §3.1 · S18 L515`
 * @returns every reference found, in the order written
 * @throws GuanaiError `invalid_argument` when `reference` is not a string
 * @example
 * ```ts
 * sourceRefs('S14 L375, L379; S12 L285–L297');
 * // [{ source: 'S14', line: 375 }, { source: 'S14', line: 379 },
 * //  { source: 'S12', line: 285, toLine: 297 }]
 * ```
 * @category Sources
 */
export function sourceRefs(reference: string): SourceRef[] {
  if (typeof reference !== 'string') {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'reference', rule: 'string' })]);
  }
  const found: SourceRef[] = [];
  let source: string | undefined;
  let named = false; // the last item named has no line yet
  for (const match of reference.matchAll(TOKEN)) {
    if (match[1] !== undefined) {
      if (source !== undefined && named) found.push({ source });
      source = `S${match[1]}`;
      named = true;
    } else if (source !== undefined) {
      const line = Number(match[2]);
      const toLine = match[3] === undefined ? undefined : Number(match[3]);
      found.push(toLine === undefined ? { source, line } : { source, line, toLine });
      named = false;
    }
  }
  if (source !== undefined && named) found.push({ source });
  return found;
}

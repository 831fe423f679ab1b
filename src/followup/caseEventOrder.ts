import type { CaseEvent } from './caseEvent.js';
import { CASE_EVENT_TYPES } from './caseEvent.js';

const RANK: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  CASE_EVENT_TYPES.map((type, rank) => [type, rank]),
);

/**
 * The canonical order of one case's events: the opening first, then by day, time of day (an
 * event without one first in its day), the fixed rank of event types (`CASE_EVENT_TYPES`) and
 * id — a total order over events with distinct ids, so any arrival order replays alike.
 * @internal
 */
export function compareCaseEvents(a: CaseEvent, b: CaseEvent): number {
  const opening = Number(a.type !== 'opened') - Number(b.type !== 'opened');
  if (opening !== 0) return opening;
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  const timeA = a.time ?? '';
  const timeB = b.time ?? '';
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  const rank = (RANK.get(a.type) ?? 0) - (RANK.get(b.type) ?? 0);
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Order among events that share an id: by case, then the canonical order, then content (JSON
 * with sorted keys), so which of them is kept does not depend on how they arrived.
 * @internal
 */
export function compareSameId(a: CaseEvent, b: CaseEvent): number {
  if (a.caseId !== b.caseId) return a.caseId < b.caseId ? -1 : 1;
  const order = compareCaseEvents(a, b);
  if (order !== 0) return order;
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

/** JSON with object keys sorted: the same text for the same content, in any key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([x], [y]) =>
            x < y ? -1 : x > y ? 1 : 0,
          ),
        )
      : inner,
  );
}

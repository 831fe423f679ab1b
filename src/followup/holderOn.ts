import type { CaregiverId, DutyHolding, DutyKey, PlainDate } from '../models/index.js';

/**
 * Who holds each duty for each subject on a day, from the lines of the responsibility matrix
 * (包保责任表): built once over the holdings, asked in O(1).
 * @internal
 */
export function holdersOn(holdings: readonly DutyHolding[], day: PlainDate) {
  const holder = new Map<string, CaregiverId>();
  for (const line of holdings) {
    if (line.from <= day && (line.to === undefined || day <= line.to))
      holder.set(keyOf(line.duty, line.subject.kind, line.subject.id), line.caregiverId);
  }
  return (duty: DutyKey | string, kind: 'elder' | 'child', id: string): CaregiverId | undefined =>
    holder.get(keyOf(duty, kind, id));
}

const keyOf = (duty: string, kind: string, id: string) => `${duty}\u0000${kind}\u0000${id}`;

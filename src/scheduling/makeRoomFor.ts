import type { Caregiver, CaregiverId, Elder, ElderId } from '../models/index.js';
import type { ElderOptions } from './pairingCandidates.js';
import type { PairingContext } from './pairingContext.js';
import type { PairingRoom } from './pairingRoom.js';

/** Room closer than this to an elder's share is enough: shares are sums of fractions. */
const SHARE_EPSILON = 1e-9;

/**
 * Give each of `elders` (priority elders the assignment left out) the room of the farthest
 * non-priority elders of the nearest caregiver in reach where that makes room, updating
 * `primaryOf` and the room used; returns the elders put out, to place again.
 * @internal
 */
export function makeRoomFor(
  context: PairingContext,
  room: PairingRoom,
  elders: readonly Elder[],
  optionsOf: ReadonlyMap<Elder, ElderOptions>,
  primaryOf: Map<ElderId, CaregiverId>,
): Elder[] {
  const { caregivers, caregiverIndex, isPriority } = context;
  const holding = new Map<number, Elder[]>();
  for (const elder of context.located) {
    const id = primaryOf.get(elder.id);
    if (id === undefined || isPriority(elder)) continue;
    const i = caregiverIndex.get(id) as number;
    holding.set(i, [...(holding.get(i) ?? []), elder]);
  }
  const kmTo = (elder: Elder, i: number) => optionsOf.get(elder)?.options.get(i) ?? 0;
  const ejected: Elder[] = [];
  for (const elder of elders)
    for (const [i] of optionsOf.get(elder)?.options ?? []) {
      const caregiver = caregivers[i] as Caregiver;
      const needed = room.share(elder, caregiver, 'primary') - SHARE_EPSILON;
      const others = [...(holding.get(i) ?? [])].sort((x, y) => kmTo(y, i) - kmTo(x, i));
      let free = room.room(caregiver) - (room.used[i] as number);
      const out: Elder[] = [];
      while (free < needed && out.length < others.length) {
        const other = others[out.length] as Elder;
        out.push(other);
        free += room.share(other, caregiver, 'primary');
      }
      if (free < needed) continue;
      for (const other of out) primaryOf.delete(other.id);
      holding.set(i, others.slice(out.length));
      room.used[i] = room.room(caregiver) - free + room.share(elder, caregiver, 'primary');
      primaryOf.set(elder.id, caregiver.id);
      ejected.push(...out);
      break;
    }
  return ejected;
}

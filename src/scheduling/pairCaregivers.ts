import { assemblePairingPlan } from './assemblePairingPlan.js';
import { pairingContext } from './pairingContext.js';
import type { PairEldersOptions, PairingInput, PairingPlan } from './pairingPolicy.js';
import { PairingRoom } from './pairingRoom.js';
import { placePartners } from './placePartners.js';
import { placePrimaries } from './placePrimaries.js';

/**
 * The pairing itself, on checked arguments (see {@link pairElders}): the context with the
 * policy's defaults, primaries (priority first, making room for priority elders left out),
 * partners in the room left, and the plan.
 * @internal
 */
export function pairCaregivers(input: PairingInput, options: PairEldersOptions): PairingPlan {
  const context = pairingContext(input, options);
  const room = new PairingRoom(context);
  const primaries = placePrimaries(context, room);
  const partners = placePartners(context, room, primaries.primaryOf);
  return assemblePairingPlan(context, room, primaries, partners);
}

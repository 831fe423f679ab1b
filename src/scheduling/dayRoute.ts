import type { Coordinates } from '../models/index.js';
import { haversineKm } from './distance.js';

/**
 * A short round trip from `home` through every stop and back: nearest neighbour first, then
 * 2-opt (reverse a stretch while that shortens the trip). Returns the stops' order and the km.
 * @internal
 */
export function dayRoute(
  home: Coordinates,
  stops: readonly Coordinates[],
): { order: number[]; km: number } {
  const order = nearestFirst(home, stops);
  const point = (i: number) =>
    i < 0 || i >= order.length ? home : (stops[order[i] as number] as Coordinates);
  // 2-opt on the closed trip home → stops → home.
  let improved = true;
  while (improved) {
    improved = false;
    for (let i = 0; i < order.length - 1; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const before = haversineKm(point(i - 1), point(i)) + haversineKm(point(j), point(j + 1));
        const after = haversineKm(point(i - 1), point(j)) + haversineKm(point(i), point(j + 1));
        if (after < before - 1e-9) {
          order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
          improved = true;
        }
      }
    }
  }
  return { order, km: tripKm(home, stops, order) };
}

/** The order that always goes to the nearest stop not yet visited. @internal */
export function nearestFirst(home: Coordinates, stops: readonly Coordinates[]): number[] {
  const left = new Set(stops.keys());
  const order: number[] = [];
  let at = home;
  while (left.size > 0) {
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const i of left) {
      const km = haversineKm(at, stops[i] as Coordinates);
      if (km < bestKm) {
        bestKm = km;
        best = i;
      }
    }
    order.push(best);
    left.delete(best);
    at = stops[best] as Coordinates;
  }
  return order;
}

/** The km of the round trip home → stops in `order` → home. @internal */
export function tripKm(
  home: Coordinates,
  stops: readonly Coordinates[],
  order: readonly number[],
): number {
  let km = 0;
  let at = home;
  for (const i of order) {
    km += haversineKm(at, stops[i] as Coordinates);
    at = stops[i] as Coordinates;
  }
  return km + haversineKm(at, home);
}

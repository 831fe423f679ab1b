import type { Coordinates } from '../models/index.js';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance in kilometres between two points (haversine, mean Earth radius).
 *
 * @example
 * ```ts
 * haversineKm({ latitude: 25.04, longitude: 102.71 }, { latitude: 25.05, longitude: 102.72 }); // ≈ 1.5
 * ```
 * @category Scheduling
 */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.latitude - a.latitude) * RADIANS;
  const dLon = (b.longitude - a.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The `k` nearest of `points` to each query point, by a grid of cells about `cellKm` wide
 * searched ring by ring: indices into `points` with their distances, nearest first.
 * @internal
 */
export function nearest(
  points: readonly Coordinates[],
  queries: readonly Coordinates[],
  k: number,
  cellKm = 5,
): { index: number; km: number }[][] {
  if (points.length === 0) return queries.map(() => []);
  const cellLat = cellKm / 111.2;
  const meanLat = points.reduce((sum, p) => sum + p.latitude, 0) / points.length;
  const cellLon = cellLat / Math.max(0.1, Math.cos(meanLat * RADIANS));
  const key = (row: number, column: number) => `${row}:${column}`;
  const cells = new Map<string, number[]>();
  points.forEach((p, index) => {
    const cell = key(Math.floor(p.latitude / cellLat), Math.floor(p.longitude / cellLon));
    const list = cells.get(cell);
    if (list) list.push(index);
    else cells.set(cell, [index]);
  });
  const want = Math.min(k, points.length);
  return queries.map((q) => {
    const row = Math.floor(q.latitude / cellLat);
    const column = Math.floor(q.longitude / cellLon);
    const found: { index: number; km: number }[] = [];
    // Widen ring by ring until `want` points are found and no cell of the next ring can hold
    // a nearer one (every point beyond ring r is at least r cells away).
    for (let ring = 0; ; ring++) {
      for (let r = row - ring; r <= row + ring; r++)
        for (let c = column - ring; c <= column + ring; c++) {
          if (Math.max(Math.abs(r - row), Math.abs(c - column)) !== ring) continue;
          for (const index of cells.get(key(r, c)) ?? [])
            found.push({ index, km: haversineKm(q, points[index] as Coordinates) });
        }
      if (found.length >= want) {
        found.sort((a, b) => a.km - b.km || a.index - b.index);
        found.length = want;
        if ((found[want - 1]?.km ?? 0) <= ring * cellKm * 0.9 || found.length === points.length)
          return found;
      }
      if (ring > 2000) return found.sort((a, b) => a.km - b.km || a.index - b.index);
    }
  });
}

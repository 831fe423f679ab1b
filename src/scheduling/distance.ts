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
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  points.forEach((p, index) => {
    const row = Math.floor(p.latitude / cellLat);
    const column = Math.floor(p.longitude / cellLon);
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
    const cell = key(row, column);
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
    // a nearer one (every point beyond ring r is at least r cells away), or every cell is seen.
    const last = Math.max(row - top, bottom - row, column - left, right - column);
    const visit = (r: number, c: number) => {
      for (const index of cells.get(key(r, c)) ?? [])
        found.push({ index, km: haversineKm(q, points[index] as Coordinates) });
    };
    for (let ring = 0; ; ring++) {
      // Only the ring's edge — its top and bottom rows, then its sides between them — and only
      // where it crosses the cells that hold points, so a far query costs little.
      const fromColumn = Math.max(column - ring, left);
      const toColumn = Math.min(column + ring, right);
      for (const r of ring > 0 ? [row - ring, row + ring] : [row]) {
        if (r < top || r > bottom) continue;
        for (let c = fromColumn; c <= toColumn; c++) visit(r, c);
      }
      const fromRow = Math.max(row - ring + 1, top);
      const toRow = Math.min(row + ring - 1, bottom);
      for (const c of ring > 0 ? [column - ring, column + ring] : []) {
        if (c < left || c > right) continue;
        for (let r = fromRow; r <= toRow; r++) visit(r, c);
      }
      if (found.length >= want) {
        found.sort((a, b) => a.km - b.km || a.index - b.index);
        found.length = want;
        if ((found[want - 1]?.km ?? 0) <= ring * cellKm * 0.9) return found;
      }
      if (ring >= last)
        return found.sort((a, b) => a.km - b.km || a.index - b.index).slice(0, want);
    }
  });
}

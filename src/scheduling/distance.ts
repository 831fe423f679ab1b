import { objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { Coordinates } from '../models/index.js';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance in kilometres between two points (haversine, mean Earth radius). A
 * point that is not an object is `invalid_argument` (`a` or `b`); coordinates that are not
 * numbers give NaN.
 *
 * @example
 * ```ts
 * haversineKm({ latitude: 25.04, longitude: 102.71 }, { latitude: 25.05, longitude: 102.72 }); // ≈ 1.5
 * ```
 * @category Places
 */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  // A hot path: the check runs only when reading a point failed.
  try {
    return greatCircleKm(a, b);
  } catch (error) {
    throwIssues([objectIssue(a, 'a'), objectIssue(b, 'b')]);
    throw error;
  }
}

function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.latitude - a.latitude) * RADIANS;
  const dLon = (b.longitude - a.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The `k` nearest of `points` to each query point, by a grid of cells searched ring by ring:
 * indices into `points` with their distances, nearest first. Cells are sized from the points'
 * density (a few of the `k` per cell) unless `cellKm` is given.
 * @internal
 */
export function nearest(
  points: readonly Coordinates[],
  queries: readonly Coordinates[],
  k: number,
  cellKm?: number,
): { index: number; km: number }[][] {
  if (points.length === 0) return queries.map(() => []);
  let [south, north, west, east] = [90, -90, 180, -180];
  for (const p of points) {
    south = Math.min(south, p.latitude);
    north = Math.max(north, p.latitude);
    west = Math.min(west, p.longitude);
    east = Math.max(east, p.longitude);
  }
  const cosLat = Math.max(0.1, Math.cos(((south + north) / 2) * RADIANS));
  const areaKm2 = Math.max(1, (north - south) * 111.2 * (east - west) * 111.2 * cosLat);
  const cell =
    cellKm ??
    Math.min(5, Math.max(0.25, Math.sqrt((areaKm2 * Math.max(k, 1)) / points.length / 16)));
  const cellLat = cell / 111.2;
  const cellLon = cellLat / cosLat;
  const top = Math.floor(south / cellLat);
  const left = Math.floor(west / cellLon);
  const rows = Math.floor(north / cellLat) - top + 1;
  const columns = Math.floor(east / cellLon) - left + 1;
  const cells: number[][] = [];
  points.forEach((p, index) => {
    const at =
      (Math.floor(p.latitude / cellLat) - top) * columns + Math.floor(p.longitude / cellLon) - left;
    const list = cells[at];
    if (list) list.push(index);
    else cells[at] = [index];
  });
  const want = Math.min(k, points.length);
  const order = (a: { index: number; km: number }, b: { index: number; km: number }) =>
    a.km - b.km || a.index - b.index;
  return queries.map((q) => {
    const row = Math.floor(q.latitude / cellLat) - top;
    const column = Math.floor(q.longitude / cellLon) - left;
    const found: { index: number; km: number }[] = [];
    // Widen ring by ring until `want` points are found and no cell of the next ring can hold
    // a nearer one (every point beyond ring r is at least r cells away), or every cell is seen.
    const last = Math.max(row, rows - 1 - row, column, columns - 1 - column);
    const visit = (r: number, c: number) => {
      for (const index of cells[r * columns + c] ?? [])
        found.push({ index, km: haversineKm(q, points[index] as Coordinates) });
    };
    for (let ring = 0; ; ring++) {
      // Only the ring's edge — its top and bottom rows, then its sides between them — and only
      // where it crosses the grid, so a far query costs little.
      const fromColumn = Math.max(column - ring, 0);
      const toColumn = Math.min(column + ring, columns - 1);
      for (const r of ring > 0 ? [row - ring, row + ring] : [row]) {
        if (r < 0 || r >= rows) continue;
        for (let c = fromColumn; c <= toColumn; c++) visit(r, c);
      }
      const fromRow = Math.max(row - ring + 1, 0);
      const toRow = Math.min(row + ring - 1, rows - 1);
      for (const c of ring > 0 ? [column - ring, column + ring] : []) {
        if (c < 0 || c >= columns) continue;
        for (let r = fromRow; r <= toRow; r++) visit(r, c);
      }
      if (found.length >= want) {
        found.sort(order);
        found.length = want;
        if ((found[want - 1]?.km ?? 0) <= ring * cell * 0.9) return found;
      }
      if (ring >= last) return found.sort(order).slice(0, want);
    }
  });
}

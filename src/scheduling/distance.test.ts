/** haversineKm and the grid's nearest-neighbour search against brute force. */
import { describe, expect, it } from 'vitest';
import { seededUniform } from '../_lib/seededUniform.js';
import { haversineKm, nearest } from './distance.js';

describe('haversineKm and nearest', () => {
  it('measures a degree of latitude as about 111 km', () => {
    expect(
      haversineKm({ latitude: 30, longitude: 110 }, { latitude: 31, longitude: 110 }),
    ).toBeCloseTo(111.19, 1);
  });

  it('finds exactly the k nearest, as brute force does, and a far query quickly', () => {
    const random = seededUniform(3);
    const points = Array.from({ length: 800 }, () => ({
      latitude: 30 + random() * 0.4,
      longitude: 110 + random() * 0.4,
    }));
    const queries = Array.from({ length: 60 }, () => ({
      latitude: 29.95 + random() * 0.5,
      longitude: 109.95 + random() * 0.5,
    }));
    const found = nearest(points, [...queries, { latitude: 0, longitude: 0 }], 12);
    [...queries, { latitude: 0, longitude: 0 }].forEach((q, i) => {
      const exact = points
        .map((p, index) => ({ index, km: haversineKm(q, p) }))
        .sort((a, b) => a.km - b.km || a.index - b.index)
        .slice(0, 12)
        .map((x) => x.index);
      expect(found[i]?.map((x) => x.index)).toEqual(exact);
    });
  });
});

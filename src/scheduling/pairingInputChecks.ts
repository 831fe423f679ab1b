import { type Issue, issue } from '../errors/index.js';

/** The fields pairing reads of an elder, for diagnosing one that is not what its type says. @internal */
export const ELDER_FIELDS = { id: 'string', residence: 'object' } as const;
/** The fields pairing reads of a caregiver. @internal */
export const CAREGIVER_FIELDS = {
  id: 'string',
  roles: 'array',
  home: 'object',
  capacity: 'object',
  'capacity.elders': 'number',
  availability: 'object',
  'availability.leave': 'array',
} as const;
/** The fields pairing reads of an existing pairing. @internal */
export const PAIRING_FIELDS = {
  id: 'string',
  elderId: 'string',
  status: 'string',
  validFrom: 'string',
  members: 'array',
} as const;

/**
 * The first element whose coordinates, when present, are not numbers on the map: the grid
 * search widens ring by ring up to the farthest cell, so NaN or 1e300 would never end it.
 * @internal
 */
export function coordinatesIssue(
  list: readonly unknown[],
  name: string,
  at: readonly [string, string],
): Issue | undefined {
  for (let index = 0; index < list.length; index++) {
    const item = list[index] as Record<string, Record<string, unknown> | undefined> | null;
    const point = item?.[at[0]]?.[at[1]] as { latitude?: unknown; longitude?: unknown } | undefined;
    if (point === undefined) continue;
    const path = [name, index, ...at];
    if (typeof point !== 'object' || point === null)
      return issue('invalid_type', path, { expected: 'object', received: String(point) });
    for (const [axis, limit] of [
      ['latitude', 90],
      ['longitude', 180],
    ] as const) {
      const value = point[axis];
      if (typeof value !== 'number' || Number.isNaN(value))
        return issue('invalid_type', [...path, axis], {
          expected: 'number',
          received: typeof value,
        });
      if (value > limit)
        return issue('too_big', [...path, axis], {
          origin: 'number',
          maximum: limit,
          inclusive: true,
        });
      if (value < -limit)
        return issue('too_small', [...path, axis], {
          origin: 'number',
          minimum: -limit,
          inclusive: true,
        });
    }
  }
  return undefined;
}

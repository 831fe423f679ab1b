/**
 * The major events of a mutual-aid group's member (spec §2 R10), as the `MajorEventKind` schema
 * reads them: the one list both the schema and the zod-free option check use.
 *
 * @example
 * ```ts
 * MAJOR_EVENT_KINDS.includes('illness'); // true
 * ```
 * @category Incidents
 */
export const MAJOR_EVENT_KINDS = ['illness', 'naturalDisaster', 'accident', 'other'] as const;

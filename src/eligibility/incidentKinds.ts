/**
 * The situations of spec §2 R4 that must be reported at once, as the `IncidentKind` schema
 * reads them: the one list both the schema and the zod-free option check use.
 *
 * @example
 * ```ts
 * INCIDENT_KINDS.includes('criticalIllness'); // true
 * ```
 * @category Incidents
 */
export const INCIDENT_KINDS = [
  'wanderingOrBegging',
  'illegalInfringement',
  'criticalIllness',
  'severeMentalIllness',
  'majorDifficulty',
] as const;

import * as z from 'zod';
import { MAJOR_EVENT_KINDS } from './majorEventKinds.js';

/**
 * A major event (重大情况) of a member of a mutual-aid group that the group must report to the
 * village and 组 cadres (spec §2 R10 · S10 L233 / S18 L519 「若遇有重大情况(如生病及其他天灾人祸)」):
 * `illness` (生病), `naturalDisaster` (天灾), `accident` (人祸), and `other` for the rest of the
 * open list (如 … 及其他). Whether *any* illness is 「重大」 the text leaves open: the caller passes
 * only the events it judges major. A closed list of words: a misspelt kind is `invalid_value`.
 *
 * @example
 * ```ts
 * MajorEventKind.parse('illness');
 * ```
 * @category Incidents
 */
export const MajorEventKind = /* @__PURE__ */ z.enum(MAJOR_EVENT_KINDS);
/** @category Incidents */
export type MajorEventKind = z.infer<typeof MajorEventKind>;

/** The R10 escalation: a mutual-aid group reports a member's major event (spec §2 R10). */
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { ElderId, MutualAidGroup, parse, plainDate } from '../models/index.js';
import { DEFAULT_ESCALATION_RULES, escalations, type MajorEventReport } from './escalations.js';

const asOf = plainDate('2026-06-30');
const group = parse(MutualAidGroup, {
  id: 'MAG-3',
  villageCode: '530325101203',
  group: 3,
  members: ['E-1', 'E-2', 'E-3'],
  leaderId: 'E-2',
  validFrom: '2026-01-01',
});
const event = (rest: Partial<MajorEventReport> = {}): MajorEventReport => ({
  id: 'ME-1',
  elderId: ElderId.parse('E-1'),
  on: plainDate('2026-06-28'),
  kind: 'illness',
  ...rest,
});
const run = (majorEvents: readonly MajorEventReport[], options = {}) =>
  escalations(
    { occurrences: [], records: [], majorEvents, mutualAidGroups: [group] },
    { asOf, ...options },
  );

describe('escalations: mutualAidReport (spec §2 R10 · S10 L233 / S18 L519)', () => {
  it('is a default rule: at once to the village committee and the 组 cadres', () => {
    expect(DEFAULT_ESCALATION_RULES.find((r) => r.id === 'mutualAidReport')).toMatchObject({
      when: { on: 'majorEvent' },
      notify: ['villageCommittee', 'groupCadre'],
      delivery: 'immediate',
    });
  });

  it("raises one escalation per recipient, in the group's village and 组, once", () => {
    const raised = run([event()]);
    expect(raised).toEqual([
      {
        id: 'mutualAidReport/ME-1/groupCadre',
        ruleId: 'mutualAidReport',
        recipient: 'groupCadre',
        areaCode: '530325101203',
        group: 3,
        delivery: 'immediate',
        trigger: 'majorEvent',
        elderId: 'E-1',
        majorEvent: 'illness',
        majorEventId: 'ME-1',
        mutualAidGroupId: 'MAG-3',
        since: '2026-06-28',
      },
      expect.objectContaining({
        id: 'mutualAidReport/ME-1/villageCommittee',
        recipient: 'villageCommittee',
        areaCode: '530325101203',
      }),
    ]);
    expect(raised[1]).not.toHaveProperty('group');
    const delivered = new Set(raised.map((e) => e.id));
    expect(run([event()], { delivered })).toEqual([]);
  });

  it('raises nothing for an event after asOf, of an elder in no group, or outside the span', () => {
    expect(run([event({ on: plainDate('2026-07-01') })])).toEqual([]);
    expect(run([event({ elderId: ElderId.parse('E-9') })])).toEqual([]);
    expect(run([event({ on: plainDate('2025-12-31') })])).toEqual([]);
    expect(
      run([event()], { rules: DEFAULT_ESCALATION_RULES.filter((r) => r.id !== 'mutualAidReport') }),
    ).toEqual([]);
  });

  it('throws one GuanaiError for a misspelt kind, a bad day or a bad group', () => {
    const issuesOf = (input: object) => {
      try {
        escalations({ occurrences: [], records: [], ...input } as never, { asOf });
      } catch (error) {
        if (error instanceof GuanaiError) return error.issues;
        throw error;
      }
      return [];
    };
    expect(
      issuesOf({ majorEvents: [{ ...event(), kind: 'flood', on: '2026-02-30' }] }),
    ).toMatchObject([
      { code: 'invalid_plain_date', path: ['majorEvents', 0, 'on'] },
      { code: 'invalid_value', path: ['majorEvents', 0, 'kind'] },
    ]);
    expect(issuesOf({ majorEvents: [null] })).toMatchObject([
      { code: 'invalid_type', path: ['majorEvents', 0] },
    ]);
    expect(issuesOf({ majorEvents: {} })[0]).toMatchObject({ code: 'invalid_argument' });
    expect(issuesOf({ mutualAidGroups: [{ ...group, leaderId: 'E-9' }] })).toMatchObject([
      { code: 'mutual_aid_leader_not_member', path: ['mutualAidGroups', 0, 'leaderId'] },
    ]);
  });
});

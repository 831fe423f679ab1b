/** R10 mutual-aid report (spec §2 R10 · S10 L233 / S18 L519): a group member's major event. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASOF, classify, elder, reason } from '../../test/fixtures/elder.js';
import { GuanaiError } from '../errors/index.js';
import { MutualAidGroup, parse } from '../models/index.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { MajorEventKind } from './majorEvent.js';

const group = (rest: Record<string, unknown> = {}) =>
  parse(MutualAidGroup, {
    id: 'MAG-3',
    villageCode: '530325101203',
    group: 3,
    members: ['E-1', 'E-2', 'E-3'],
    leaderId: 'E-2',
    validFrom: '2026-01-01',
    ...rest,
  });
const groups = [group()];

describe('mutualAidReport (老老互助, spec §2 R10)', () => {
  it('is yes for a member of a group in force with a major event, to village and 组 cadres', () => {
    const result = classify(
      {},
      { majorEvents: ['illness'], mutualAidGroups: groups },
    ).mutualAidReport;
    expect(result.status).toBe('yes');
    expect(result.citation).toMatchObject({ spec: '§2 R10', source: 'S10 L233 / S18 L519' });
    expect(reason(result, 'mutual_aid_member')?.params).toEqual({ groupId: 'MAG-3' });
    expect(reason(result, 'major_event')?.params).toEqual({ events: ['illness'] });
  });

  it('is no without a major event, whatever the membership', () => {
    expect(classify().mutualAidReport).toMatchObject({ status: 'no', missing: [] });
    expect(classify({}, { mutualAidGroups: groups }).mutualAidReport.status).toBe('no');
  });

  it('is no for an elder in no group, or in a group not in force on asOf', () => {
    const others = [group({ members: ['E-2', 'E-3'] })];
    expect(
      classify({}, { majorEvents: ['accident'], mutualAidGroups: others }).mutualAidReport.status,
    ).toBe('no');
    const ended = [group({ validTo: '2026-06-29' })];
    expect(
      classify({}, { majorEvents: ['accident'], mutualAidGroups: ended }).mutualAidReport.status,
    ).toBe('no');
    const later = [group({ validFrom: '2026-07-01' })];
    expect(
      classify({}, { majorEvents: ['accident'], mutualAidGroups: later }).mutualAidReport.status,
    ).toBe('no');
  });

  it('is unknown while no groups are passed, naming the fact', () => {
    expect(classify({}, { majorEvents: ['naturalDisaster'] }).mutualAidReport).toMatchObject({
      status: 'unknown',
      missing: ['mutualAidGroups'],
    });
  });

  it('classifyStatuses agrees with classifyElder (property)', () => {
    const subject = elder();
    fc.assert(
      fc.property(
        fc.subarray([...MajorEventKind.options]),
        fc.option(fc.boolean(), { nil: undefined }),
        (majorEvents, member) => {
          const mutualAidGroups =
            member === undefined
              ? undefined
              : member
                ? groups
                : [group({ members: ['E-2', 'E-3'] })];
          const options = {
            asOf: ASOF,
            majorEvents,
            ...(mutualAidGroups ? { mutualAidGroups } : {}),
          };
          const explained = classifyElder(subject, options).categories.mutualAidReport.status;
          expect(classifyStatuses(subject, options).statuses.mutualAidReport).toBe(explained);
          const expected =
            majorEvents.length === 0
              ? 'no'
              : member === undefined
                ? 'unknown'
                : member
                  ? 'yes'
                  : 'no';
          expect(explained).toBe(expected);
        },
      ),
    );
  });

  it('throws GuanaiError for a misspelt event or a group the schema rejects', () => {
    const issueOf = (options: object) => {
      try {
        classifyElder(elder(), { asOf: ASOF, ...options });
      } catch (error) {
        if (error instanceof GuanaiError) return error.issues[0];
        throw error;
      }
      return undefined;
    };
    expect(issueOf({ majorEvents: ['ilness'] })).toMatchObject({
      code: 'invalid_value',
      path: ['majorEvents', 0],
    });
    expect(issueOf({ majorEvents: 'illness' })).toMatchObject({
      code: 'invalid_type',
      path: ['majorEvents'],
    });
    expect(issueOf({ mutualAidGroups: [{ ...group(), leaderId: 'E-9' }] })).toMatchObject({
      code: 'mutual_aid_leader_not_member',
      path: ['mutualAidGroups', 0, 'leaderId'],
    });
    expect(issueOf({ mutualAidGroups: {} })).toMatchObject({
      code: 'invalid_type',
      path: ['mutualAidGroups'],
    });
  });
});

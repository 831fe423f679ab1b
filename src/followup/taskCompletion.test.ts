/**
 * Task completions from an app: good rows kept, every bad row back with coded issues.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, VILLAGE } from '../../test/fixtures/followupRules.js';
import { GuanaiError } from '../errors/index.js';
import { COMPLETABLE_KINDS, parseTaskCompletions, TaskCompletion } from './taskCompletion.js';

const by = { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE };
const row = (taskId: string, on = '2026-06-21', extra: object = {}) => ({
  taskId,
  on,
  by,
  ...extra,
});

describe('parseTaskCompletions', () => {
  it('keeps good rows, both completions of one task among them', () => {
    const rows = [
      row('notifyFamily/E-2', '2026-06-21', { note: '已电话通知长子' }),
      row('notifyFamily/E-2', '2026-06-29'),
      row('trackingContact/E-1', '2026-06-30', { by: { kind: 'caregiver', caregiverId: 'C-7' } }),
    ];
    const { completions, invalid } = parseTaskCompletions(rows, { asOf: ASOF });
    expect(invalid).toEqual([]);
    expect(completions).toEqual(rows);
  });

  it('returns every bad row with its index and coded issues', () => {
    const rows = [
      row('visit/weekly/E-1/2026-W26'),
      row('notifyFamily/'),
      row('reportToTownship/E-9', '2026-07-01'),
      { ...row('arrangeEntrustment/E-1'), by: { kind: 'body', body: 'police', areaCode: VILLAGE } },
      'not a row',
      row('arrangeEntrustment/E-1'),
    ];
    const { completions, invalid } = parseTaskCompletions(rows, {
      asOf: ASOF,
      elderIds: new Set(['E-1', 'E-2']),
    });
    expect(completions).toEqual([rows[5]]);
    expect(invalid.map((r) => [r.index, r.issues.map((i) => [i.code, i.path])])).toEqual([
      [0, [['invalid_value', ['taskId']]]],
      [1, [['invalid_value', ['taskId']]]],
      [
        2,
        [
          ['unknown_reference', ['taskId']],
          ['date_after_as_of', ['on']],
        ],
      ],
      [3, [['invalid_value', ['by', 'body']]]],
      [4, [['invalid_type', []]]],
    ]);
    expect(invalid[0]?.issues[0]?.params).toEqual({ allowed: COMPLETABLE_KINDS });
  });

  it('codes bad arguments at once', () => {
    expect(() => parseTaskCompletions('x' as never, { asOf: ASOF })).toThrow(GuanaiError);
    expect(() => parseTaskCompletions([], { asOf: '2026-13-01' as never })).toThrow(GuanaiError);
    expect(() => parseTaskCompletions([], { asOf: ASOF, elderIds: [] as never })).toThrow(
      GuanaiError,
    );
  });

  it('is a strict schema: unknown keys are issues, not dropped', () => {
    expect(TaskCompletion.safeParse({ ...row('notifyFamily/E-1'), extra: 1 }).success).toBe(false);
  });
});

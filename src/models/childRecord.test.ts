import { describe, expect, it } from 'vitest';
import { ChildRecord, COMPULSORY_SCHOOL_STAGES, SchoolStage } from './childRecord.js';
import { safeParse } from './validate.js';

const child = (rest: Record<string, unknown> = {}) => ({
  id: 'K-1',
  name: '王小明',
  birthDate: '2016-05-01',
  residence: {
    villageCode: '530325101203',
    group: 3,
    coordinates: { latitude: 25, longitude: 103 },
  },
  ...rest,
});

describe('ChildRecord: the facts the 包保 duties need (spec §1.3, §3.4 · S18 L515)', () => {
  it('accepts school stage and school, guardian, parents with workplace and phone', () => {
    const result = safeParse(
      ChildRecord,
      child({
        schoolStage: 'juniorSecondary',
        school: { id: 'SCH-01', name: '石桥镇中心学校' },
        guardian: { name: '王桂兰', relation: 'grandparent', phone: '139 1234 5678' },
        parents: [
          {
            role: 'father',
            awayForWork: true,
            workplace: { address: '广东省东莞市', regionCode: '441900', inChildCounty: false },
            phone: '+86 138-0013-8000',
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.guardian?.phone).toBe('13912345678');
      expect(result.value.parents?.[0]?.phone).toBe('13800138000');
      expect(result.value.residence.group).toBe(3);
    }
  });

  it('rejects the old stage words, a bad phone and an unknown guardian relation', () => {
    const issues = (input: unknown) => {
      const result = safeParse(ChildRecord, input);
      return result.ok ? [] : result.issues;
    };
    expect(issues(child({ schoolStage: 'compulsory' }))).toMatchObject([
      { code: 'invalid_value', path: ['schoolStage'] },
    ]);
    expect(
      issues(child({ guardian: { name: '王桂兰', relation: 'grandparent', phone: '12345' } })),
    ).toMatchObject([{ code: 'phone_format', path: ['guardian', 'phone'] }]);
    expect(issues(child({ guardian: { name: '王桂兰', relation: 'aunt' } }))).toMatchObject([
      { code: 'invalid_value', path: ['guardian', 'relation'] },
    ]);
    expect(issues(child({ residence: { villageCode: '530325101203', group: 0 } }))).toMatchObject([
      { code: 'too_small', path: ['residence', 'group'] },
    ]);
  });

  it('counts primary and junior secondary as compulsory education (义务教育阶段)', () => {
    expect(SchoolStage.options.filter((stage) => COMPULSORY_SCHOOL_STAGES.includes(stage))).toEqual(
      ['primary', 'juniorSecondary'],
    );
  });
});

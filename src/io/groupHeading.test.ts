import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupHeading, parseGroupHeading } from './groupHeading.js';
import { LEDGER_GROUPS } from './ledgerGroups.js';

const parsed = (heading: string) => {
  const parts = parseGroupHeading(heading);
  return parts && [parts.group.zh, parts.ordinal, parts.column.field];
};

describe('groupHeading', () => {
  it('writes the canonical headings in Chinese and English', () => {
    const heading = (
      g: number,
      ordinal: number | undefined,
      field: string,
      language: 'zh-CN' | 'en',
    ) => {
      const group = LEDGER_GROUPS[g] as (typeof LEDGER_GROUPS)[number];
      const column = group.columns.find((c) => c.field === field) as (typeof group.columns)[number];
      return groupHeading(group, ordinal, column, language);
    };
    expect(heading(0, 1, 'name', 'zh-CN')).toBe('子女1姓名');
    expect(heading(0, 2, 'whereabouts', 'zh-CN')).toBe('子女2去向');
    expect(heading(1, 1, 'atElderSide', 'zh-CN')).toBe('赡养人1是否在身边');
    expect(heading(2, 1, 'name', 'zh-CN')).toBe('委托照料人姓名');
    expect(heading(0, 1, 'name', 'en')).toBe('Child 1 name');
    expect(heading(1, 1, 'atElderSide', 'en')).toBe('Supporter 1 at elder side');
    expect(heading(2, undefined, 'name', 'en')).toBe('Entrusted carer name');
    expect(heading(0, undefined, 'name', 'zh-CN')).toBe('子女姓名');
  });
});

describe('parseGroupHeading', () => {
  it('reads every alias of the group word and of the column, ignoring case, spaces and full width', () => {
    expect(parsed('子女2现居住地')).toEqual(['子女', 2, 'whereabouts']);
    expect(parsed('子女２务工地点')).toEqual(['子女', 2, 'whereabouts']);
    expect(parsed('子女1 外出年月')).toEqual(['子女', 1, 'awaySince']);
    expect(parsed('其他赡养人1姓名')).toEqual(['赡养人', 1, 'name']);
    expect(parsed('赡养义务人3联系电话')).toEqual(['赡养人', 3, 'phone']);
    expect(parsed('CHILD 12 PHONE')).toEqual(['子女', 12, 'phone']);
    expect(parsed('Supporters 2 at elder side')).toEqual(['赡养人', 2, 'atElderSide']);
    expect(parsed('委托照顾人电话')).toEqual(['委托照料人', undefined, 'phone']);
    expect(parsed('子女三关系')).toEqual(['子女', 3, 'relation']);
    expect(parsed('子女姓名')).toEqual(['子女', undefined, 'name']);
  });

  it('names no group for other headings', () => {
    for (const heading of [
      '姓名',
      '子女',
      '子女1',
      '子女0姓名',
      '子女1身高',
      '配偶姓名',
      '',
      'Child',
    ])
      expect(parseGroupHeading(heading)).toBeUndefined();
  });

  it('gives back the group, ordinal and column groupHeading wrote (property)', () => {
    const parts = fc
      .constantFrom(...LEDGER_GROUPS)
      .chain((group) =>
        fc.tuple(
          fc.constant(group),
          fc.integer({ min: 1, max: 20 }),
          fc.constantFrom(...group.columns),
          fc.constantFrom('zh-CN' as const, 'en' as const),
        ),
      );
    fc.assert(
      fc.property(parts, ([group, ordinal, column, language]) => {
        const back = parseGroupHeading(groupHeading(group, ordinal, column, language));
        expect(back?.group).toBe(group);
        expect(back?.ordinal).toBe(group.single ? undefined : ordinal);
        expect(back?.column).toBe(column);
      }),
      { numRuns: 400 },
    );
  });
});

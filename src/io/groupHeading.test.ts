import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupHeading, parseGroupHeading } from './groupHeading.js';
import { LEDGER_GROUPS } from './ledgerGroups.js';

describe('groupHeading and parseGroupHeading', () => {
  it('read the headings officials write, with aliases, full-width digits and spaces', () => {
    const read = (heading: string) => {
      const found = parseGroupHeading(heading);
      return found && [found.group.zh, found.ordinal, found.column.field];
    };
    expect(read('子女2去向')).toEqual(['子女', 2, 'whereabouts']);
    expect(read('子女２ 务工地点')).toEqual(['子女', 2, 'whereabouts']);
    expect(read('子女姓名')).toEqual(['子女', undefined, 'name']);
    expect(read('其他赡养人1是否在身边')).toEqual(['赡养人', 1, 'atElderSide']);
    expect(read('Child 1 away since')).toEqual(['子女', 1, 'awaySince']);
    expect(read('委托照料人联系电话')).toEqual(['委托照料人', undefined, 'phone']);
    expect([read('姓名'), read('子女数'), read('子女0姓名')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('parse what they build, in both languages (property)', () => {
    const slot = fc.constantFrom(
      ...LEDGER_GROUPS.flatMap((group) => group.columns.map((column) => ({ group, column }))),
    );
    fc.assert(
      fc.property(
        slot,
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        ({ group, column }, n, en) => {
          const heading = groupHeading(group, n, column, en ? 'en' : 'zh-CN');
          expect(parseGroupHeading(heading)).toEqual({
            group,
            ordinal: group.single ? undefined : n,
            column,
          });
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Elder } from '../models/index.js';
import { readLedgerRows } from './readLedgerRows.js';
import { writeLedgerRows } from './writeLedgerRows.js';

const elder = (household: Record<string, unknown>, id = 'E-1') =>
  Elder.parse({ id, name: '王秀英', residence: { villageCode: '530325101203' }, household });
const written = (records: Elder[], options: Parameters<typeof writeLedgerRows>[1] = {}) => {
  const [headings = [], ...rows] = writeLedgerRows({ kind: 'elders', records }, options);
  const at = (row: number, heading: string) => rows[row]?.[headings.indexOf(heading)];
  return { headings, rows, at };
};

describe('writing group columns', () => {
  const family = elder({
    children: [
      {
        name: '李强',
        relation: 'son',
        kinship: 'birth',
        whereabouts: { inElderCounty: false, inElderTownship: false, regionCode: '440300' },
        awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' },
        phone: '13800138000',
      },
      { name: '李梅', livesWithElder: true },
    ],
    otherSupportObligors: [{ relation: 'grandchild', atElderSide: false }],
    entrustedCarer: null,
  });

  it('writes members in columns, what they cannot carry in the JSON, phones masked', () => {
    const { headings, at } = written([family]);
    expect(headings.filter((h) => h.startsWith('子女2'))).toHaveLength(7);
    expect(headings.some((h) => h.startsWith('委托照料人'))).toBe(false);
    expect([at(0, '子女1去向'), at(0, '子女1外出时间'), at(0, '子女1联系电话')]).toEqual([
      '县外',
      '2023年3月',
      '138****8000',
    ]);
    expect([at(0, '子女2去向'), at(0, '赡养人1是否在身边'), at(0, '赡养人1关系')]).toEqual([
      '在家',
      '否',
      '孙子女',
    ]);
    expect(JSON.parse(at(0, '其他信息（JSON）') ?? '').household).toEqual({
      children: [{ kinship: 'birth', whereabouts: { regionCode: '440300' } }],
      entrustedCarer: null,
    });
  });

  it('reads back what it wrote, in English too', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const table = writeLedgerRows(
        { kind: 'elders', records: [family] },
        { language, mask: false },
      );
      expect(readLedgerRows('elders', table).records).toEqual([family]);
    }
    expect(written([family], { language: 'en' }).at(0, 'Child 1 away since')).toBe('2023-03');
  });

  it('keeps a list with a blank member before a filled one whole in the JSON, and [] as known none', () => {
    const gap = elder({ children: [{ kinship: 'birth' }, { name: '李梅' }] });
    const none = elder({ children: [] }, 'E-2');
    const { headings, rows, at } = written([gap, none], { mask: false });
    expect(headings.some((h) => h.startsWith('子女'))).toBe(false);
    expect(JSON.parse(at(0, '其他信息（JSON）') ?? '').household.children).toHaveLength(2);
    expect(JSON.parse(at(1, '其他信息（JSON）') ?? '').household).toEqual({ children: [] });
    expect(readLedgerRows('elders', [headings, ...rows]).records).toEqual([gap, none]);
  });

  it('puts an address whose reading says more than the record in the JSON, the place cell blank', () => {
    const vague = elder({ children: [{ name: '李强', whereabouts: { address: '广东省深圳市' } }] });
    const { headings, rows, at } = written([vague]);
    expect(at(0, '子女1去向')).toBe('');
    expect(readLedgerRows('elders', [headings, ...rows]).records).toEqual([vague]);
  });
});

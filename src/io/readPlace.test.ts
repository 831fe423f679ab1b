import { describe, expect, it } from 'vitest';
import { placeKeysOf, readPlace } from './readPlace.js';

const child = { elderProvince: '53', atHome: 'livesWithElder' } as const;
const read = (text: string, context: Parameters<typeof readPlace>[2] = child) =>
  readPlace(text, ['household', 'children', 0, 'whereabouts'], context);

describe('readPlace', () => {
  it('reads the relative words officials write, keeping the text when it says more', () => {
    expect(read('本村').value).toEqual({
      whereabouts: { inElderCounty: true, inElderTownship: true },
    });
    expect(read('本镇').value.whereabouts).toEqual({ inElderCounty: true, inElderTownship: true });
    expect(read('本县').value).toEqual({ whereabouts: { inElderCounty: true } });
    expect(read('县城').value).toEqual({ whereabouts: { inElderCounty: true } });
    expect(read('本县城关镇').value).toEqual({
      whereabouts: { inElderCounty: true, address: '本县城关镇' },
    });
    for (const word of ['县外', '市外', '省外', '外省', '外地'])
      expect(read(word).value).toEqual({
        whereabouts: { inElderCounty: false, inElderTownship: false },
      });
    expect(read('镇外').value).toEqual({ whereabouts: { inElderTownship: false } });
    expect(read(' Out of county ').value.whereabouts?.inElderCounty).toBe(false);
  });

  it('reads at home as living with the elder for a child, at their side for a supporter', () => {
    expect(read('在家').value).toEqual({ livesWithElder: true });
    expect(read('同住', { atHome: 'atElderSide' }).value).toEqual({ atElderSide: true });
    expect(read('在家务农').value).toEqual({
      livesWithElder: true,
      whereabouts: { address: '在家务农' },
    });
  });

  it('reads a province other than the elder’s as outside the county', () => {
    expect(read('广东省深圳市宝安区').value).toEqual({
      whereabouts: { inElderCounty: false, inElderTownship: false, address: '广东省深圳市宝安区' },
    });
    expect(read('中国浙江宁波').value.whereabouts?.inElderCounty).toBe(false);
    expect(read('内蒙古包头市').value.whereabouts?.inElderCounty).toBe(false);
  });

  it('says so when it cannot tell: the elder’s own province, a city, 本市, no elder province', () => {
    for (const [text, context] of [
      ['云南省昆明市', child],
      ['深圳市', child],
      ['本市', child],
      ['广东省深圳市', { atHome: 'livesWithElder' as const }],
    ] as const) {
      const reading = read(text, context);
      expect(reading.value).toEqual({ whereabouts: { address: text } });
      expect(reading.warning?.code).toBe('place_unresolved');
      expect(reading.warning?.path).toEqual(['household', 'children', 0, 'whereabouts']);
    }
  });

  it('reads names of the elder’s county and townships given as options', () => {
    const places = placeKeysOf({ county: ['宣威市'], township: ['板桥镇', ' '] });
    expect(read('云南省宣威市板桥镇', { ...child, places }).value.whereabouts).toEqual({
      inElderCounty: true,
      inElderTownship: true,
      address: '云南省宣威市板桥镇',
    });
    expect(read('宣威市 城区 ', { ...child, places }).value.whereabouts).toEqual({
      inElderCounty: true,
      address: '宣威市 城区',
    });
    expect(placeKeysOf({ county: [1, '宣威市'] as never })).toEqual({
      county: ['宣威市'],
      township: [],
    });
  });
});

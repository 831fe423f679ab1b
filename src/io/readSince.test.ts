import { describe, expect, it } from 'vitest';
import { plainDate } from '../models/index.js';
import { monthSpan, readSince } from './readSince.js';

const path = ['household', 'children', 0, 'awaySince'];
const value = (raw: unknown, anchor?: string): object | string => {
  const reading = readSince(raw, path, anchor === undefined ? undefined : plainDate(anchor));
  return 'value' in reading ? reading.value : reading.issue.code;
};

describe('readSince', () => {
  it('reads a day as the day the absence began', () => {
    expect(value('2023-03-15')).toEqual({ awaySince: '2023-03-15' });
    expect(value('2023年3月15日')).toEqual({ awaySince: '2023-03-15' });
    expect(value(new Date(Date.UTC(2023, 2, 15)))).toEqual({ awaySince: '2023-03-15' });
    expect(value(20230315)).toEqual({ awaySince: '2023-03-15' });
  });

  it('reads a month, typed any way officials type it, as the span of its days', () => {
    const march = { awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' } };
    for (const text of [
      '2023年3月',
      '2023年03月',
      '2023.03',
      '2023.3',
      '2023-03',
      '2023/3',
      '202303',
      '２０２３年３月',
    ])
      expect(value(text)).toEqual(march);
    expect(value(2023.03)).toEqual(march);
    expect(value(202303)).toEqual(march);
    expect(value('2024年2月')).toHaveProperty('awaySinceBetween', {
      earliest: '2024-02-01',
      latest: '2024-02-29',
    });
    expect(value('9999年12月')).toHaveProperty('awaySinceBetween.latest', '9999-12-31');
    expect(value('2023年13月')).toBe('invalid_plain_date');
  });

  it('reads 常年在外 as away at least a year before the file’s date, and warns without one', () => {
    expect(value('常年在外', '2026-03-31')).toEqual({ awaySinceBetween: { latest: '2025-03-31' } });
    expect(value('长期外出', '2024-02-29')).toEqual({ awaySinceBetween: { latest: '2023-02-28' } });
    expect(value('常年', '2026-03-31')).toEqual({ awaySinceBetween: { latest: '2025-03-31' } });
    const unanchored = readSince('常年在外', path, undefined);
    expect(unanchored).toEqual({
      value: {},
      warning: expect.objectContaining({ code: 'away_date_unanchored', path }),
    });
  });

  it('never guesses January or October for a month held as a number', () => {
    expect(value(1958.1)).toBe('date_ambiguous');
    expect(value(1958.1)).toBe('date_ambiguous');
    expect(value('1958.1')).toEqual({
      awaySinceBetween: { earliest: '1958-01-01', latest: '1958-01-31' },
    });
    expect(value(1958.12)).toEqual({
      awaySinceBetween: { earliest: '1958-12-01', latest: '1958-12-31' },
    });
    expect(value(1958.2)).toEqual({
      awaySinceBetween: { earliest: '1958-02-01', latest: '1958-02-28' },
    });
  });

  it('gives a coded issue for anything else', () => {
    expect(value('去年')).toBe('invalid_plain_date');
    expect(monthSpan('2023')).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { readCell } from './readCell.js';

const NOTE: LedgerColumn = { field: 'note', zh: '备注', en: 'Note', cell: 'text', nullable: true };
const NONE = new Set(['无', 'none', 'null']);

describe('readCell of a nullable column', () => {
  it('reads null exactly for the texts whose label key is 无, none or null', () => {
    const piece = fc.constantFrom(
      ...['无', 'n', 'N', 'ｎ', 'Ｎ', 'o', 'Ｏ', 'e', 'E', 'u', 'U', 'l', 'Ｌ', ' ', '\u3000', 'x'],
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        const read = readCell(NOTE, text, ['note'], 'zh-CN');
        const isNull = NONE.has(labelKey(text.trim()));
        expect(read !== undefined && 'value' in read && read.value === null).toBe(isNull);
      }),
      { numRuns: 2000 },
    );
    expect(readCell(NOTE, ' Ｎｏｎｅ ', ['note'], 'zh-CN')).toEqual({ value: null });
    expect(readCell(NOTE, 'N U L L', ['note'], 'zh-CN')).toEqual({ value: null });
    expect(readCell(NOTE, '无人', ['note'], 'zh-CN')).toEqual({ value: '无人' });
  });
});

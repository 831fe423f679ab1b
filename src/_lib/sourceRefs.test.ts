import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { sourceRefs } from './sourceRefs.js';

describe('sourceRefs', () => {
  it('reads items, lines, lines continuing an item, and spans', () => {
    expect(sourceRefs('spec §2 R10 · S10 L233 / S18 L519')).toEqual([
      { source: 'S10', line: 233 },
      { source: 'S18', line: 519 },
    ]);
    expect(sourceRefs('S14 L375, L379')).toEqual([
      { source: 'S14', line: 375 },
      { source: 'S14', line: 379 },
    ]);
    expect(sourceRefs('S12 L285–L297; S18 L517–519')).toEqual([
      { source: 'S12', line: 285, toLine: 297 },
      { source: 'S18', line: 517, toLine: 519 },
    ]);
  });

  it('keeps an item named without a line, and ignores a line before any item', () => {
    expect(sourceRefs('spec §5.4 K23 · S12 L297; 重阳、国庆 S01, S02')).toEqual([
      { source: 'S12', line: 297 },
      { source: 'S01' },
      { source: 'S02' },
    ]);
    expect(sourceRefs('L12 of 第五条')).toEqual([]);
  });

  it('is a coded error for a value that is not a string', () => {
    expect(() => sourceRefs(7 as unknown as string)).toThrow(GuanaiError);
  });

  it('finds every reference written, in order (property)', () => {
    const ref = fc.record({
      item: fc.integer({ min: 1, max: 99 }),
      line: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 8 }), (refs) => {
        const text = refs
          .map(({ item, line }) => `S${String(item).padStart(2, '0')}${line ? ` L${line}` : ''}`)
          .join('; ');
        expect(sourceRefs(text)).toEqual(
          refs.map(({ item, line }) => ({
            source: `S${String(item).padStart(2, '0')}`,
            ...(line ? { line } : {}),
          })),
        );
      }),
    );
  });
});

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv', () => {
  it('makes each doubled quote inside a quoted cell one quote', () => {
    expect(parseCsv('"a""b","""","""x""",""\r\n"""""",y', ',')).toEqual({
      rows: [
        ['a"b', '"', '"x"', ''],
        ['""', 'y'],
      ],
      badQuoteRows: new Set(),
      quoteMarkRows: new Set(),
    });
  });

  it("joins only a cell's own pieces when a cell with fewer doubled quotes follows one with more", () => {
    expect(parseCsv('"{""a"":""b"",""c"":1}","x""y"\n"z""",""""', ',').rows).toEqual([
      ['{"a":"b","c":1}', 'x"y'],
      ['z"', '"'],
    ]);
  });

  it('reads back whatever papaparse writes, quoted or not, on any line end', () => {
    const cell = fc.string({
      unit: fc.oneof(
        fc.constantFrom('"', '""', ',', ';', '\r', '\n', '\t', "'"),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('\r\n', '\n', '\r'),
        (rows, quotes, newline) => {
          // A row of one empty cell is a blank line, which papaparse writes as nothing.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          const text = Papa.unparse(rows, { quotes, newline });
          const marked = rows.flatMap((row, index) =>
            row.some((cell) => cell.startsWith("'")) ? [index] : [],
          );
          expect(parseCsv(text, ',')).toEqual({
            rows,
            badQuoteRows: new Set(),
            quoteMarkRows: new Set(marked),
          });
        },
      ),
    );
  });

  it("lists the rows with a cell that starts with ', quoted or not, and no other", () => {
    const parsed = parseCsv(`a,'b\r\n"'c",d\r\ne,f'\r\n"",'\r\n""'g,h`, ',');
    expect(parsed.quoteMarkRows).toEqual(new Set([0, 1, 3, 4]));
    expect(parsed.badQuoteRows).toEqual(new Set([4]));
    expect(parsed.rows[4]).toEqual(["'g", 'h']);
  });

  it("unescapes as joining pieces does, with or without the host's Buffer (property)", () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        '"',
        '""',
        ',',
        '\r',
        '\n',
        'a',
        '中',
        '\uD83D',
        '\uDE00',
        '\uDC00',
        '\uFEFF',
      ),
    });
    const text = fc.array(
      fc.oneof(
        cell,
        cell.map((c) => `"${c.replaceAll('"', '""')}"`),
      ),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(text, fc.constantFrom(',', '\r\n'), (cells, joint) => {
        const csv = cells.join(joint);
        const withBuffer = parseCsv(csv, ',');
        vi.stubGlobal('Buffer', undefined);
        try {
          expect(parseCsv(csv, ',')).toEqual(withBuffer);
        } finally {
          vi.unstubAllGlobals();
        }
      }),
    );
  });

  it('keeps a lone surrogate and a long quoted cell as they are', () => {
    const long = `{${'""k"":""中\uD800"",'.repeat(2000)}""z"":1}`;
    const rows = parseCsv(`"${long}",x\r\n"a""\uDC00"`, ',').rows;
    expect(rows).toEqual([[long.replaceAll('""', '"'), 'x'], ['a"\uDC00']]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { csvRowIssue, takeQuoteMarks } from './csvLedgerRow.js';
import { writeLedgerCsv } from './ledgerCsv.js';
import { ledgerReadLimits } from './ledgerReadLimits.js';
import { parseCsv } from './parseCsv.js';
import { readTextRows } from './readLedgerRows.js';
import { streamLedgerCsv } from './streamLedgerCsv.js';

const sample = generateSampleCounty({ seed: 5, townships: 1, villagesPerTownship: 2, elders: 12 });
const lines = writeLedgerCsv({ kind: 'elders', records: sample.elders }, { bom: false })
  .split('\r\n')
  .filter((line) => line !== '');
const [heading = '', ...rows] = lines;

/** The whole-table read of a CSV text, as readLedgerCsv reads a file it does not stream. */
function wholeTable(text: string, options: object) {
  const parsed = parseCsv(text, ',');
  for (const index of parsed.quoteMarkRows) takeQuoteMarks(parsed.rows[index] as string[]);
  const rowIssues = new Map();
  parsed.rows.forEach((row, index) => {
    const found = csvRowIssue(row, parsed.badQuoteRows.has(index), undefined);
    if (found) rowIssues.set(index, found);
  });
  return readTextRows('elders', parsed.rows, rowIssues, limitsOf(options), options);
}

const limitsOf = (options: { limits?: object }) => ledgerReadLimits(options.limits);

/** Lines an official's file may hold besides records, above, between and below them. */
const extraLine = fc.constantFrom(
  '',
  ',,,',
  '合计,,,',
  '小计：12人',
  '备注：本表据村委会登记',
  '填表人：张三,,审核人：李四',
  '填报日期：2026年6月30日',
  '某县留守老年人台账',
  'E-0001,重复,,,',
  '"open quote,a,b',
  "'=1+1,x",
  `${rows[0] ?? ''},extra`,
  `${rows[1] ?? ''},,,`,
);

describe('streamLedgerCsv', () => {
  it('reads a file row by row as the whole table reads it, or leaves it to the whole table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...rows), extraLine), { maxLength: 30 }),
        fc.array(extraLine, { maxLength: 3 }),
        fc.constantFrom(
          {},
          { strict: true },
          { reportedOn: plainDate('2026-05-01') },
          { limits: { rows: 20 } },
        ),
        (body, above, options) => {
          const text = [...above, heading, ...body].join('\r\n');
          const streamed = streamLedgerCsv(
            'elders',
            text,
            ',',
            undefined,
            limitsOf(options),
            options,
          );
          let whole: unknown;
          try {
            whole = wholeTable(text, options);
          } catch (error) {
            whole = error;
          }
          if (streamed !== undefined) expect(streamed).toStrictEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('streams a plain file, and leaves a 填报日期 below the rows to the whole table', () => {
    const text = [heading, ...rows].join('\r\n');
    const options = {};
    expect(
      streamLedgerCsv('elders', text, ',', undefined, limitsOf(options), options),
    ).toStrictEqual(wholeTable(text, options));
    const dated = [heading, ...rows, '填报日期：2026年6月30日'].join('\r\n');
    expect(streamLedgerCsv('elders', dated, ',', undefined, limitsOf(options), options)).toBe(
      undefined,
    );
  });
});

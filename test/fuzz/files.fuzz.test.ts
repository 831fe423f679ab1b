/**
 * Ledger files under fuzzing: every export of guanai/io and guanai/xlsx (and the maskers they
 * use), fed anything, returns or throws one GuanaiError within the hang bound; what guanai
 * writes it reads back; default masking lets no resident ID or mobile number through, whatever
 * field and JSON type holds it; a file mixing good and corrupted rows keeps every good row.
 */
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LEDGER_READ_LIMITS,
  LEDGER_COLUMNS,
  LEDGER_SHEET_NAMES,
  ledgerReadLimits,
  readLedgerCsv,
  readLedgerRows,
  writeLedgerCsv,
  writeLedgerRows,
} from '../../src/io/index.js';
import { Elder, maskPhoneNumber, maskResidentId } from '../../src/models/index.js';
import { generateSampleCounty } from '../../src/sample/index.js';
import { readLedgerXlsx, writeLedgerXlsx } from '../../src/xlsx/index.js';
import { zipEntries } from '../../src/xlsx/zipEntries.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, outcomeOfAsync, reportTallies } from './harness.js';

afterAll(() => reportTallies('files'));

const settings = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };
/** exceljs is slow: the workbook properties take a twentieth of the runs, at least three. */
const xlsxSettings = { seed: FUZZ_SEED, numRuns: Math.max(3, Math.round(FUZZ_RUNS / 20)) };
/** Each property's time budget grows with the runs asked for (GUANAI_FUZZ_RUNS). */
const timeout = Math.max(20_000, FUZZ_RUNS * 50);

const sample = generateSampleCounty({ seed: 3, townships: 1, villagesPerTownship: 2, elders: 30 });
const elders = sample.elders;
const KINDS = ['elders', 'caregivers', 'pairings', 'visitRecords'] as const;

/** Characters ledger files find hard, mixed into arbitrary text. */
const awkward = fc.constantFrom(
  ';',
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\t',
  '=',
  '+',
  '-',
  '@',
  "'",
  '😀',
  '，',
  'Ａ',
  '_x0041_',
  '\uFFFD',
  '*',
);
const text = fc.string({ unit: fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 1 })) });
const oddValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    2 ** 53,
    '2026-02-30',
    '9999-12-31',
    '10000-01-01',
    'x'.repeat(100_000),
  ),
);

/** CSV-like text: headings of a kind, then rows of awkward cells. */
const csvText = fc
  .tuple(
    fc.constantFrom(...KINDS),
    fc.array(
      fc.array(fc.oneof(text, fc.constantFrom('E-1', '1950-03-08', '530325101203')), {
        maxLength: 8,
      }),
      { maxLength: 8 },
    ),
    fc.constantFrom(',', ';', '\t', '\r\n', '\n', '\r'),
  )
  .map(([kind, rows, joiner]) =>
    [
      LEDGER_COLUMNS[kind].map((column) => column.zh).join(','),
      ...rows.map((r) => r.join(',')),
    ].join(joiner === ',' || joiner === ';' || joiner === '\t' ? '\r\n' : joiner),
  );

const readOptions = fc.oneof(
  oddValue,
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...KINDS), oddValue),
      delimiter: fc.oneof(fc.constantFrom(',', ';', '\t'), oddValue),
      limits: fc.oneof(
        fc.record(
          { rows: fc.nat(20), cells: fc.nat(200), textLength: fc.nat(50) },
          { requiredKeys: [] },
        ),
        oddValue,
      ),
      strict: fc.oneof(fc.boolean(), oddValue),
      listsComplete: fc.oneof(
        fc.subarray(['children', 'otherSupportObligors', 'entrustedCarer']),
        oddValue,
      ),
    },
    { requiredKeys: ['kind'] },
  ),
);

describe('ledger files: every export returns or throws one GuanaiError, bounded', () => {
  it('readLedgerCsv: text, bytes or anything, with any options', { timeout }, () => {
    const file = fc.oneof(
      csvText,
      text,
      csvText.map((t) => new TextEncoder().encode(t)),
      fc.uint8Array({ maxLength: 200 }),
      oddValue,
    );
    fc.assert(
      fc.property(file, readOptions, (input, options) => {
        outcomeOf('readLedgerCsv', () => readLedgerCsv(input as string, options as never));
      }),
      settings,
    );
  });

  it('readLedgerCsv: the catalogue’s hand-made files', { timeout }, () => {
    const head = '编号,姓名,村代码,备注';
    const cases: (string | Uint8Array)[] = [
      `编号,"姓名,村代码\nE-1,王,530325101203\n`,
      `${head}\r\nE-1,王,530325101203,a\rE-2,李,530325101203,\r\n`,
      Uint8Array.from([...new TextEncoder().encode(`${head}\nE-1,王秀英,530325101203,`), 0xff]),
      `${head}\n${'E-1,王,530325101203,x\n'.repeat(3)}`,
      `${','.repeat(100_000)}\n${'x\n'.repeat(100_000)}`,
      `${head}\n${'"'.repeat(100_001)}`,
      `${head}\n${'"x\n'.repeat(50_000)}`,
      `${head}\n${'\r'.repeat(200_000)}`,
      `${head}\nE-1,王,530325101203,${'{"a":'.repeat(10_000)}`,
      `${head},扩展字段（JSON）\nE-1,王,530325101203,,${'['.repeat(100_000)}`,
    ];
    // The big ones once (they cost the same for every kind), the small ones for every kind.
    for (const [i, file] of cases.entries())
      for (const kind of i < 4 ? KINDS : (['elders'] as const))
        outcomeOf('readLedgerCsv', () => readLedgerCsv(file, { kind }));
  });

  it('readLedgerRows: any table, any kind, any options', { timeout }, () => {
    const table = fc.oneof(
      fc.array(fc.array(fc.oneof(text, oddValue, fc.date()), { maxLength: 6 }), { maxLength: 6 }),
      oddValue,
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...KINDS), oddValue),
        table,
        oddValue,
        (kind, rows, options) => {
          outcomeOf('readLedgerRows', () =>
            readLedgerRows(kind as 'elders', rows as unknown[][], options as never),
          );
        },
      ),
      settings,
    );
    const sparse: unknown[][] = [];
    sparse[1_000_000] = ['E-1'];
    sparse[0] = ['编号'];
    outcomeOf('readLedgerRows', () => readLedgerRows('elders', sparse));
  });

  it('writeLedgerCsv and writeLedgerRows: any sheet, any options', { timeout }, () => {
    const records = fc.oneof(
      fc.array(fc.oneof(fc.constantFrom(...elders), fc.object(), oddValue), { maxLength: 4 }),
      oddValue,
    );
    const sheet = fc.oneof(
      fc.record({
        kind: fc.oneof(fc.constantFrom(...KINDS), oddValue),
        records,
        extraColumns: fc.oneof(fc.array(text, { maxLength: 3 }), oddValue),
        extraCells: oddValue,
      }),
      oddValue,
    );
    const options = fc.oneof(
      fc.record({ language: fc.oneof(fc.constantFrom('zh-CN', 'en'), oddValue), mask: oddValue }),
      oddValue,
    );
    fc.assert(
      fc.property(sheet, options, (input, how) => {
        outcomeOf('writeLedgerCsv', () => writeLedgerCsv(input as never, how as never));
        outcomeOf('writeLedgerRows', () => writeLedgerRows(input as never, how as never));
      }),
      settings,
    );
    const deep: unknown[] = [];
    let node = deep;
    for (let i = 0; i < 10_000; i++) node = node[0] = [] as unknown[];
    const first = elders[0] as Elder;
    outcomeOf('writeLedgerCsv', () =>
      writeLedgerCsv({ kind: 'elders', records: [{ ...first, extensions: { deep } } as Elder] }),
    );
  });

  it('ledgerReadLimits, maskPhoneNumber and maskResidentId: anything', { timeout }, () => {
    fc.assert(
      fc.property(oddValue, oddValue, (a, b) => {
        outcomeOf('ledgerReadLimits', () => ledgerReadLimits(a));
        outcomeOf('maskPhoneNumber', () => maskPhoneNumber(a as never));
        outcomeOf('maskResidentId', () => maskResidentId(a as never, b as never));
      }),
      settings,
    );
    expect(DEFAULT_LEDGER_READ_LIMITS.textLength).toBe(32_767);
    expect(Object.keys(LEDGER_SHEET_NAMES)).toEqual([...KINDS]);
  });

  it('readLedgerXlsx and writeLedgerXlsx: anything, and bytes that are almost a workbook', {
    timeout,
  }, async () => {
    const good = await writeLedgerXlsx({ kind: 'elders', records: elders.slice(0, 3) });
    const damaged = fc
      .tuple(fc.nat(good.length - 1), fc.nat(255), fc.nat(good.length))
      .map(([at, byte, cut]) => {
        const bytes = good.slice(0, Math.max(cut, at + 1));
        bytes[at] = byte;
        return bytes;
      });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(good), damaged, fc.uint8Array({ maxLength: 100 }), oddValue),
        readOptions,
        async (file, options) => {
          await outcomeOfAsync('readLedgerXlsx', () =>
            readLedgerXlsx(file as never, options as never),
          );
        },
      ),
      xlsxSettings,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ kind: fc.constantFrom(...KINDS), records: fc.constant(elders.slice(0, 2)) }),
          fc.array(fc.record({ kind: oddValue, records: oddValue }), { maxLength: 2 }),
          oddValue,
        ),
        oddValue,
        async (sheets, options) => {
          await outcomeOfAsync('writeLedgerXlsx', () =>
            writeLedgerXlsx(sheets as never, options as never),
          );
        },
      ),
      xlsxSettings,
    );
  });
});

/** An elder of the sample with arbitrary text in its text fields and extreme coordinates. */
const oddElder = fc
  .record({
    base: fc.constantFrom(...elders),
    name: text,
    notes: text,
    address: text,
    extension: text,
    latitude: fc.oneof(
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.constantFrom(1e-7, -1e-7, 5e-324, -0, 89.999999999999),
    ),
    longitude: fc.oneof(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.constantFrom(1e-21, 1e21 % 180, -0),
    ),
  })
  .map(({ base, name, notes, address, extension, latitude, longitude }) =>
    Elder.safeParse({
      ...base,
      name: name.trim() || '王',
      notes: notes.trim() || undefined,
      residence: {
        ...base.residence,
        address: address.trim() || undefined,
        coordinates: { latitude, longitude },
      },
      extensions: { text: extension, big: 1e21, tiny: 1e-7 },
    }),
  )
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as Elder);

describe('ledger files: what guanai writes it reads back', () => {
  it('CSV: arbitrary text and extreme numbers, extra columns too', { timeout }, () => {
    fc.assert(
      fc.property(fc.array(oddElder, { minLength: 1, maxLength: 4 }), text, (records, extra) => {
        const unique = records.map((elder, i) => ({ ...elder, id: `E-${i}` }) as Elder);
        const extraCells = Object.fromEntries(unique.map((e) => [e.id, [extra.trim()]]));
        const sheet = {
          kind: 'elders',
          records: unique,
          extraColumns: ['自有列'],
          extraCells,
        } as const;
        const back = readLedgerCsv(writeLedgerCsv(sheet, { mask: false }), { kind: 'elders' });
        expect(back.invalid).toEqual([]);
        expect(back.records).toEqual(unique);
        expect(back.extraCells).toEqual(extraCells);
        const bytes = new TextEncoder().encode(
          writeLedgerCsv(sheet, { mask: false, language: 'en' }),
        );
        expect(readLedgerCsv(bytes, { kind: 'elders' }).records).toEqual(unique);
      }),
      settings,
    );
  });

  it('XLSX: arbitrary text and extreme numbers', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(oddElder, { minLength: 1, maxLength: 3 }), async (records) => {
        const unique = records.map((elder, i) => ({ ...elder, id: `E-${i}` }) as Elder);
        const bytes = await writeLedgerXlsx({ kind: 'elders', records: unique }, { mask: false });
        const back = await readLedgerXlsx(bytes, { kind: 'elders' });
        expect(back.invalid).toEqual([]);
        expect(back.records).toEqual(unique);
      }),
      xlsxSettings,
    );
  });
});

/** 18-digit resident IDs and 11-digit mobile numbers, as text or as numbers. */
const residentIds = elders.flatMap((e) => (e.residentId ? [e.residentId] : []));
const mobiles = fc
  .tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([head, rest]) => `${head}${String(rest).padStart(9, '0')}`);

/** A value that puts `secret` under a sensitive name in one JSON shape or another. */
function placed(secret: string, shape: number, asNumber: boolean): unknown {
  const value: unknown = asNumber && Number.isSafeInteger(Number(secret)) ? Number(secret) : secret;
  switch (shape) {
    case 0:
      return value;
    case 1:
      return [value, 'x'];
    case 2:
      return { home: value };
    default:
      return [{ a: [value] }];
  }
}

/** Every text part of a workbook, unzipped. */
function workbookText(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return zipEntries(bytes)
    .map((entry) => {
      const at = entry.localHeaderOffset;
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + entry.compressedSize);
      return new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data);
    })
    .join('\n');
}

const secretRecord = fc
  .record({
    base: fc.constantFrom(...elders),
    id: fc.constantFrom(...residentIds),
    otherId: fc.constantFrom(...residentIds),
    phone: mobiles,
    extensionPhone: mobiles,
    childPhone: mobiles,
    shape: fc.nat(3),
    idShape: fc.nat(3),
    asNumber: fc.boolean(),
  })
  .map((r) => ({
    secrets: [r.id, r.otherId, r.phone, r.extensionPhone, r.childPhone],
    record: {
      ...r.base,
      residentId: r.id,
      phone: r.phone,
      household: {
        ...r.base.household,
        children: [
          { relation: 'son', alive: true, phone: placed(r.childPhone, r.shape, r.asNumber) },
        ],
      },
      extensions: {
        phone: placed(r.extensionPhone, r.shape, r.asNumber),
        residentId: placed(r.otherId, r.idShape, false),
        nested: { deeper: { phone: placed(r.phone, r.idShape, r.asNumber) } },
      },
    } as unknown as Elder,
  }));

describe('ledger files: default masking lets no ID or mobile number through', () => {
  it('CSV: nowhere in the text, whatever field and JSON type holds it', { timeout }, () => {
    fc.assert(
      fc.property(fc.array(secretRecord, { minLength: 1, maxLength: 3 }), (items) => {
        const records = items.map((item, i) => ({ ...item.record, id: `E-${i}` }) as Elder);
        for (const language of ['zh-CN', 'en'] as const) {
          const csv = writeLedgerCsv({ kind: 'elders', records }, { language });
          for (const secret of items.flatMap((item) => item.secrets))
            expect(csv.includes(secret), secret).toBe(false);
        }
      }),
      settings,
    );
  });

  it('XLSX: in no XML part', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(secretRecord, { minLength: 1, maxLength: 3 }), async (items) => {
        const records = items.map((item, i) => ({ ...item.record, id: `E-${i}` }) as Elder);
        const xml = workbookText(await writeLedgerXlsx({ kind: 'elders', records }));
        for (const secret of items.flatMap((item) => item.secrets))
          expect(xml.includes(secret), secret).toBe(false);
      }),
      xlsxSettings,
    );
  });
});

/** A line that is not a good record: each kind of damage a ledger CSV meets. */
const badLine = fc.constantFrom(
  'E-bad,王,530325101203,2023/2/29',
  'E-bad,王,5303,,',
  ',,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,x',
  'garbage without commas',
  'E-bad,"王"x,530325101203',
  'E-bad,王,530325101203,\uFFFD',
  `E-bad,${'王'.repeat(40_000)},530325101203`,
  'E-bad,,530325101203',
);

describe('ledger files: a file mixing good and corrupted rows keeps every good row', () => {
  it('CSV: every good record comes back, every bad line is reported', { timeout }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), badLine), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        (plan, lineEnd) => {
          const good = elders.slice(0, plan.length).map((e) => ({ ...e, notes: undefined }));
          const [heading = '', ...lines] = writeLedgerCsv(
            { kind: 'elders', records: good },
            { mask: false, bom: false },
          )
            .trimEnd()
            .split('\r\n');
          const mixed = [heading];
          let bad = 0;
          plan.forEach(([corrupt, line], i) => {
            if (corrupt) {
              mixed.push(line);
              bad++;
            }
            mixed.push(lines[i] ?? '');
          });
          const read = readLedgerCsv(mixed.join(lineEnd), { kind: 'elders' });
          expect(read.records).toEqual(good);
          expect(read.invalid.length).toBe(bad);
        },
      ),
      settings,
    );
  });

  it('CSV bytes: a bad byte costs its row only', { timeout }, () => {
    fc.assert(
      fc.property(fc.nat(9), fc.constantFrom(0xff, 0xc3, 0xe4, 0x80), (at, byte) => {
        const good = elders.slice(0, 10);
        const csv = writeLedgerCsv({ kind: 'elders', records: good }, { mask: false });
        const lines = csv.split('\r\n');
        const broken = (lines[at + 1] ?? '').replace(',', `,${String.fromCharCode(0xe000)}`);
        lines[at + 1] = broken;
        const encoded = new TextEncoder().encode(lines.join('\r\n'));
        // U+E000 encodes as EE 80 80: its first byte becomes the bad one.
        const marker = encoded.findIndex(
          (b, i) => b === 0xee && encoded[i + 1] === 0x80 && encoded[i + 2] === 0x80,
        );
        const bytes = Uint8Array.from([
          ...encoded.slice(0, marker),
          byte,
          ...encoded.slice(marker + 3),
        ]);
        const read = readLedgerCsv(bytes, { kind: 'elders' });
        expect(read.records).toEqual(good.filter((_, i) => i !== at));
        expect(read.invalid.map((row) => [row.row, row.issues[0]?.issue.code])).toEqual([
          [at + 2, 'csv_encoding'],
        ]);
      }),
      settings,
    );
  });
});

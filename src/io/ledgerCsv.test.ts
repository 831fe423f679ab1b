import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { formatCellIssue } from '../i18n/index.js';
import { Elder, fromDayNumber, plainDate, toDayNumber as toDay } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { pairElders } from '../scheduling/index.js';
import { LEDGER_COLUMNS } from './ledgerColumns.js';
import { readLedgerCsv, writeLedgerCsv } from './ledgerCsv.js';
import { readLedgerRows } from './readLedgerRows.js';
import { writeLedgerRows } from './writeLedgerRows.js';

const asOf = plainDate('2026-06-30');
const sample = generateSampleCounty({
  seed: 11,
  townships: 1,
  villagesPerTownship: 4,
  elders: 120,
});
const { pairings } = pairElders({ elders: sample.elders, caregivers: sample.caregivers }, { asOf });

const HEAD = '编号,姓名,村（社区）代码,出生日期,公民身份号码,联系电话';

describe('readLedgerCsv', () => {
  it('reads the date forms officials type, full-width digits and Chinese or English headings', () => {
    const text = [
      HEAD,
      'E-1,王秀英,530325101203,1950-03-08,,',
      'E-2,李德明,530325101203,1950/3/8,,',
      'E-3,张桂兰,530325101203,1950年3月8日,,',
      'E-4,赵建华,530325101203,1950.3.8,,',
      'E-5,刘莲,530325101203,１９５０年３月８日,,',
      'E-6,陈月,530325101203,19500308,,',
    ].join('\n');
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.language).toBe('zh-CN');
    expect(read.records.map((elder) => elder.birthDate)).toEqual(Array(6).fill('1950-03-08'));
    const english = readLedgerCsv(
      'ID,Name,Village code,Birth date\nE-1,Wang,530325101203,1950/3/8',
      {
        kind: 'elders',
      },
    );
    expect(english.language).toBe('en');
    expect(english.records[0]?.birthDate).toBe('1950-03-08');
  });

  it('strict: returns every bad row with its row number, column and coded reason, and keeps the good rows', () => {
    const text = [
      `${HEAD},居住状况,村民小组`,
      'E-1,王秀英,530325101203,1950-03-08,,,独居,3',
      'E-2,李德明,530325101203,2023/2/29,,,独居,三',
      '',
      'E-3,张桂兰,530325,1950-03-08,110105194912310021,,住月球,',
      'E-1,王秀英,530325101203,1950-03-08,,,,',
    ].join('\n');
    const read = readLedgerCsv(text, { kind: 'elders', strict: true });
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1']);
    expect(read.rows).toEqual([2]);
    const found = read.invalid.map((row) => ({
      row: row.row,
      issues: row.issues.map((i) => [i.column, i.issue.code]),
    }));
    expect(found).toEqual([
      {
        row: 3,
        issues: [
          ['出生日期', 'invalid_plain_date'],
          ['村民小组', 'cell_format'],
        ],
      },
      {
        row: 5,
        issues: [
          ['居住状况', 'invalid_value'],
          ['公民身份号码', 'resident_id_checksum'],
          ['村（社区）代码', 'region_code_level'],
        ],
      },
      { row: 6, issues: [['编号', 'duplicate_row_id']] },
    ]);
    const bad = read.invalid[0];
    const first = bad?.issues[0];
    if (!bad || !first) throw new Error('no bad row');
    expect(formatCellIssue(bad.row, first)).toBe(
      '第 3 行「出生日期」：“2023/2/29”不是有效日期（应为 YYYY-MM-DD，且该日存在）',
    );
    expect(formatCellIssue(bad.row, first, { locale: 'en' })).toBe(
      'row 3, column "出生日期": "2023/2/29" is not a valid date (YYYY-MM-DD, a day that exists)',
    );
  });

  it('by default keeps a row whose fact cells are bad, those facts unknown and warned; bad identity cells still reject', () => {
    const text = [
      `${HEAD},居住状况,村民小组`,
      'E-1,王秀英,530325101203,1950-03-08,,,独居,3',
      'E-2,李德明,530325101203,2023/2/29,,,独居,三',
      'E-3,张桂兰,530325,1950-03-08,110105194912310021,,住月球,',
      'E-1,王秀英,530325101203,1950-03-08,,,,',
    ].join('\n');
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([2, 3]);
    const kept = read.records[1];
    expect([kept?.birthDate, kept?.residence.group, kept?.household.livingArrangement]).toEqual([
      undefined,
      undefined,
      'alone',
    ]);
    expect(
      read.warnings.map((row) => [row.row, row.issues.map((i) => [i.column, i.issue.code])]),
    ).toEqual([
      [
        3,
        [
          ['出生日期', 'invalid_plain_date'],
          ['村民小组', 'cell_format'],
        ],
      ],
    ]);
    // The resident ID and the village code say who the elder is: that row is rejected whole.
    expect(read.invalid.map((row) => [row.row, row.issues.map((i) => i.issue.code)])).toEqual([
      [4, ['invalid_value', 'resident_id_checksum', 'region_code_level']],
      [5, ['duplicate_row_id']],
    ]);
  });

  it('reports a resident ID the spreadsheet rounded, and reads GB18030 bytes as Excel saves them', () => {
    const rounded = readLedgerCsv(`${HEAD}\nE-1,王秀英,530325101203,,1.10105E+17,`, {
      kind: 'elders',
    });
    expect(rounded.invalid[0]?.issues.map((i) => [i.column, i.issue.code])).toEqual([
      ['公民身份号码', 'number_precision_lost'],
    ]);
    // "编号,姓名,村代码\r\nE-1,王秀英,530325101203" in GB18030 (two bytes per Chinese character).
    const gb = Uint8Array.from([
      0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb4, 0xe5, 0xb4, 0xfa, 0xc2,
      0xeb, 0x0d, 0x0a, 0x45, 0x2d, 0x31, 0x2c, 0xcd, 0xf5, 0xd0, 0xe3, 0xd3, 0xa2, 0x2c, 0x35,
      0x33, 0x30, 0x33, 0x32, 0x35, 0x31, 0x30, 0x31, 0x32, 0x30, 0x33,
    ]);
    const read = readLedgerCsv(gb, { kind: 'elders' });
    expect(read.records[0]?.name).toBe('王秀英');
  });

  it('reports a heading given twice', () => {
    const read = readLedgerCsv('编号,姓名,姓名,村代码\nE-1,王,王,530325101203', { kind: 'elders' });
    expect(read.invalid[0]?.row).toBe(1);
    expect(read.invalid[0]?.issues[0]?.issue.code).toBe('duplicate_column');
    expect(read.records).toHaveLength(1);
  });
});

describe('writeLedgerCsv', () => {
  it('round-trips every kind in both languages, losing nothing', () => {
    const sheets = [
      { kind: 'elders', records: sample.elders },
      { kind: 'caregivers', records: sample.caregivers },
      { kind: 'pairings', records: pairings },
    ] as const;
    for (const sheet of sheets) {
      for (const language of ['zh-CN', 'en'] as const) {
        const back = readLedgerCsv(writeLedgerCsv(sheet, { language, mask: false }), {
          kind: sheet.kind,
        });
        expect(back.invalid).toEqual([]);
        expect(back.language).toBe(language);
        expect(back.records).toEqual(sheet.records);
      }
    }
  });

  it('has columns for the spouse’s birth date, another special difficulty (无 for none) and the no-hardship finding', () => {
    const [first, second] = sample.elders as [Elder, Elder];
    const records: Elder[] = [
      {
        ...first,
        household: {
          ...first.household,
          livingArrangement: 'spouseOnly',
          spouse: { status: 'married', livesWithElder: true, birthDate: plainDate('1952-02-11') },
          children: first.household.children?.map((c) => ({ ...c, livesWithElder: false })),
        },
        risks: { ...first.risks, otherSpecialDifficulty: '房屋漏雨，无力修缮' },
        economic: { noHardshipAssessedOn: plainDate('2026-03-01') },
      },
      { ...second, risks: { ...second.risks, otherSpecialDifficulty: null } },
    ];
    const text = writeLedgerCsv({ kind: 'elders', records }, { mask: false });
    const headings = text.split(/\r?\n/)[0] ?? '';
    for (const heading of ['配偶出生日期', '其他特殊困难', '经济困难核查（均不符合）日期'])
      expect(headings).toContain(heading);
    const back = readLedgerCsv(text, { kind: 'elders' });
    expect(back.invalid).toEqual([]);
    expect(back.records).toEqual(records);
  });

  it('masks resident IDs and phone numbers by default, inside 其他信息 too; read back they stay unknown with a warning', () => {
    const elder = sample.elders.find((e) => e.residentId && e.phone);
    if (!elder) throw new Error('the sample has no elder with an ID and a phone');
    const text = writeLedgerCsv({ kind: 'elders', records: [elder] });
    expect(text).not.toContain(elder.residentId);
    expect(text).not.toContain(elder.phone);
    expect(text).toContain(
      `${elder.residentId?.slice(0, 6)}********${elder.residentId?.slice(-4)}`,
    );
    for (const child of elder.household.children ?? [])
      if (child.phone) expect(text).not.toContain(child.phone);
    const back = readLedgerCsv(text, { kind: 'elders' });
    expect(back.invalid).toEqual([]);
    expect(back.records[0]?.residentId).toBeUndefined();
    expect(back.records[0]?.phone).toBeUndefined();
    expect(back.warnings[0]?.issues.every((i) => i.issue.code === 'masked_value')).toBe(true);
    expect(back.warnings[0]?.issues.map((i) => i.column)).toContain('公民身份号码');
  });

  it('keeps columns it does not know, by record, and writes them back', () => {
    const text = `编号,姓名,村代码,帮扶责任人签字,身份证号\nE-1,王秀英,530325101203,李建国,\nE-2,李德明,530325101203,,`;
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.extraColumns).toEqual(['帮扶责任人签字']);
    expect(read.extraCells).toEqual({ 'E-1': ['李建国'], 'E-2': [''] });
    const again = readLedgerCsv(writeLedgerCsv(read), { kind: 'elders' });
    expect(again.extraColumns).toEqual(['帮扶责任人签字']);
    expect(again.extraCells).toEqual(read.extraCells);
    expect(again.records).toEqual(read.records);
  });

  it('writes a cell a spreadsheet would run as a formula with a leading quote, and reads it back as it was', () => {
    const elder = { ...(sample.elders[0] as Elder), notes: '=HYPERLINK("http://example.invalid")' };
    const text = writeLedgerCsv({ kind: 'elders', records: [elder] }, { mask: false });
    expect(text).toContain(`"'=HYPERLINK`);
    expect(readLedgerCsv(text, { kind: 'elders' }).records[0]?.notes).toBe(elder.notes);
  });

  it('starts with a byte-order mark so that Excel opens the Chinese as UTF-8', () => {
    expect(writeLedgerCsv({ kind: 'caregivers', records: [] }).startsWith('\uFEFF编号,')).toBe(
      true,
    );
    expect(writeLedgerCsv({ kind: 'caregivers', records: [] }, { bom: false })[0]).toBe('编');
  });
});

// Household members as officials record them: places typed as words, provinces, cities or
// nothing; absences known to the day, the month or only "a year at least".
const day = fc.integer({ min: -3000, max: 20_000 }).map(fromDayNumber);
const span = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((m) => {
    const first = plainDate(
      `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`,
    );
    const next = plainDate(
      `${2000 + Math.floor((m + 1) / 12)}-${String(((m + 1) % 12) + 1).padStart(2, '0')}-01`,
    );
    return { earliest: first, latest: fromDayNumber(toDay(next) - 1) };
  }),
  day.map((latest) => ({ latest })),
  fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([earliest, days]) => ({
    earliest,
    latest: fromDayNumber(toDay(earliest) + days),
  })),
);
const address = fc.oneof(
  fc.constantFrom(
    '广东省深圳市',
    '本县城关镇',
    '县外',
    '深圳市',
    '本村',
    '昆明',
    '在家务农',
    '外省',
    '本县',
  ),
  fc.string({ maxLength: 12 }),
);
const flags = fc.constantFrom(
  {},
  { inElderCounty: true },
  { inElderCounty: true, inElderTownship: true },
  { inElderCounty: true, inElderTownship: false },
  { inElderCounty: false, inElderTownship: false },
  { inElderCounty: false },
  { inElderTownship: false },
);
const place = fc
  .tuple(flags, fc.option(address, { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }))
  .map(([f, text, works]) => ({
    ...f,
    ...(text === undefined ? {} : { address: text }),
    ...(works === undefined ? {} : { worksInElderTownship: works }),
  }));
const away = fc.oneof(
  fc.constant({}),
  day.map((awaySince) => ({ awaySince })),
  span.map((awaySinceBetween) => ({ awaySinceBetween })),
  fc.tuple(day, span).map(([awaySince, awaySinceBetween]) => ({ awaySince, awaySinceBetween })),
);
const optionalOf = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const memberFacts = {
  name: optionalOf(fc.constantFrom('李强', '王芳', ' 赵 四 ', 'Li Ming')),
  alive: optionalOf(fc.boolean()),
  whereabouts: optionalOf(place),
  awayReason: optionalOf(fc.constantFrom('migrantWork', 'business', 'study', 'other')),
  capableOfSupport: optionalOf(fc.boolean()),
  phone: optionalOf(fc.constantFrom('13800138000', '0871-6512 3456')),
};
const defined = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
const householdChild = fc
  .tuple(
    fc.record({
      ...memberFacts,
      relation: optionalOf(fc.constantFrom('son', 'daughter')),
      kinship: optionalOf(fc.constantFrom('birth', 'adopted', 'step')),
      livesWithElder: optionalOf(fc.boolean()),
    }),
    away,
  )
  .map(([facts, since]) => {
    // As the model requires: the dead live nowhere, who lives with the elder is not away.
    const lives = facts.alive === false ? false : facts.livesWithElder;
    const where = facts.whereabouts;
    const home = lives === true;
    return defined({
      ...facts,
      livesWithElder: lives,
      whereabouts:
        home && where?.inElderCounty === false ? { ...where, inElderCounty: true } : where,
      ...(home || facts.alive === false ? {} : since),
    });
  });
const supporter = fc
  .tuple(
    fc.record({
      ...memberFacts,
      relation: fc.constantFrom('grandchild', 'childInLaw', 'sibling', 'other'),
      atElderSide: optionalOf(fc.boolean()),
    }),
    away,
  )
  .map(([facts, since]) => defined({ ...facts, ...since }));
const household = fc
  .record({
    children: optionalOf(fc.array(householdChild, { maxLength: 4 })),
    otherSupportObligors: optionalOf(fc.array(supporter, { maxLength: 2 })),
    entrustedCarer: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc
        .record({
          name: fc.constantFrom('张三', 'Zhang'),
          relation: fc.constantFrom('relative', 'neighbour', 'friend', 'other'),
          phone: optionalOf(fc.constant('13900000000')),
          since: optionalOf(day),
        })
        .map(defined),
    ),
  })
  .map(defined);

describe('ledger rows (property)', () => {
  it('any subset of records, in any column order, reads back as written', () => {
    fc.assert(
      fc.property(
        fc.subarray(sample.elders, { maxLength: 12 }),
        fc.func(fc.integer()),
        (elders, rank) => {
          const [headings = [], ...rows] = writeLedgerRows(
            { kind: 'elders', records: elders },
            { mask: false },
          );
          // Shuffle the columns the same way in every row.
          const order = headings.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
          const table = [headings, ...rows].map((row) => order.map((i) => row[i]));
          const back = readLedgerRows('elders', table);
          expect(back.invalid).toEqual([]);
          expect(back.records).toEqual(elders);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('elders with children, supporters and carers in group columns read back as written, in either language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sample.elders.slice(0, 20)),
        household,
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (base, members, language) => {
          const parsed = Elder.safeParse({
            ...base,
            household: { ...base.household, livingArrangement: 'withOthers', ...members },
          });
          fc.pre(parsed.success);
          const elder = parsed.data as Elder;
          const text = writeLedgerCsv(
            { kind: 'elders', records: [elder] },
            { language, mask: false },
          );
          const back = readLedgerCsv(text, { kind: 'elders' });
          expect(back.invalid).toEqual([]);
          expect(back.records).toEqual([elder]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has a heading in both languages for every documented column, none used twice', () => {
    for (const columns of Object.values(LEDGER_COLUMNS)) {
      const zh = columns.map((column) => column.zh);
      const en = columns.map((column) => column.en);
      expect(new Set(zh).size).toBe(zh.length);
      expect(new Set(en).size).toBe(en.length);
    }
  });
});

describe('ledger files: what must not slip through', () => {
  const elder = sample.elders.find((e) => e.residentId && e.phone) as Elder;

  it('masks phone numbers and IDs in every JSON cell, and anything malformed under such a name whole', () => {
    const withExtras = {
      ...elder,
      extensions: { phone: '13800138000', residentId: '123', other: 'kept' },
    };
    const text = writeLedgerCsv({ kind: 'elders', records: [withExtras] });
    expect(text).not.toContain('13800138000');
    expect(text).toContain('138****8000');
    expect(text).toContain('""residentId"":""***""');
    expect(text).toContain('kept');
  });

  it('never takes a row whose quote is left open as a record, and reads the rows after it', () => {
    const text = `${HEAD},备注\nE-1,王秀英,530325101203,,,,"还没写完\nE-2,李德明,530325101203,,,,\n`;
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((elder) => elder.id)).toEqual(['E-2']);
    expect(read.rows).toEqual([3]);
    expect(read.invalid.map((row) => [row.row, row.issues[0]?.issue.code])).toEqual([
      [2, 'csv_quote'],
    ]);
  });

  it('keeps a column without a heading when it holds anything, and a value that starts with a quote mark', () => {
    const read = readLedgerCsv('编号,姓名,村代码,\nE-1,王秀英,530325101203,手写补充\n', {
      kind: 'elders',
    });
    expect(read.extraColumns).toEqual(['']);
    expect(read.extraCells['E-1']).toEqual(['手写补充']);
    const quoted = { ...elder, notes: "'-5 是原样" };
    const back = readLedgerCsv(
      writeLedgerCsv({ kind: 'elders', records: [quoted] }, { mask: false }),
      {
        kind: 'elders',
      },
    );
    expect(back.records[0]?.notes).toBe(quoted.notes);
  });

  it('keeps the cells of a record whose id is __proto__', () => {
    const read = readLedgerCsv('编号,姓名,村代码,自有列\n__proto__,王秀英,530325101203,x\n', {
      kind: 'elders',
    });
    expect(Object.entries(read.extraCells)).toEqual([['__proto__', ['x']]]);
  });

  it('reads a map point of -0 as the model gives it: 0', () => {
    const read = readLedgerCsv('编号,姓名,村代码,纬度,经度\nE-1,王秀英,530325101203,-0,102.71\n', {
      kind: 'elders',
    });
    expect(Object.is(read.records[0]?.residence.coordinates?.latitude, 0)).toBe(true);
  });

  it('finds a repeated id whatever it is named, __proto__ and toString too', () => {
    const rows = ['__proto__', 'toString', '__proto__', 'constructor', 'toString'];
    const text = ['编号,姓名,村代码', ...rows.map((id) => `${id},王秀英,530325101203`)].join('\n');
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((elder) => elder.id)).toEqual(['__proto__', 'toString', 'constructor']);
    expect(read.invalid.map((bad) => [bad.row, bad.issues[0]?.issue.params])).toEqual([
      [4, { id: '__proto__', firstRow: 2 }],
      [6, { id: 'toString', firstRow: 3 }],
    ]);
  });

  it('reads a JSON cell nested deeper than the call stack as an issue, not a crash', () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const text = Papa.unparse([
      ['编号', '姓名', '村代码', '扩展字段（JSON）'],
      ['E-1', '王秀英', '530325101203', deep],
    ]);
    const read = readLedgerCsv(text, { kind: 'elders', strict: true });
    expect(read.invalid[0]?.issues.map((i) => [i.column, i.issue.code])).toEqual([
      ['扩展字段（JSON）', 'json_too_deep'],
    ]);
    // By default the elder is kept, without the extensions, and the cell is warned about.
    const kept = readLedgerCsv(text, { kind: 'elders' });
    expect(kept.records[0]?.extensions).toBeUndefined();
    expect(kept.warnings[0]?.issues.map((i) => [i.column, i.issue.code])).toEqual([
      ['扩展字段（JSON）', 'json_too_deep'],
    ]);
  });

  it('answers a kind it has no ledger of, or rows that are not rows, with a coded error', () => {
    expect(() => readLedgerRows('households' as 'elders', [['编号']])).toThrow(GuanaiError);
    expect(() => readLedgerRows('elders', ['编号'] as unknown as string[][])).toThrow(GuanaiError);
    expect(() => writeLedgerCsv({ kind: 'households' as 'elders', records: [] })).toThrow(
      GuanaiError,
    );
  });
});

/** The coded issue a call throws, or undefined when it throws none. */
function thrownIssue(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('ledger CSV: bad input ends coded and bounded, nothing lost', () => {
  const elder = sample.elders.find((e) => e.residentId && e.phone) as Elder;

  it('reads 125,000 rows (4.5 MB) without a blown stack', () => {
    // Rows of empty cells cost no schema check, so the test stays fast; the table is as long.
    const lines = [HEAD, 'E-1,王秀英,530325101203,1950-03-08,,'];
    for (let i = 0; i < 125_000; i++) lines.push(' ,  ,     ,   ,   ,           ');
    lines.push('E-2,李德明,530325101203,1950-03-08,,');
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThan(4_000_000);
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((e) => e.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([2, 125_003]);
  });

  it('says so when the heading row has a quote left open, instead of returning nothing', () => {
    const text = `编号,"姓名,村代码\nE-1,王秀英,530325101203\nE-2,李德明,530325101203\n`;
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.invalid[0]).toMatchObject({ row: 1, issues: [{ issue: { code: 'csv_quote' } }] });
    expect(read.records.length + read.invalid.length).toBeGreaterThanOrEqual(2);
  });

  it('reads a lone CR inside a CRLF file as a line break, never folding two records into one', () => {
    const text = `${HEAD},备注\r\nE-1,王秀英,530325101203,,,,备注一\rE-2,李德明,530325101203,,,,\r\nE-3,张桂兰,530325101203,,,,\r\n`;
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((e) => [e.id, e.notes])).toEqual([
      ['E-1', '备注一'],
      ['E-2', undefined],
      ['E-3', undefined],
    ]);
    expect(read.rows).toEqual([2, 3, 4]);
  });

  it('reads UTF-8 with one bad byte as UTF-8, and reports that row rather than mojibake', () => {
    const names = ['王秀英', '李德明', '张桂兰', '赵建华', '刘莲'];
    const text = `编号,姓名,村代码\r\n${names.map((name, i) => `E-${i},${name},530325101203`).join('\r\n')}\r\n`;
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(
      0x2c,
      new TextEncoder().encode(`编号,姓名,村代码\r\nE-0,王秀英,530325101203\r\nE-1`).length,
    );
    const bad = Uint8Array.from([...bytes.slice(0, at + 1), 0xff, ...bytes.slice(at + 1)]);
    const read = readLedgerCsv(bad, { kind: 'elders' });
    expect(read.records.map((e) => e.name)).toEqual(['王秀英', '张桂兰', '赵建华', '刘莲']);
    expect(read.invalid.map((row) => [row.row, row.issues[0]?.issue.code])).toEqual([
      [3, 'csv_encoding'],
    ]);
  });

  it('decides the delimiter from the heading row: its own file with semicolons in a note reads back', () => {
    const noted = { ...elder, notes: 'x;y;"z"' };
    const text = writeLedgerCsv({ kind: 'elders', records: [noted] }, { mask: false });
    const back = readLedgerCsv(text, { kind: 'elders' });
    expect(back.invalid).toEqual([]);
    expect(back.records).toEqual([noted]);
    const semicolons = readLedgerCsv('编号;姓名;村代码\r\nE-1;王秀英,李;530325101203\r\n', {
      kind: 'elders',
    });
    expect(semicolons.records[0]?.name).toBe('王秀英,李');
    const tabs = readLedgerCsv('编号\t姓名\t村代码\nE-1\t王秀英\t530325101203\n', {
      kind: 'elders',
    });
    expect(tabs.records[0]?.name).toBe('王秀英');
    const forced = readLedgerCsv('编号;姓名,村代码\nE-1;王;1,530325101203\n', {
      kind: 'elders',
      delimiter: ',',
    });
    expect(forced.extraColumns).toEqual(['编号;姓名']);
  });

  it('writes numbers in plain decimal and reads exponent forms', () => {
    const tiny = {
      ...elder,
      residence: { ...elder.residence, coordinates: { latitude: 1e-7, longitude: 1e-7 } },
    };
    const text = writeLedgerCsv({ kind: 'elders', records: [tiny] }, { mask: false });
    expect(text).toContain('0.0000001');
    expect(readLedgerCsv(text, { kind: 'elders' }).records).toEqual([tiny]);
    const typed = readLedgerCsv('编号,姓名,村代码,纬度,经度\nE-1,王,530325101203,2.5E+1,1e2\n', {
      kind: 'elders',
    });
    expect(typed.records[0]?.residence.coordinates).toEqual({ latitude: 25, longitude: 100 });
  });

  it('masks a phone or resident ID under its name whatever its JSON type, and reads none back', () => {
    const leaky = {
      ...elder,
      extensions: {
        phone: 13800138000,
        phones: ['x'],
        residentId: ['110105194912310020', '11010519491231002X'],
        contact: { phone: [13912345678, { home: '13712345678' }] },
      },
    };
    for (const text of [
      writeLedgerCsv({ kind: 'elders', records: [leaky] }),
      writeLedgerRows({ kind: 'elders', records: [leaky] })
        .flat()
        .join('\n'),
    ]) {
      expect(text).not.toMatch(/13800138000|13912345678|13712345678|1101051949123100/);
    }
    const back = readLedgerCsv(writeLedgerCsv({ kind: 'elders', records: [leaky] }), {
      kind: 'elders',
    });
    expect(back.invalid).toEqual([]);
    expect(back.records[0]?.extensions).toEqual({ phones: ['x'], contact: {} });
    const masked = back.warnings[0]?.issues.map((found) => found.issue.path.join('.'));
    expect(masked).toEqual(
      expect.arrayContaining([
        'extensions.phone',
        'extensions.residentId',
        'extensions.contact.phone',
      ]),
    );
  });

  it('bounds what it reads: too many rows or cells throw input_too_large, a too-long cell is its row’s issue', () => {
    const text = `${HEAD}\nE-1,王秀英,530325101203,,,\nE-2,${'李'.repeat(50)},530325101203,,,\n`;
    const read = readLedgerCsv(text, { kind: 'elders', limits: { textLength: 40 } });
    expect(read.records.map((e) => e.id)).toEqual(['E-1']);
    expect(read.invalid[0]).toMatchObject({
      row: 3,
      issues: [
        {
          column: '姓名',
          issue: { code: 'input_too_large', params: { what: 'textLength', size: 50, limit: 40 } },
        },
      ],
    });
    expect(
      thrownIssue(() => readLedgerCsv(text, { kind: 'elders', limits: { rows: 2 } })),
    ).toMatchObject({
      code: 'input_too_large',
      params: { what: 'rows', size: 3, limit: 2 },
    });
    expect(
      thrownIssue(() => readLedgerCsv(text, { kind: 'elders', limits: { cells: 10 } })),
    ).toMatchObject({
      params: { what: 'cells' },
    });
    expect(
      thrownIssue(() => readLedgerCsv(text, { kind: 'elders', limits: { fileBytes: 10 } })),
    ).toMatchObject({
      params: { what: 'fileBytes' },
    });
    // A wide heading over many short rows: bounded by rows × columns, not a quadratic scan.
    const wide = `${','.repeat(50_000)}\n${'x\n'.repeat(50_000)}`;
    expect(thrownIssue(() => readLedgerCsv(wide, { kind: 'elders' }))).toMatchObject({
      params: { what: 'cells' },
    });
  });

  it('answers bad options and a file that is no file with coded errors', () => {
    for (const options of [
      undefined,
      null,
      'elders',
      { kind: 'bogus' },
      { kind: 'elders', delimiter: '|' },
      { kind: 'elders', limits: { rows: -1 } },
    ])
      expect(thrownIssue(() => readLedgerCsv('编号', options as never))?.code).toBe(
        'invalid_argument',
      );
    // A bad option is reported before the file is read, streamed or read whole (a children file).
    const long = `${HEAD}\n${'E-1,王秀英,530325101203,,,\n'.repeat(30)}`;
    for (const children of [undefined, HEAD])
      expect(
        thrownIssue(() =>
          readLedgerCsv(long, {
            kind: 'elders',
            limits: { rows: 15 },
            strict: 'x' as never,
            ...(children === undefined ? {} : { children }),
          }),
        ),
      ).toMatchObject({ code: 'invalid_argument', path: ['strict'] });
    expect(thrownIssue(() => readLedgerCsv(42 as never, { kind: 'elders' }))?.code).toBe(
      'invalid_argument',
    );
    expect(
      thrownIssue(() => writeLedgerCsv({ kind: 'elders', records: [null] } as never))?.code,
    ).toBe('invalid_argument');
    const deep = { ...elder, extensions: { a: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) } };
    expect(thrownIssue(() => writeLedgerCsv({ kind: 'elders', records: [deep] }))).toMatchObject({
      code: 'json_too_deep',
      path: ['records', 0, 'extensions'],
    });
  });
});

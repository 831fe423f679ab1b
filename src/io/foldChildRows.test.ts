import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHILDREN } from './childColumns.js';
import { foldChildRows } from './foldChildRows.js';
import { readLedgerCsv } from './ledgerCsv.js';
import { firstRowHeading, type ShapedTable } from './shapedTable.js';

const shape = (rows: readonly (readonly string[])[]) => firstRowHeading(rows, rows);
const csv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join(',')).join('\n');
const texts = (table: ShapedTable) => table.rows.map((row) => [row.row, ...row.texts]);
const VILLAGE = '530325101203';
const HEAD = ['编号', '姓名', '村代码', '子女姓名', '子女去向'];

describe('foldChildRows', () => {
  it('folds rows with blank elder cells into the elder above as 子女2, 子女3 …', () => {
    const folded = foldChildRows(
      shape([
        HEAD,
        ['E-1', '王秀英', VILLAGE, '李明', '广东省深圳市'],
        ['', '', '', '李华', '本县'],
        ['', '', '', '李芳', '县外'],
        ['E-2', '张三', VILLAGE, '', ''],
        ['', '', '', '张四', '县城'],
      ]),
    );
    expect(folded.headings).toEqual([
      '编号',
      '姓名',
      '村代码',
      '子女1姓名',
      '子女1去向',
      '子女2姓名',
      '子女2去向',
      '子女3姓名',
      '子女3去向',
    ]);
    expect(texts(folded)).toEqual([
      [2, 'E-1', '王秀英', VILLAGE, '李明', '广东省深圳市', '李华', '本县', '李芳', '县外'],
      [5, 'E-2', '张三', VILLAGE, '张四', '县城', '', '', '', ''],
    ]);
    // Each child cell knows its row: the first child's are the elder's own.
    expect(folded.rows[0]?.origins?.slice(3)).toEqual([
      undefined,
      undefined,
      { row: 3 },
      { row: 3 },
      { row: 4 },
      { row: 4 },
    ]);
    expect(folded.rows[1]?.origins?.slice(3, 5)).toEqual([{ row: 6 }, { row: 6 }]);
  });

  it('reads English headings, with or without the ordinal 1, and copied-down elder cells', () => {
    const folded = foldChildRows(
      shape([
        ['ID', 'Name', 'Village code', 'Child 1 name', 'Child 1 whereabouts'],
        ['E-1', 'Wang', VILLAGE, 'Li Ming', 'Shenzhen'],
        ['E-1', 'Wang', VILLAGE, 'Li Hua', 'this county'],
      ]),
    );
    expect(folded.headings.slice(3)).toEqual([
      'Child 1 name',
      'Child 1 whereabouts',
      'Child 2 name',
      'Child 2 whereabouts',
    ]);
    expect(texts(folded)).toEqual([
      [2, 'E-1', 'Wang', VILLAGE, 'Li Ming', 'Shenzhen', 'Li Hua', 'this county'],
    ]);
  });

  it('leaves other layouts as they are', () => {
    const inline = shape([
      ['编号', '姓名', '子女1姓名', '子女2姓名'],
      ['E-1', '王秀英', '李明', '李华'],
      ['', '', '张四', ''],
    ]);
    expect(foldChildRows(inline)).toBe(inline);
    const plain = shape([
      ['编号', '姓名'],
      ['E-1', '王秀英'],
    ]);
    expect(foldChildRows(plain)).toBe(plain);
  });

  it('canonicalises 子女姓名 to 子女1姓名 even when no row continues', () => {
    const folded = foldChildRows(shape([HEAD, ['E-1', '王秀英', VILLAGE, '李明', '深圳']]));
    expect(folded.headings.slice(3)).toEqual(['子女1姓名', '子女1去向']);
    expect(texts(folded)).toEqual([[2, 'E-1', '王秀英', VILLAGE, '李明', '深圳']]);
  });

  it('sets aside a continuing row that contradicts its elder, and children past the limit', () => {
    const rows = [
      ['序号', ...HEAD],
      ['1', 'E-1', '王秀英', VILLAGE, '李明', '深圳'],
      ['2', '', '', '530325101204', '李华', '本县'],
      ...Array.from({ length: MAX_CHILDREN }, (_, i) => [`${i + 3}`, '', '', '', `子${i}`, '县外']),
    ];
    const folded = foldChildRows(shape(rows));
    expect(folded.rows).toHaveLength(1);
    expect(folded.headings).toHaveLength(4 + 2 * MAX_CHILDREN);
    expect(folded.invalid?.map((bad) => [bad.row, bad.issues.map((i) => i.issue.code)])).toEqual([
      [3, ['child_row_conflict']],
      [rows.length, ['too_many_children']],
    ]);
    expect(folded.invalid?.[0]?.issues[0]?.issue.params).toEqual({
      column: '村代码',
      elderRow: 2,
    });
  });

  it('ends an elder at a blank or broken row, and treats cells a merge covers as the elder’s', () => {
    const rows = [
      HEAD,
      ['E-1', '王秀英', VILLAGE, '李明', '深圳'],
      ['', '', '', '', ''],
      ['', '', '', '李华', '本县'],
      ['E-2', '张三', VILLAGE, '张四', '县城'],
      ['X-9', '某', '999', '张五', '县外'],
      ['', '', '', '张六', '本乡'],
    ];
    const folded = foldChildRows(shape(rows), {
      broken: (row) => row === 7,
      merges: [{ top: 5, left: 1, bottom: 6, right: 3 }],
    });
    expect(folded.rows.map((row) => [row.row, row.texts[3], row.texts[5]])).toEqual([
      [2, '李明', ''],
      [3, '', ''],
      [4, '李华', ''],
      [5, '张四', '张五'],
      [7, '张六', ''],
    ]);
  });

  it('reads a CSV with one row per child: records and their rows, issues at the child’s row', () => {
    const read = readLedgerCsv(
      csv([
        HEAD,
        ['E-1', '王秀英', VILLAGE, '李明', '广东省深圳市'],
        ['', '', '', '李华', '本县'],
        ['E-2', '张三', VILLAGE, '张四', '县外'],
        ['', '', '', '张五', 'x'.repeat(20)],
      ]),
      { kind: 'elders', limits: { textLength: 15 } },
    );
    // A too-long fact cell is left unread with a warning at the child's own row; E-2 is kept.
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([2, 4]);
    expect(read.records[0]?.household.children?.map((child) => child.name)).toEqual([
      '李明',
      '李华',
    ]);
    expect(read.invalid).toEqual([]);
    expect(read.warnings).toEqual([
      {
        row: 4,
        cells: ['E-2', '张三', VILLAGE, '张四', '县外', '张五', 'x'.repeat(20)],
        issues: [
          {
            column: '子女2去向',
            row: 5,
            issue: expect.objectContaining({ code: 'input_too_large' }),
          },
        ],
      },
    ]);
  });

  it('gives the inline layout back from any file with one row per child (property)', () => {
    const child = fc.record({
      name: fc.constantFrom('李明', '李华', '张四', 'Wang'),
      place: fc.constantFrom('', '本县', '县外', '广东省深圳市'),
    });
    const elders = fc.array(
      fc.record({ children: fc.array(child, { maxLength: 4 }), copyDown: fc.boolean() }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(elders, (list) => {
        const most = Math.max(1, ...list.map((elder) => elder.children.length));
        const inline = [['编号', '姓名', '村代码']];
        for (let k = 1; k <= most; k++) inline[0]?.push(`子女${k}姓名`, `子女${k}去向`);
        const perChild = [HEAD];
        const firstRows: number[] = [];
        list.forEach((elder, i) => {
          const own = [`E-${i}`, `老人${i}`, VILLAGE];
          const cells = elder.children.flatMap((c) => [c.name, c.place]);
          inline.push([...own, ...cells, ...Array(2 * most - cells.length).fill('')]);
          firstRows.push(perChild.length + 1);
          const [first, ...rest] = elder.children;
          perChild.push([...own, first?.name ?? '', first?.place ?? '']);
          for (const c of rest)
            perChild.push([...(elder.copyDown ? own : ['', '', '']), c.name, c.place]);
        });
        const folded = foldChildRows(shape(perChild));
        const expected = shape(inline);
        expect(folded.headings).toEqual(expected.headings);
        expect(folded.rows.map((row) => row.texts)).toEqual(expected.rows.map((row) => row.texts));
        expect(folded.rows.map((row) => row.row)).toEqual(firstRows);
        expect(folded.invalid ?? []).toEqual([]);
      }),
    );
  });
});

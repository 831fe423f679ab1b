import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { MAX_CHILDREN } from './childColumns.js';
import { joinChildren } from './joinChildren.js';
import { readLedgerCsv } from './ledgerCsv.js';
import { firstRowHeading, type ShapedTable } from './shapedTable.js';

const shape = (rows: readonly (readonly string[])[]) => firstRowHeading(rows, rows);
const sheetOf = (rows: readonly (readonly string[])[], sheet = '子女情况') => ({
  table: shape(rows),
  sheet,
});
const csv = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join(',')).join('\n');
const texts = (table: ShapedTable) => table.rows.map((row) => [row.row, ...row.texts]);
const VILLAGE = '530325101203';
const ID_1 = '530325195003080019';
const ID_2 = '530325194912310024';

describe('joinChildren', () => {
  it('appends each child row to its elder, by 老人编号 or 老人身份证号, in the sheet’s order', () => {
    const elders = shape([
      ['编号', '姓名', '公民身份号码'],
      ['E-1', '王秀英', ID_1],
      ['E-2', '张三', ID_2],
    ]);
    const joined = joinChildren(
      elders,
      sheetOf([
        ['序号', '老人编号', '老人身份证号', '姓名', '与老人关系', '务工地点'],
        ['1', '', ID_2, '张四', '儿子', '县外'],
        ['2', 'E-1', '', '李明', '女儿', '广东省深圳市'],
        ['3', 'E-1', ID_2, '李华', '儿子', '本县'],
      ]),
    );
    expect(joined.headings).toEqual([
      '编号',
      '姓名',
      '公民身份号码',
      '子女1姓名',
      '子女1关系',
      '子女1去向',
      '子女2姓名',
      '子女2关系',
      '子女2去向',
    ]);
    expect(texts(joined)).toEqual([
      [2, 'E-1', '王秀英', ID_1, '李明', '女儿', '广东省深圳市', '李华', '儿子', '本县'],
      [3, 'E-2', '张三', ID_2, '张四', '儿子', '县外', '', '', ''],
    ]);
    expect(joined.rows[0]?.origins?.slice(3, 7)).toEqual([
      { row: 3, sheet: '子女情况' },
      { row: 3, sheet: '子女情况' },
      { row: 3, sheet: '子女情况' },
      { row: 4, sheet: '子女情况' },
    ]);
    expect(joined.invalid).toEqual([]);
  });

  it('puts joined children after those the elder row lists, with the members of both', () => {
    const joined = joinChildren(
      shape([
        ['ID', 'Name', 'Child 1 name', 'Notes'],
        ['E-1', 'Wang', 'Li Ming', 'n'],
      ]),
      sheetOf([
        ['Elder ID', 'name', 'whereabouts'],
        ['E-1', 'Li Hua', 'Shenzhen'],
      ]),
    );
    expect(joined.headings).toEqual([
      'ID',
      'Name',
      'Child 1 name',
      'Child 1 whereabouts',
      'Child 2 name',
      'Child 2 whereabouts',
      'Notes',
    ]);
    expect(texts(joined)).toEqual([[2, 'E-1', 'Wang', 'Li Ming', '', 'Li Hua', 'Shenzhen', 'n']]);
  });

  it('never drops a child row: no key, a masked key, no such elder, too many, unknown columns', () => {
    const rows = [
      ['老人编号', '老人身份证号', '姓名', '学历'],
      ['', '', '无主', ''],
      ['', '530325********0012', '脱敏', ''],
      ['E-9', '', '无此人', ''],
      ...Array.from({ length: MAX_CHILDREN + 1 }, (_, i) => ['E-1', '', `子${i}`, '']),
    ];
    const joined = joinChildren(
      shape([
        ['编号', '姓名'],
        ['E-1', '王秀英'],
      ]),
      sheetOf(rows),
    );
    expect(joined.rows[0]?.texts).toHaveLength(2 + MAX_CHILDREN);
    expect(
      joined.invalid?.map((bad) => [bad.sheet, bad.row, ...bad.issues.map((i) => i.issue.code)]),
    ).toEqual([
      ['子女情况', 1, 'child_column_unknown'],
      ['子女情况', 2, 'child_row_no_key'],
      ['子女情况', 3, 'child_key_masked'],
      ['子女情况', 4, 'child_row_unmatched'],
      ['子女情况', rows.length, 'too_many_children'],
    ]);
  });

  it('joins a children CSV through readLedgerCsv, its bad rows in invalid with sheet children', () => {
    const read = readLedgerCsv(
      csv([
        ['编号', '姓名', '村代码'],
        ['E-1', '王秀英', VILLAGE],
        ['E-2', '张三', VILLAGE],
      ]),
      {
        kind: 'elders',
        children: csv([
          ['老年人编号', '子女姓名', '子女去向'],
          ['E-2', '张四', '县外'],
          ['E-3', '赵六', '本县'],
          ['E-1', '李明', '深圳'],
        ]),
      },
    );
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([2, 3]);
    expect(read.extraColumns).toEqual([]);
    expect(read.records[0]?.household.children).toEqual([
      { name: '李明', whereabouts: { address: '深圳' } },
    ]);
    expect(read.records[1]?.household.children?.[0]?.name).toBe('张四');
    expect(read.invalid).toEqual([
      {
        row: 3,
        sheet: 'children',
        cells: ['E-3', '赵六', '本县'],
        issues: [
          { column: '老年人编号', issue: expect.objectContaining({ code: 'child_row_unmatched' }) },
        ],
      },
    ]);
    expect(() =>
      readLedgerCsv('编号\nC-1', { kind: 'caregivers', children: '老人编号,姓名' } as never),
    ).toThrow(GuanaiError);
  });

  it('reports a broken row of a children CSV, and a bad child cell at its own sheet and row', () => {
    const read = readLedgerCsv(
      csv([
        ['编号', '姓名', '村代码'],
        ['E-1', '王秀英', VILLAGE],
      ]),
      {
        kind: 'elders',
        limits: { textLength: 15 },
        children: ['老人编号,姓名', 'E-1,李明', `E-1,${'长'.repeat(20)}`, 'E-1,"李华'].join('\n'),
      },
    );
    expect(
      [...read.warnings, ...read.invalid].map((bad) => [
        bad.sheet,
        bad.row,
        ...bad.issues.map((i) => [i.column, i.sheet, i.row, i.issue.code]),
      ]),
    ).toEqual([
      [undefined, 2, ['子女2姓名', 'children', 3, 'input_too_large']],
      ['children', 4, [undefined, undefined, undefined, 'csv_quote']],
    ]);
  });

  it('gives the inline layout back from any elders file split into a children sheet (property)', () => {
    const child = fc.record({
      name: fc.constantFrom('李明', '李华', '张四'),
      relation: fc.constantFrom('', '儿子', '女儿'),
      place: fc.constantFrom('', '本县', '县外', '广东省深圳市'),
    });
    const elders = fc.array(fc.array(child, { maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(elders, fc.infiniteStream(fc.nat()), (list, picks) => {
        const most = Math.max(0, ...list.map((children) => children.length));
        const inline = [['编号', '姓名', '村代码']];
        for (let k = 1; k <= most; k++)
          inline[0]?.push(`子女${k}姓名`, `子女${k}关系`, `子女${k}去向`);
        const own = [['编号', '姓名', '村代码']];
        const queues = list.map((children, i) => {
          const elder = [`E-${i}`, `老人${i}`, VILLAGE];
          own.push(elder);
          const cells = children.flatMap((c) => [c.name, c.relation, c.place]);
          inline.push([...elder, ...cells, ...Array(3 * most - cells.length).fill('')]);
          return children.map((c) => [`E-${i}`, c.name, c.relation, c.place]);
        });
        // The children sheet interleaves elders in any order, each elder's children in order.
        const sheet = [['老人编号', '姓名', '关系', '去向']];
        const picker = picks[Symbol.iterator]();
        for (let left = queues.flat().length; left > 0; left--) {
          const open = queues.filter((queue) => queue.length > 0);
          const queue = open[(picker.next().value ?? 0) % open.length];
          const row = queue?.shift();
          if (row) sheet.push(row);
        }
        const joined = joinChildren(shape(own), sheetOf(sheet));
        const expected = shape(inline);
        expect(joined.headings).toEqual(expected.headings);
        expect(texts(joined)).toEqual(texts(expected));
        expect(joined.invalid).toEqual([]);
      }),
    );
  });
});

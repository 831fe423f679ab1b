import type { LedgerColumn } from './ledgerColumn.js';

/**
 * A group of columns an elders' ledger repeats per family member — each child (子女1姓名 …
 * 子女4联系电话), each other support obligor (赡养人), or once for the entrusted carer
 * (委托照料人) — and the columns of one member, whose `field` is relative to the member.
 * @example
 * ```ts
 * const children = LEDGER_GROUPS.find((group) => group.list === 'household.children');
 * children?.columns.map((column) => column.zh); // ['姓名', '关系', …]
 * ```
 * @category Ledger files
 */
export interface LedgerGroup {
  /** Where the members go in the elder record. */
  readonly list:
    | 'household.children'
    | 'household.otherSupportObligors'
    | 'household.entrustedCarer';
  /** The group's word in a heading: 子女 in 子女1姓名, Child in "Child 1 name". */
  readonly zh: string;
  readonly en: string;
  /** Other group words and group headings officials use (子女情况, 赡养人 …). */
  readonly aliases?: readonly string[];
  /** One member at most (the entrusted carer): headings carry no ordinal. */
  readonly single?: true;
  /** The columns of one member; `field` is the path inside the member. */
  readonly columns: readonly LedgerColumn[];
}

const name: LedgerColumn = { field: 'name', zh: '姓名', en: 'name', cell: 'text' };
const phone: LedgerColumn = {
  field: 'phone',
  zh: '联系电话',
  en: 'phone',
  aliases: ['电话', '手机号', '手机号码', '联系方式'],
  cell: 'text',
  sensitive: 'phone',
};
const whereabouts: LedgerColumn = {
  field: 'whereabouts',
  zh: '去向',
  en: 'whereabouts',
  aliases: ['现居住地', '务工地点', '工作地点', '所在地', '居住地', '外出地点', 'place'],
  cell: 'place',
};
const awaySince: LedgerColumn = {
  field: 'awaySince',
  zh: '外出时间',
  en: 'away since',
  aliases: ['外出年月', '离家时间', '外出日期'],
  cell: 'since',
};
const awayReason: LedgerColumn = {
  field: 'awayReason',
  zh: '外出原因',
  en: 'away reason',
  cell: { enum: 'awayReason' },
};
const capableOfSupport: LedgerColumn = {
  field: 'capableOfSupport',
  zh: '有无赡养能力',
  en: 'capable of support',
  aliases: ['赡养能力', '是否有赡养能力'],
  cell: 'boolean',
};

/** A member's relation to the elder (关系), by the labels of `labels`. */
const relation = (
  labels: 'childRelation' | 'supportObligorRelation' | 'entrustedCarerRelation',
): LedgerColumn => ({
  field: 'relation',
  zh: '关系',
  en: 'relation',
  aliases: ['与老人关系'],
  cell: { enum: labels },
});

/**
 * The repeated column groups of an elders' ledger, in the order guanai writes them. Headings
 * read as `<group><n><column>` (子女2去向, 赡养人1姓名) or `<Group> <n> <column>` (Child 2
 * whereabouts), with any of the group's and column's aliases; files with a two-row heading
 * (子女情况 over 姓名 / 关系 …) are read into the same headings first.
 * @example
 * ```ts
 * LEDGER_GROUPS.map((group) => group.zh); // ['子女', '赡养人', '委托照料人']
 * ```
 * @category Ledger files
 */
export const LEDGER_GROUPS: readonly LedgerGroup[] = [
  {
    list: 'household.children',
    zh: '子女',
    en: 'Child',
    aliases: ['子女情况', '子女信息', '子女基本情况', 'Children'],
    columns: [
      name,
      relation('childRelation'),
      whereabouts,
      awaySince,
      awayReason,
      phone,
      capableOfSupport,
    ],
  },
  {
    list: 'household.otherSupportObligors',
    zh: '赡养人',
    en: 'Supporter',
    aliases: ['其他赡养人', '其他赡养义务人', '赡养义务人', '赡养人情况', 'Supporters'],
    columns: [
      name,
      relation('supportObligorRelation'),
      {
        field: 'atElderSide',
        zh: '是否在身边',
        en: 'at elder side',
        aliases: ['在身边', '是否同住'],
        cell: 'boolean',
      },
      whereabouts,
      awaySince,
      awayReason,
      phone,
      capableOfSupport,
    ],
  },
  {
    list: 'household.entrustedCarer',
    zh: '委托照料人',
    en: 'Entrusted carer',
    aliases: ['委托照顾人', '受委托人', '委托照料人情况'],
    single: true,
    columns: [
      name,
      relation('entrustedCarerRelation'),
      phone,
      { field: 'since', zh: '委托时间', en: 'since', aliases: ['委托日期'], cell: 'date' },
    ],
  },
];

import { isTree } from './fieldPath.js';
import type { LedgerLanguage } from './language.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';
import { type PlaceFacts, readPlace } from './readPlace.js';
import { monthSpan } from './readSince.js';
import { type CellStyle, writeCell } from './writeCell.js';

type Tree = Record<string, unknown>;

/**
 * One group of one record as written: each member's cells (in the group's column order) and
 * what goes in the 其他信息（JSON） column under the group's key — the members' fields the cells
 * cannot carry exactly, by index; the whole list (or `null`, or an empty list) when it cannot go
 * in columns; nothing (undefined) when the cells carry everything.
 * @internal
 */
export interface GroupWritten {
  readonly cells: readonly (readonly string[])[];
  readonly json: unknown;
}

/** Words for a place known only relative to the elder, as the reader reads them back. */
const PLACE_WORDS = {
  'zh-CN': { atHome: '在家', township: '本乡', county: '本县', out: '县外', outOfTownship: '乡外' },
  en: {
    atHome: 'at home',
    township: 'in township',
    county: 'in county',
    out: 'out of county',
    outOfTownship: 'out of township',
  },
} as const;

/**
 * The groups of an elder record as cells and JSON (see `GroupWritten`), parallel to
 * `LEDGER_GROUPS`. Members go in columns in list order; a list with a member whose cells would
 * all be blank before a member that has some goes whole in JSON, so that reading closes no gap.
 * @internal
 */
export function writeMembers(record: Tree, style: CellStyle): GroupWritten[] {
  const household = isTree(record.household) ? record.household : {};
  const villageCode = isTree(record.residence) ? record.residence.villageCode : undefined;
  const elderProvince = typeof villageCode === 'string' ? villageCode.slice(0, 2) : undefined;
  return LEDGER_GROUPS.map((group) => {
    const key = group.list.slice('household.'.length);
    const value = household[key];
    if (value === undefined) return { cells: [], json: undefined };
    const members = group.single ? [value] : value;
    if (!Array.isArray(members) || !members.every(isTree) || members.length === 0)
      return { cells: [], json: value };
    const written = members.map((member) => writeMember(group, member, style, elderProvince));
    let lastFilled = written.length - 1;
    while (lastFilled >= 0 && written[lastFilled]?.cells.every((cell) => cell === '')) lastFilled--;
    if (written.some((one, i) => i < lastFilled && one.cells.every((cell) => cell === '')))
      return { cells: [], json: value };
    const rests = written.map((one) => one.rest);
    const json = group.single
      ? Object.keys(rests[0] ?? {}).length > 0
        ? rests[0]
        : undefined
      : trimmedRests(rests);
    return { cells: written.slice(0, lastFilled + 1).map((one) => one.cells), json };
  });
}

/** The members' rests by index, trailing empty ones left out; none when all are empty. */
function trimmedRests(rests: readonly Tree[]): Tree[] | undefined {
  let end = rests.length;
  while (end > 0 && Object.keys(rests[end - 1] ?? {}).length === 0) end--;
  return end === 0 ? undefined : rests.slice(0, end);
}

/** One member's cells, and its fields the cells do not carry exactly. */
function writeMember(
  group: LedgerGroup,
  member: Tree,
  style: CellStyle,
  elderProvince: string | undefined,
): { cells: string[]; rest: Tree } {
  const rest: Tree = { ...member };
  const cells = group.columns.map((column) => {
    if (column.cell === 'place')
      return placeCell(group, member, rest, style.language, elderProvince);
    if (column.cell === 'since') return sinceCell(member, rest, style.language);
    const value = member[column.field];
    if (value === undefined) return '';
    delete rest[column.field];
    return writeCell(column, value, style);
  });
  return { cells, rest };
}

/**
 * The 外出时间 cell: the day, or else a span that is one whole month (2023年3月); any other span
 * (常年在外's "at least a year before") stays in the JSON.
 */
function sinceCell(member: Tree, rest: Tree, language: LedgerLanguage): string {
  if (typeof member.awaySince === 'string') {
    delete rest.awaySince;
    return member.awaySince;
  }
  const span = member.awaySinceBetween;
  if (!isTree(span) || typeof span.earliest !== 'string' || !span.earliest.endsWith('-01'))
    return '';
  const month = span.earliest.slice(0, 7);
  if (monthSpan(month)?.latest !== span.latest) return '';
  delete rest.awaySinceBetween;
  const [year, number] = month.split('-');
  return language === 'en' ? month : `${year}年${Number(number)}月`;
}

/**
 * The place cell: the address, else a word for at home or the county and township flags —
 * the first whose reading back (against the same elder) agrees with the member; what the
 * reading does not give stays in the JSON. None agrees: blank, the whole place in the JSON.
 */
function placeCell(
  group: LedgerGroup,
  member: Tree,
  rest: Tree,
  language: LedgerLanguage,
  elderProvince: string | undefined,
): string {
  const atHome = group.list === 'household.children' ? 'livesWithElder' : 'atElderSide';
  const where = isTree(member.whereabouts) ? member.whereabouts : undefined;
  const words = PLACE_WORDS[language];
  const candidates: string[] = [];
  if (typeof where?.address === 'string' && where.address.trim() !== '')
    candidates.push(where.address);
  if (member[atHome] === true) candidates.push(words.atHome);
  if (where?.inElderTownship === true) candidates.push(words.township);
  if (where?.inElderCounty === true) candidates.push(words.county);
  if (where?.inElderCounty === false) candidates.push(words.out);
  if (where?.inElderTownship === false) candidates.push(words.outOfTownship);
  const context = { elderProvince, atHome } as const;
  for (const text of candidates) {
    const facts = readPlace(text, [], context).value;
    if (!agrees(facts, member, atHome)) continue;
    if (facts[atHome]) delete rest[atHome];
    if (facts.whereabouts) {
      const left: Tree = { ...where };
      for (const field of Object.keys(facts.whereabouts)) delete left[field];
      if (Object.keys(left).length > 0) rest.whereabouts = left;
      else delete rest.whereabouts;
    }
    return text;
  }
  return '';
}

/** Whether every fact a place reading gives is the member's own. */
function agrees(
  facts: PlaceFacts,
  member: Tree,
  atHome: 'livesWithElder' | 'atElderSide',
): boolean {
  if (facts[atHome] && member[atHome] !== true) return false;
  if (!facts.whereabouts) return true;
  const where = isTree(member.whereabouts) ? member.whereabouts : {};
  return Object.entries(facts.whereabouts).every(([field, value]) => where[field] === value);
}

/** The most members any record puts in each group's columns, parallel to `LEDGER_GROUPS`. @internal */
export function memberCounts(written: readonly (readonly GroupWritten[])[]): number[] {
  return LEDGER_GROUPS.map((_, g) =>
    written.reduce((most, groups) => Math.max(most, groups[g]?.cells.length ?? 0), 0),
  );
}

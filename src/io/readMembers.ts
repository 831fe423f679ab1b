import type { Issue, IssuePath } from '../errors/index.js';
import { isTree } from './fieldPath.js';
import type { LedgerLanguage } from './language.js';
import type { LedgerGroup } from './ledgerGroups.js';
import type { GroupLayout, Layout, MemberCell, MemberSlot } from './ledgerLayout.js';
import { type CellContext, readCell } from './readCell.js';

type Tree = Record<string, unknown>;

/** Where the issues and warnings of a row's member cells go. @internal */
export interface MemberFindings {
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/**
 * Read the group columns of a row (子女1姓名 … 委托照料人联系电话) into `record`:
 * `household.children` and `household.otherSupportObligors` as lists in ordinal order (a member
 * with no cell filled is not made, so 子女1 and 子女3 give two children), the entrusted carer as
 * an object. A member the 其他信息（JSON） cell already gives is merged with the columns by index,
 * the columns winning field by field (inside `whereabouts` too). Returns, by group list, the
 * ordinal in the file of each member read, for placing issues.
 * @internal
 */
export function readMembers(
  record: Tree,
  cells: readonly unknown[],
  texts: readonly string[],
  layout: Layout,
  context: CellContext,
  found: MemberFindings,
): ReadonlyMap<string, readonly number[]> {
  const ordinals = new Map<string, number[]>();
  // JSON that gives the household, or a list, as something else is left for the schema to report.
  if (record.household !== undefined && !isTree(record.household)) return ordinals;
  for (const group of layout.groups) {
    const household = (record.household ?? {}) as Tree;
    const key = group.group.list.slice('household.'.length);
    const given = household[key];
    if (group.group.single ? !isTree(given) && given != null : !isMissingOrList(given)) continue;
    const read = readGroup(group, cells, texts, layout.language, context, found);
    if (read.members.length === 0) continue;
    ordinals.set(group.group.list, read.ordinals);
    record.household = household;
    if (group.group.single)
      household[key] = isTree(given) ? mergeInto(given, read.members[0] as Tree) : read.members[0];
    else {
      const list = Array.isArray(given) ? given : [];
      read.members.forEach((member, i) => {
        const at = list[i];
        list[i] = isTree(at) ? mergeInto(at, member) : member;
      });
      household[key] = list;
    }
    // A place that did not say where is a warning only when nothing else (the JSON) says so.
    for (const { index, warning } of read.unresolved)
      if (!placeKnown(memberAt(household[key], group.group.single ? undefined : index)))
        found.warnings.push(warning);
  }
  return ordinals;
}

interface GroupRead {
  readonly members: Tree[];
  readonly ordinals: number[];
  readonly unresolved: { readonly index: number; readonly warning: Issue }[];
}

/** The members one group's columns give in a row, in ordinal order, blank members left out. */
function readGroup(
  { group, members: slots }: GroupLayout,
  cells: readonly unknown[],
  texts: readonly string[],
  language: LedgerLanguage,
  context: CellContext,
  found: MemberFindings,
): GroupRead {
  const read: GroupRead = { members: [], ordinals: [], unresolved: [] };
  // Written out: spreading `context` for every group of every row cost more than reading it.
  const memberContext: CellContext = {
    elderProvince: context.elderProvince,
    places: context.places,
    reportedOn: context.reportedOn,
    atHome: group.list === 'household.children' ? 'livesWithElder' : 'atElderSide',
  };
  for (const slot of slots) {
    if (allBlank(slot.cells, texts)) continue;
    const index = read.members.length;
    const paths = cellPaths(group, slot, index);
    const member: Tree = {};
    for (let c = 0; c < slot.cells.length; c++) {
      const { index: i, column } = slot.cells[c] as MemberCell;
      const reading = readCell(column, cells[i], paths[c] as IssuePath, language, memberContext);
      if (!reading) continue;
      if (!('value' in reading)) {
        (reading.masked ? found.warnings : found.issues).push(reading.issue);
        continue;
      }
      // A place or since-when cell gives member facts (livesWithElder, awaySinceBetween …).
      if (column.cell === 'place' || column.cell === 'since') Object.assign(member, reading.value);
      else member[column.field] = reading.value;
      if (reading.warning && column.cell === 'place')
        read.unresolved.push({ index, warning: reading.warning });
      else if (reading.warning) found.warnings.push(reading.warning);
    }
    read.members.push(member);
    read.ordinals.push(slot.ordinal);
  }
  return read;
}

/** Whether every cell of a member is blank (white space only). */
function allBlank(memberCells: readonly MemberCell[], texts: readonly string[]): boolean {
  for (let c = 0; c < memberCells.length; c++) {
    const text = texts[(memberCells[c] as MemberCell).index];
    if (text !== undefined && text !== '' && text.trim() !== '') return false;
  }
  return true;
}

/**
 * The issue path of each cell of a member slot read as the group's `index`-th member
 * (`household.children.1.phone`), made once per file rather than once per cell: frozen, since
 * every row's issues share them.
 */
function cellPaths(group: LedgerGroup, slot: MemberSlot, index: number): readonly IssuePath[] {
  let byIndex = PATHS.get(slot);
  if (!byIndex) {
    byIndex = [];
    PATHS.set(slot, byIndex);
  }
  let paths = byIndex[index];
  if (!paths) {
    const at = group.single ? ['household', 'entrustedCarer'] : [...group.list.split('.'), index];
    paths = slot.cells.map(({ column }) => Object.freeze([...at, column.field]));
    byIndex[index] = paths;
  }
  return paths;
}

const PATHS = new WeakMap<MemberSlot, (readonly IssuePath[])[]>();

/**
 * `into` with the fields of `from` put in, merging plain objects field by field (the columns
 * win); `into` is changed and returned. A span from the 外出时间 column also takes out a day
 * the JSON gives, which would win over it; a day leaves a span beside it (the day wins).
 */
function mergeInto(into: Tree, from: Tree): Tree {
  if ('awaySinceBetween' in from) delete into.awaySince;
  for (const key of Object.keys(from)) {
    const value = from[key];
    const old = into[key];
    into[key] = isTree(value) && isTree(old) ? mergeInto(old, value) : value;
  }
  return into;
}

const isMissingOrList = (value: unknown) => value === undefined || Array.isArray(value);

const memberAt = (value: unknown, index: number | undefined): unknown =>
  index === undefined ? value : Array.isArray(value) ? value[index] : undefined;

/** Whether a member's place is known: at the elder's side, or in or out of the county. */
function placeKnown(member: unknown): boolean {
  if (!isTree(member)) return false;
  if (member.livesWithElder === true || member.atElderSide === true) return true;
  return isTree(member.whereabouts) && typeof member.whereabouts.inElderCounty === 'boolean';
}

import { toHalfWidth } from '../_lib/halfWidth.js';
import { type Issue, type IssuePath, issue } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth.js';
import { enumValueOf, labelKey, labelsOf } from './labelIndex.js';
import type { LedgerLanguage } from './language.js';
import type { CellKind, LedgerColumn } from './ledgerColumn.js';
import { dateOfCell, readDateText } from './readDateText.js';
import { type PlaceContext, readPlace } from './readPlace.js';
import { isAmbiguousMonthNumber, readSince } from './readSince.js';

/**
 * What one cell gave: a value (with a warning when it is only part of what the cell meant: a
 * place that does not say whether it is in the elder's county), nothing (empty: unknown), or an
 * issue. @internal
 */
export type CellReading =
  | { readonly value: unknown; readonly warning?: Issue }
  | { readonly issue: Issue; readonly masked?: true }
  | undefined;

/**
 * What reading a cell may need beyond its text: for a place, the elder and the file's place
 * names; for a 外出时间 of 常年在外, the day to count back from. @internal
 */
export interface CellContext extends PlaceContext {
  readonly reportedOn?: PlainDate | undefined;
}

/** Fields whose text is an identifier: a spreadsheet that made one a number may have rounded it. */
const isIdField = (field: string) =>
  field === 'id' || field.endsWith('Id') || field.endsWith('Ids');

const LIST_SEPARATORS = /[、,，;；]/;
const YES = new Set(['是', '有', '√', '✓', 'y', 'yes', 'true', '1', '对']);
const NO = new Set(['否', '无', '×', '✗', 'n', 'no', 'false', '0', '没有']);
const NULL_WORDS = new Set(['无', 'none', 'null']);
/** How a spreadsheet shows a long number it has rounded: 1.10105E+17. */
const ROUNDED_NUMBER = /^\d(?:\.\d+)?e\+?\d+$/i;
/** A number as typed or written: `12`, `-0.5`, `.5`, `1e-7`, `1.5E+21`. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const TIME = /^(\d{1,2})\s*[:：时点]\s*(\d{2})\s*分?$/;

/**
 * Read one cell of a column: a string from CSV, or a number, boolean or Date from a spreadsheet.
 * Issues carry the field's path (with the item's index inside a list).
 * @internal
 */
export function readCell(
  column: LedgerColumn,
  raw: unknown,
  path: IssuePath,
  language: LedgerLanguage,
  context: CellContext = {},
): CellReading {
  if (raw === null || raw === undefined) return undefined;
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '') return undefined;
  if (column.nullable && typeof text === 'string' && isNullWord(text)) return { value: null };
  if (column.sensitive) return readSensitive(text, path);
  if (column.cell === 'text' && lostDigits(text, isIdField(column.field)))
    return { issue: issue('number_precision_lost', path, { value: String(text) }) };
  if (column.list && typeof text === 'string') {
    const items = text
      .split(LIST_SEPARATORS)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const values: unknown[] = [];
    for (const [index, item] of items.entries()) {
      const read = readScalar(column.cell, item, [...path, index], language, context);
      if (read && 'issue' in read) return read;
      values.push(read?.value);
    }
    return { value: values };
  }
  const read = readScalar(column.cell, text, path, language, context);
  return column.list && read && 'value' in read ? { value: [read.value] } : read;
}

/**
 * Whether a trimmed cell says "none" (无, none, null in any case or width). Its key starts with
 * 无 or n, so its text with 无, n, N, ｎ or Ｎ: no key made for any other text (a cell of
 * every row of a nullable column).
 */
function isNullWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first !== 0x65e0 && first !== 0x6e && first !== 0x4e && first !== 0xff4e && first !== 0xff2e)
    return false;
  return NULL_WORDS.has(text) || NULL_WORDS.has(labelKey(text));
}

/**
 * A number that has lost digits: an integer past what a double holds exactly, or for an
 * identifier a number a spreadsheet shows rounded (1.10105E+17), as a number or as text.
 */
function lostDigits(value: unknown, identifier: boolean): boolean {
  if (typeof value === 'number')
    return (
      (Number.isInteger(value) && !Number.isSafeInteger(value)) ||
      (identifier && ROUNDED_NUMBER.test(String(value)))
    );
  return identifier && typeof value === 'string' && ROUNDED_NUMBER.test(value);
}

/** A resident ID or phone: text, unless masked or rounded by a spreadsheet. */
function readSensitive(raw: unknown, path: IssuePath): CellReading {
  if (typeof raw === 'number' && !Number.isSafeInteger(raw))
    return { issue: issue('number_precision_lost', path, { value: String(raw) }) };
  const text = String(raw);
  if (ROUNDED_NUMBER.test(text))
    return { issue: issue('number_precision_lost', path, { value: text }) };
  if (text.includes('*'))
    return { issue: issue('masked_value', path, { value: text }), masked: true };
  return { value: text };
}

function readScalar(
  kind: CellKind,
  raw: unknown,
  path: IssuePath,
  language: LedgerLanguage,
  context: CellContext,
): CellReading {
  if (kind === 'since') return readSince(raw, path, context.reportedOn);
  if (raw instanceof Date) return readSpreadsheetDate(kind, raw, path);
  if (kind === 'date' && isAmbiguousMonthNumber(raw))
    return { issue: issue('date_ambiguous', path, { value: String(raw) }) };
  // Text and JSON cells are read as they are: no half-width pass over a long note or object.
  if (kind === 'text' && typeof raw === 'string') return { value: raw.trim() };
  if (kind === 'json') return readJson(raw, path);
  const text = toHalfWidth(String(raw)).trim();
  switch (kind) {
    case 'text':
      return { value: text };
    case 'place':
      return readPlace(text, path, context);
    case 'date': {
      const date = readDateText(text);
      return date ? { value: date } : { issue: issue('invalid_plain_date', path, { value: text }) };
    }
    case 'time': {
      const match = TIME.exec(text);
      const time = match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}` : text;
      return { value: time };
    }
    case 'integer':
    case 'number': {
      const value = typeof raw === 'number' ? raw : DECIMAL.test(text) ? Number(text) : Number.NaN;
      const fits = kind === 'integer' ? Number.isInteger(value) : Number.isFinite(value);
      return fits
        ? { value }
        : { issue: issue('cell_format', path, { expected: kind, value: text }) };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      // 是 / 否 as written need no key made (a key of a word in the sets is the word).
      const key = YES.has(text) || NO.has(text) ? text : labelKey(text);
      if (YES.has(key)) return { value: true };
      if (NO.has(key)) return { value: false };
      return { issue: issue('cell_format', path, { expected: 'boolean', value: text }) };
    }
    default: {
      const value = enumValueOf(kind.enum, text);
      return value !== undefined
        ? { value }
        : { issue: issue('invalid_value', path, { allowed: labelsOf(kind.enum, language) }) };
    }
  }
}

/** A JSON cell: its value, unless it is no JSON or nests deeper than checks further down take. */
function readJson(raw: unknown, path: IssuePath): CellReading {
  let value: unknown;
  try {
    value = JSON.parse(String(raw));
  } catch {
    const text = toHalfWidth(String(raw)).trim();
    return { issue: issue('cell_format', path, { expected: 'json', value: text }) };
  }
  // Checks further down recurse; no ledger field nests anywhere near this deep.
  return nestsDeeperThan(value, MAX_JSON_DEPTH)
    ? { issue: issue('json_too_deep', path, { maximum: MAX_JSON_DEPTH }) }
    : { value };
}

/** A spreadsheet's date or time cell (stored at UTC, so read at UTC whatever the host's zone). */
function readSpreadsheetDate(kind: CellKind, value: Date, path: IssuePath): CellReading {
  if (kind === 'time' && !Number.isNaN(value.getTime()))
    return { value: value.toISOString().slice(11, 16) };
  const date = dateOfCell(value);
  if (date && (kind === 'date' || kind === 'text')) return { value: date };
  return { issue: issue('invalid_plain_date', path, { value: String(value) }) };
}

import { pathPastDepth } from '../_lib/nestingPath.js';
import { GuanaiError, issue } from '../errors/index.js';
import { maskPhoneNumber, maskResidentId, PhoneNumber, ResidentIdNumber } from '../models/index.js';
import { MAX_JSON_DEPTH } from './jsonDepth.js';
import { type LedgerLanguage, localeOf } from './language.js';
import type { CellKind, LedgerColumn } from './ledgerColumn.js';
import { plainDecimal } from './plainDecimal.js';

type Sensitive = NonNullable<LedgerColumn['sensitive']>;

/** How cells are written: the language of labels, and whether sensitive values are masked. @internal */
export interface CellStyle {
  readonly language: LedgerLanguage;
  readonly mask: boolean;
}

/** The text of one cell; '' for an unknown (absent) value. @internal */
export function writeCell(column: LedgerColumn, value: unknown, style: CellStyle): string {
  if (value === undefined) return '';
  if (value === null) return style.language === 'en' ? 'none' : '无';
  if (column.sensitive && style.mask) return maskSensitive(column.sensitive, String(value));
  if (column.list && Array.isArray(value))
    return value
      .map((item) => writeScalar(column.cell, item, style))
      .join(style.language === 'en' ? '; ' : '、');
  return writeScalar(column.cell, value, style);
}

function writeScalar(kind: CellKind, value: unknown, style: CellStyle): string {
  switch (kind) {
    case 'json':
      return jsonCell(value, style);
    case 'boolean':
      if (style.language === 'en') return value ? 'yes' : 'no';
      return value ? '是' : '否';
    case 'integer':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? plainDecimal(value)
        : String(value);
    case 'text':
    case 'date':
    case 'time':
    case 'since':
      return String(value);
    case 'place':
      return (value as { address?: string } | undefined)?.address ?? '';
    default: {
      const labels = localeOf(style.language).labels[kind.enum] as Readonly<Record<string, string>>;
      return labels[String(value)] ?? String(value);
    }
  }
}

/**
 * A JSON cell, masked unless told otherwise. JSON nested past what a reader takes back
 * (`json_too_deep`, a cycle too) or that JSON cannot carry (a BigInt) is a coded error, not a
 * file that cannot be read back or a raw TypeError.
 */
function jsonCell(value: unknown, style: CellStyle): string {
  if (pathPastDepth(value, MAX_JSON_DEPTH) !== undefined)
    throw new GuanaiError([issue('json_too_deep', [], { maximum: MAX_JSON_DEPTH })]);
  try {
    return (style.mask ? maskedJson(value) : JSON.stringify(value)) ?? '';
  } catch {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'records', rule: 'object' })]);
  }
}

/**
 * A resident ID or phone number with its middle hidden; anything else under such a name (a
 * number too short to be either) is hidden whole rather than half-shown. @internal
 */
export function maskSensitive(kind: Sensitive, value: string): string {
  if (kind === 'residentId') {
    const id = ResidentIdNumber.safeParse(value);
    if (id.success) return maskResidentId(id.data);
  } else {
    const phone = PhoneNumber.safeParse(value);
    if (phone.success) return maskPhoneNumber(phone.data);
  }
  return '*'.repeat(value.length);
}

/** What kind of sensitive value a field of this name holds, wherever it stands. @internal */
export const sensitiveKindOf = (key: string): Sensitive | undefined =>
  key === 'phone' || key === 'residentId' ? key : undefined;

/**
 * `value` as JSON with every value under a phone or resident-ID name masked, whatever its JSON
 * type: a number as its digits, each item of a list, each value inside an object.
 */
function maskedJson(value: unknown): string {
  return JSON.stringify(value, (key, field) => {
    const kind = sensitiveKindOf(key);
    return kind ? maskedWhole(kind, field) : field;
  });
}

/** `value` with every string and number in it masked as `kind` (a loop: no recursion). */
function maskedWhole(kind: Sensitive, value: unknown): unknown {
  const leaf = (item: unknown) =>
    typeof item === 'string' || typeof item === 'number' ? maskSensitive(kind, String(item)) : item;
  if (typeof value !== 'object' || value === null) return leaf(value);
  const copy: unknown = Array.isArray(value) ? [...value] : { ...value };
  const stack = [copy as Record<string, unknown>];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const key of Object.keys(node)) {
      const item = node[key];
      if (typeof item === 'object' && item !== null) {
        const inner = (Array.isArray(item) ? [...item] : { ...item }) as Record<string, unknown>;
        node[key] = inner;
        stack.push(inner);
      } else node[key] = leaf(item);
    }
  }
  return copy;
}

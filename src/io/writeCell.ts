import { maskPhoneNumber, maskResidentId, PhoneNumber, ResidentIdNumber } from '../models/index.js';
import { type LedgerLanguage, localeOf } from './language.js';
import type { CellKind, LedgerColumn } from './ledgerColumn.js';

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
      return style.mask ? maskedJson(value) : JSON.stringify(value);
    case 'boolean':
      if (style.language === 'en') return value ? 'yes' : 'no';
      return value ? '是' : '否';
    case 'text':
    case 'date':
    case 'time':
    case 'integer':
    case 'number':
      return String(value);
    default: {
      const labels = localeOf(style.language).labels[kind.enum] as Readonly<Record<string, string>>;
      return labels[String(value)] ?? String(value);
    }
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

/** `value` as JSON with every phone number and resident ID in it masked. @internal */
function maskedJson(value: unknown): string {
  return JSON.stringify(value, (key, field) => {
    const kind = sensitiveKindOf(key);
    return kind && typeof field === 'string' ? maskSensitive(kind, field) : field;
  });
}

import { en, zhCN } from '../i18n/index.js';
import {
  maskPhoneNumber,
  maskResidentId,
  type PhoneNumber,
  type ResidentIdNumber,
} from '../models/index.js';
import type { CellKind, LedgerColumn } from './ledgerColumn.js';

/** How cells are written: the language of labels, and whether sensitive values are masked. @internal */
export interface CellStyle {
  readonly language: 'zh-CN' | 'en';
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
      return JSON.stringify(value);
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
      const labels = (style.language === 'en' ? en : zhCN).labels[kind.enum] as Readonly<
        Record<string, string>
      >;
      return labels[String(value)] ?? String(value);
    }
  }
}

/** A resident ID or phone number with its middle hidden. @internal */
export function maskSensitive(kind: 'residentId' | 'phone', value: string): string {
  return kind === 'residentId'
    ? maskResidentId(value as ResidentIdNumber)
    : maskPhoneNumber(value as PhoneNumber);
}

import type { EnumLabels } from '../i18n/index.js';

/**
 * What a cell of a ledger column holds, and so how it is read and written: text; a civil date
 * (typed `2024-03-05`, `2024/3/5`, `2024.3.5`, `2024年3月5日` or `20240305`, or a spreadsheet
 * date); a wall-clock time (`9:30`); an integer or a number; yes or no (是/否, 有/无, √/×,
 * yes/no, true/false, 1/0); an enum value by its key or its zh-CN or en label; a JSON value; a
 * place as officials write it (广东省深圳市, 本县, 县外 — read into `Whereabouts`); or when an
 * absence began (a day, a month such as 2023年3月, or 常年在外 — read into `awaySince` or
 * `awaySinceBetween`).
 * @example
 * ```ts
 * const cell: CellKind = { enum: 'livingArrangement' };
 * ```
 * @category Ledger files
 */
export type CellKind =
  | 'text'
  | 'date'
  | 'time'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'json'
  | 'place'
  | 'since'
  | { readonly enum: keyof EnumLabels };

/**
 * One column of a ledger file: the field it fills (a dotted path into the record), its headings
 * in Chinese and English (and other headings officials use for it), and what its cells hold.
 * @example
 * ```ts
 * const column: LedgerColumn = { field: 'birthDate', zh: '出生日期', en: 'Birth date', cell: 'date' };
 * ```
 * @category Ledger files
 */
export interface LedgerColumn {
  /** Dotted path of the field, e.g. `residence.villageCode`; empty for the JSON column. */
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  /** Other headings read as this column (身份证号 for 公民身份号码 …). */
  readonly aliases?: readonly string[];
  readonly cell: CellKind;
  /** A list in one cell, written with 、 (zh) or `; ` (en); read split on 、,，;；. */
  readonly list?: true;
  /** A word (无 / none) stands for `null` (e.g. "lives in no institution"). */
  readonly nullable?: true;
  /** Masked on export unless the caller asks otherwise (PIPL art. 28). */
  readonly sensitive?: 'residentId' | 'phone';
}

import { en, type LocaleData, zhCN } from '../i18n/index.js';

/** The language of a ledger file's headings and labels. @internal */
export type LedgerLanguage = 'zh-CN' | 'en';

/** The locale whose labels a file in `language` uses. @internal */
export const localeOf = (language: LedgerLanguage): LocaleData => (language === 'en' ? en : zhCN);

/** A column's heading in `language`. @internal */
export const headingIn = (
  column: { readonly zh: string; readonly en: string },
  language: LedgerLanguage,
): string => (language === 'en' ? column.en : column.zh);

import { enExplanations } from './en.explain.js';
import type { FormatOptions } from './format.js';
import { knownLocale } from './knownLocale.js';
import type { ExplanationLocale, Locale } from './types.js';
import { zhCNExplanations } from './zh-CN.explain.js';

const EXPLANATIONS: Readonly<Record<Locale, ExplanationLocale>> = {
  'zh-CN': zhCNExplanations,
  en: enExplanations,
};

/**
 * Options of the explaining functions: the locale of `FormatOptions`, and the explanation words
 * of a host app's own locale (by default those of the built-in locale of the same name).
 * @category Explanations
 */
export interface ExplanationOptions extends FormatOptions {
  readonly explanations?: ExplanationLocale;
}

/** The explanation words for the options' locale. @internal */
export function explanationData(options: ExplanationOptions): ExplanationLocale {
  if (options.explanations) return options.explanations;
  const { locale = 'zh-CN' } = options ?? {};
  return EXPLANATIONS[
    knownLocale(typeof locale === 'object' && locale !== null ? locale.locale : locale)
  ];
}

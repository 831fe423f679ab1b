import { sourceRefs } from '../_lib/sourceRefs.js';
import { SOURCE_COMPILATION, SOURCES, type SourceDocument } from '../_lib/sources.js';
import type {
  CategoryKey,
  CategoryResult,
  Citation,
  Classification,
  Reason,
  Tri,
} from '../eligibility/index.js';
import { GuanaiError, issue } from '../errors/index.js';
import { type ExplanationOptions, explanationData } from './explanationData.js';
import { localeData } from './format.js';
import { formatFactPath } from './formatFactPath.js';
import { labelOr } from './labelOr.js';
import type { ExplanationLocale, LocaleData } from './types.js';

/**
 * One category's answer in words: the headline (category, status, source), the sentences of the
 * reasons that decide it, the facts still needed, and all of it as indented text lines.
 * @category Explanations
 */
export interface Explanation {
  readonly status: Tri;
  /** e.g. `农村留守老年人：待核实（依据 spec §1.1 · S14 L359）`. */
  readonly headline: string;
  /**
   * The reasons that decide the answer: for `yes` those that hold, for `no` those that fail,
   * for `unknown` those still open.
   */
  readonly reasons: readonly string[];
  /** The facts that would decide an `unknown`, in words (see {@link formatFactPath}). */
  readonly missing: readonly string[];
  /** Where the rule comes from, e.g. `spec §1.1 · S14 L359`. */
  readonly source: string;
  /**
   * Each cited source item an official can look up: its lines, heading, kind, issuer, date and
   * the compilation it was published in (items not in guanai's table, e.g. a local document's
   * article, stay in `source` only).
   */
  readonly documents: readonly string[];
  /** The rule's own words, quoted (`原文：「……」`), when the citation has them. */
  readonly quote: string | undefined;
  /** The headline, then each reason, the facts still needed, the documents and the quote, indented by two spaces. */
  readonly lines: readonly string[];
}

/**
 * Options of {@link explain}: the locale, and the category the result is for (named in the
 * headline).
 * @category Explanations
 */
export interface ExplainOptions extends ExplanationOptions {
  readonly category?: CategoryKey;
}

/**
 * Options of {@link explainClassification}: the locale, and which categories to explain, in
 * which order (default: all, in the classification's order).
 * @category Explanations
 */
export interface ExplainClassificationOptions extends ExplanationOptions {
  readonly categories?: readonly CategoryKey[];
}

const INDENT = '  ';

/** A result not made by the classifier (or mangled on the way) is a coded error, not a TypeError. */
function requireResult(result: CategoryResult, name: string): void {
  const shaped =
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result.reasons) &&
    Array.isArray(result.missing) &&
    typeof result.citation?.spec === 'string' &&
    result.reasons.every((reason) => typeof reason === 'object' && reason !== null) &&
    result.missing.every((path) => typeof path === 'string');
  if (!shaped) throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'object' })]);
}

/** guanai's own spec sections read `spec §1.1`; a local document's citation stays as it is. */
function sourceOf(citation: Citation): string {
  const spec = citation.spec.startsWith('§') ? `spec ${citation.spec}` : citation.spec;
  return citation.source ? `${spec} · ${citation.source}` : spec;
}

const ITEMS: Readonly<Record<string, SourceDocument>> = SOURCES;

/** One line per cited item of guanai's table, its cited lines together: `S14 L375, L379`. */
function documentsOf(citation: Citation, words: ExplanationLocale['explanation']): string[] {
  if (typeof citation.source !== 'string') return [];
  const lines = new Map<string, string[]>();
  for (const ref of sourceRefs(citation.source)) {
    if (!Object.hasOwn(ITEMS, ref.source)) continue;
    const cited = lines.get(ref.source) ?? [];
    if (ref.line !== undefined) cited.push(`L${ref.line}${ref.toLine ? `–L${ref.toLine}` : ''}`);
    lines.set(ref.source, cited);
  }
  return [...lines].map(([id, cited]) => {
    const item = ITEMS[id] as SourceDocument;
    const date = item.date ?? (item.dateStated ? words.dateInText(item.dateStated) : words.undated);
    return words.document({
      ref: cited.length > 0 ? `${id} ${cited.join(', ')}` : id,
      title: item.title,
      kind: item.kind,
      issuer: item.issuer,
      date,
      collection: SOURCE_COMPILATION.title,
      published: SOURCE_COMPILATION.published,
    });
  });
}

function sentence(data: LocaleData, words: ExplanationLocale, reason: Reason): string {
  const render = Object.hasOwn(words.reasons, reason.code)
    ? (words.reasons[reason.code] as (params: Reason['params'], status: Tri) => string)
    : undefined;
  // A code from a newer classifier than this locale, or parameters its sentence cannot read
  // (stored or hand-made data): show the code rather than nothing.
  const fallback = `${String(reason.code)}${data.separator}${labelOr(data.labels.tri, String(reason.status))}`;
  if (!render || typeof reason.params !== 'object' || reason.params === null) return fallback;
  try {
    return String(render(reason.params, reason.status));
  } catch {
    return fallback;
  }
}

/**
 * Explain one category's result for people: a headline with the status and the rule's source,
 * then the reasons that decide it — for `yes` those that hold, for `no` only those that fail,
 * for `unknown` those still open, followed by the facts still needed.
 *
 * @param result - one entry of `Classification.categories`
 * @param options - the locale (default `zh-CN`) and the category, named in the headline
 * @returns the explanation, also as text lines
 * @example
 * ```ts
 * // elder: no birth date; the second child's date of leaving not recorded
 * const { categories } = classifyElder(elder, { asOf: plainDate('2026-06-30') });
 * explain(categories.leftBehindElder, { category: 'leftBehindElder' }).lines;
 * // ['农村留守老年人：待核实（依据 spec §1.1 · S14 L359）',
 * //  '  出生日期不详，无法判断是否年满60周岁',
 * //  '  部分子女外出时间不详（其余子女中最后一名自2022-05-10起外出）',
 * //  '  待补充：出生日期、第2名子女外出时间']
 * explain(categories.leftBehindElder, { locale: 'en' }).headline;
 * // 'Unknown (source: spec §1.1 · S14 L359)'
 * ```
 * @category Explanations
 */
export function explain(result: CategoryResult, options: ExplainOptions = {}): Explanation {
  requireResult(result, 'result');
  const data = localeData(options);
  const words = explanationData(options).explanation;
  const reasonWords = explanationData(options);
  const source = sourceOf(result.citation);
  const category =
    options.category === undefined ? undefined : labelOr(data.labels.category, options.category);
  const headline = words.headline(category, labelOr(data.labels.tri, result.status), source);
  const reasons = result.reasons
    .filter((reason) => reason.status === result.status)
    .map((reason) => sentence(data, reasonWords, reason));
  const missing = result.missing.map((path) => formatFactPath(path, options));
  const documents = documentsOf(result.citation, words);
  const text = result.citation.text;
  const quote = typeof text === 'string' && text.length > 0 ? words.quote(text) : undefined;
  const lines = [
    headline,
    ...reasons.map((line) => INDENT + line),
    ...(missing.length > 0 ? [INDENT + words.missing(missing)] : []),
    ...documents.map((line) => INDENT + line),
    ...(quote ? [INDENT + quote] : []),
  ];
  return { status: result.status, headline, reasons, missing, source, documents, quote, lines };
}

/**
 * Explain every category of a classification (or the ones chosen), as text lines: each
 * category's headline followed by its indented reasons and missing facts (see {@link explain}).
 *
 * @param classification - the result of `classifyElder`
 * @param options - the locale (default `zh-CN`) and the categories to explain, in order
 * @returns the lines of all the chosen categories, one after the other
 * @example
 * ```ts
 * const classification = classifyElder(elder, { asOf: plainDate('2026-06-30') });
 * explainClassification(classification, { categories: ['leftBehindElder'], locale: 'en' });
 * // ['Rural left-behind elder (留守): unknown (source: spec §1.1 · S14 L359)',
 * //  '  Birth date unknown: cannot tell whether aged 60 or over',
 * //  '  When some children left is not recorded (of the others, the last left on 2022-05-10)',
 * //  '  Still needed: date of birth; child 2: date of leaving']
 * console.log(explainClassification(classification).join('\n')); // all 22 categories, in zh-CN
 * ```
 * @category Explanations
 */
export function explainClassification(
  classification: Classification,
  options: ExplainClassificationOptions = {},
): string[] {
  if (typeof classification?.categories !== 'object' || classification.categories === null) {
    throw new GuanaiError([
      issue('invalid_argument', ['categories'], { name: 'classification', rule: 'object' }),
    ]);
  }
  const { categories, ...format } = options ?? {};
  if (categories !== undefined && !Array.isArray(categories)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'categories', rule: 'array' })]);
  }
  const keys: readonly CategoryKey[] =
    categories ?? (Object.keys(classification.categories) as CategoryKey[]);
  return keys.flatMap((category) => {
    const result = Object.hasOwn(classification.categories, category)
      ? classification.categories[category]
      : undefined;
    return result ? explain(result, { ...format, category }).lines : [];
  });
}

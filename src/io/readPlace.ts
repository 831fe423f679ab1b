import { type Issue, type IssuePath, issue } from '../errors/index.js';
import type { Whereabouts } from '../models/index.js';
import { labelKey } from './labelIndex.js';
import { provinceOf } from './provinces.js';

/**
 * The names of the elder's county and townships as the file writes them (宣威市, 板桥镇), so
 * that a place naming one is read as inside it. Our choice: a place is inside a township or
 * county whose name it contains anywhere (云南省宣威市板桥镇 is in 板桥镇 and 宣威市).
 * @example
 * ```ts
 * const places: LedgerPlaces = { county: ['宣威市'], township: ['板桥镇', '务德镇'] };
 * ```
 * @category Ledger files
 */
export interface LedgerPlaces {
  readonly county?: readonly string[];
  readonly township?: readonly string[];
}

/** What a place cell says of a member: where they are, or that they are at the elder's side. @internal */
export interface PlaceFacts {
  whereabouts?: Whereabouts;
  livesWithElder?: true;
  atElderSide?: true;
}

/** What reading a place needs about the row and the file. @internal */
export interface PlaceContext {
  /** The first two digits of the elder's village code. */
  readonly elderProvince?: string | undefined;
  readonly places?: PlaceKeys | undefined;
  /** What "at home" sets for this member: a child lives with the elder, a supporter is at their side. */
  readonly atHome?: 'livesWithElder' | 'atElderSide' | undefined;
}

type Flags = Pick<Whereabouts, 'inElderCounty' | 'inElderTownship'>;

const IN_TOWNSHIP: Flags = { inElderCounty: true, inElderTownship: true };
const IN_COUNTY: Flags = { inElderCounty: true };
const OUT_OF_COUNTY: Flags = { inElderCounty: false, inElderTownship: false };
const OUT_OF_TOWNSHIP: Flags = { inElderTownship: false };

/**
 * The words officials write for a place relative to the elder, by what each says; a cell that
 * starts with one is read by it (本县城关镇 is in the county). 本市 / 市内 are not here: a
 * prefecture-level city holds several counties (our choice: such a place is unresolved).
 */
const WORDS: readonly (readonly [word: string, flags: Flags | 'atHome'])[] = [
  ...['在家', '家中', '同住', '在身边', '本户', 'athome'].map((w) => [w, 'atHome'] as const),
  ...[
    '在本乡',
    '在本镇',
    '本村',
    '本组',
    '本乡',
    '本镇',
    '乡内',
    '镇内',
    '村内',
    '本街道',
    'intownship',
  ].map((w) => [w, IN_TOWNSHIP] as const),
  ...['在本县', '本县', '县内', '本区', '区内', '县城', '城区', 'incounty'].map(
    (w) => [w, IN_COUNTY] as const,
  ),
  ...['县外', '外县', '市外', '外市', '省外', '外省', '出省', '外地', 'outofcounty'].map(
    (w) => [w, OUT_OF_COUNTY] as const,
  ),
  ...['乡外', '镇外', 'outoftownship'].map((w) => [w, OUT_OF_TOWNSHIP] as const),
];

/** For each word, the first of `WORDS` it starts with: what the loop over them stops at. */
const FIRST_WORD: ReadonlyMap<string, Word> = new Map(
  // Found for every word: it starts with itself.
  WORDS.map(([word]) => [word, WORDS.find(([other]) => word.startsWith(other)) as Word]),
);

type Word = (typeof WORDS)[number];

/**
 * Read a place cell (去向, 现居住地, 务工地点 …) against the elder, in this order: an at-home word
 * (在家, 家中, 同住, 在身边) sets `livesWithElder` (child) or `atElderSide` (supporter); a
 * relative word (本村 / 本乡 / 本镇 → in the township and county; 本县 / 县内 / 县城 / 城区 → in
 * the county; 县外 / 市外 / 省外 / 外省 / 外地 → outside both; 乡外 / 镇外 → outside the
 * township; in English files: at home, in township, in county, out of county, out of
 * township); a name in `places`; a province other than the elder's → outside both. The text is
 * kept as `address` unless it is a bare word. A place none of these decides keeps the address
 * alone and comes with `place_unresolved`: its member's 留守 answer stays 待核实.
 * @internal
 */
export function readPlace(
  text: string,
  path: IssuePath,
  context: PlaceContext,
): { readonly value: PlaceFacts; readonly warning?: Issue } {
  const key = labelKey(text);
  const address = text.trim();
  // A bare word (县外, 在家), as most cells are, is found without trying each word in turn.
  const bareWord = FIRST_WORD.get(key);
  const words = bareWord && (bareWord[1] !== 'atHome' || context.atHome) ? [bareWord] : WORDS;
  for (const [word, flags] of words) {
    if (!key.startsWith(word)) continue;
    const bare = key === word;
    if (flags === 'atHome' && context.atHome)
      return { value: { [context.atHome]: true, ...(bare ? {} : { whereabouts: { address } }) } };
    if (flags === 'atHome') continue;
    return { value: { whereabouts: bare ? { ...flags } : { ...flags, address } } };
  }
  const named = namedPlace(key, context.places);
  if (named) return { value: { whereabouts: { ...named, address } } };
  const province = provinceOf(key);
  if (province && context.elderProvince && province !== context.elderProvince)
    return { value: { whereabouts: { ...OUT_OF_COUNTY, address } } };
  return {
    value: { whereabouts: { address } },
    warning: issue('place_unresolved', path, { value: address }),
  };
}

/** The names of `LedgerPlaces` as keys (`labelKey`), made once per file. @internal */
export interface PlaceKeys {
  readonly county: readonly string[];
  readonly township: readonly string[];
}

/** `places` as keys; names that are not text, or blank, are left out. @internal */
export function placeKeysOf(places: LedgerPlaces | undefined): PlaceKeys | undefined {
  if (typeof places !== 'object' || places === null) return undefined;
  const keys = (list: unknown) =>
    Array.isArray(list)
      ? list
          .filter((name) => typeof name === 'string')
          .map(labelKey)
          .filter((key) => key !== '')
      : [];
  return { county: keys(places.county), township: keys(places.township) };
}

/** The flags a place gets from naming one of the elder's townships or its county. */
function namedPlace(key: string, places: PlaceKeys | undefined): Flags | undefined {
  if (!places) return undefined;
  if (places.township.some((name) => key.includes(name))) return IN_TOWNSHIP;
  if (places.county.some((name) => key.includes(name))) return IN_COUNTY;
  return undefined;
}

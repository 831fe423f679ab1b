import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, issue } from '../errors/index.js';
import {
  type Caregiver,
  type ChildRecord,
  type CountyArea,
  type Elder,
  isPlainDate,
  type MutualAidGroup,
  type PlainDate,
} from '../models/index.js';
import { createElderTables, type ElderContext } from './elderContext.js';
import { defaultCaregiverCount, generateCaregivers } from './generateCaregivers.js';
import { generateChildHolders } from './generateChildHolders.js';
import { generateChildren, generateSchools, type SampleSchool } from './generateChildren.js';
import { generateCountyArea } from './generateCountyArea.js';
import { generateElder } from './generateElder.js';
import { generateMutualAidGroups } from './generateMutualAidGroups.js';
import { createPeopleTables } from './people.js';
import { createRandom } from './random.js';

/**
 * Options of {@link generateSampleCounty}. Every option has a default.
 *
 * @example
 * ```ts
 * const options: SampleCountyOptions = { seed: 7, townships: 2, elders: 1000, asOf: plainDate('2026-10-01') };
 * generateSampleCounty(options);
 * ```
 * @category Sample data
 */
export interface SampleCountyOptions {
  /** Seed of the generator: a non-negative integer (default 1). Same options, same county. */
  seed?: number;
  /** Township-level units (乡镇), 1–298 (default 3). */
  townships?: number;
  /** Villages (村) per township, 1–199 (default 6). */
  villagesPerTownship?: number;
  /** Elders in the ledger, 0 to {@link MAX_SAMPLE_ELDERS} (default 300). */
  elders?: number;
  /**
   * The elders' caregivers, 0 or more (default: about one per five elders, and at least a
   * responsible cadre per township and village, a village doctor, a women's-federation member
   * and a volunteer per village, a social worker and a contracted carer). When fewer are asked
   * for, the responsible cadres come first. At most {@link MAX_SAMPLE_CAREGIVERS}. The
   * children's 包保 holders come on top of them, sized from the children (see `children`).
   */
  caregivers?: number;
  /**
   * Left-behind children (留守儿童), 0 to {@link MAX_SAMPLE_CHILDREN} (default: two for every
   * five elders), spread over the villages like the elders. Their 包保 holders (spec §3.1, §3.4
   * · S18 L515) follow the elders' caregivers in `caregivers`: teachers (`teacher`) at each
   * school with 义务教育阶段 留守 pupils — at least two, one per six pupils, capacity 5–10
   * children, school days only, homes near the school, `schoolId` the school's — and a township cadre per twenty
   * 学龄前 留守儿童 and a village cadre per fifteen 留守儿童 of the village.
   */
  children?: number;
  /**
   * The day the ledger describes, in the years 1960–2200 (default `2026-06-30`): ages,
   * absences, assessments and leave are relative to it.
   */
  asOf?: PlainDate;
}

/**
 * A generated county: the area tree, the elder ledger (台账), the caregivers, the left-behind
 * children (留守儿童) with their schools, and the elders' mutual-aid groups (老老互助组织).
 *
 * @example
 * ```ts
 * const { county, elders, caregivers, children, mutualAidGroups }: SampleCounty = generateSampleCounty();
 * elders.length; // 300
 * children.length; // 120
 * ```
 * @category Sample data
 */
export interface SampleCounty {
  county: CountyArea;
  elders: Elder[];
  /** The elders' caregivers (`C-00001` …), then the children's 包保 holders (teachers, cadres). */
  caregivers: Caregiver[];
  /** Children (`K-000001` …) with school stage, school, guardian and parents (spec §1.3). */
  children: ChildRecord[];
  /** One central school (中心学校) per township and a primary school (小学) per three villages. */
  schools: SampleSchool[];
  /**
   * About ten elders living at home per group, within one 组, each group with a leader
   * (「十人一联」, spec §3.8 · S18 L517–519); `MAG-00001` ….
   */
  mutualAidGroups: MutualAidGroup[];
}

const DEFAULT_AS_OF = '2026-06-30' as PlainDate;

/**
 * The most elders {@link generateSampleCounty} generates: a million, a large county's ledger
 * ten times over (about half a minute and a few GB). More is `too_big` at `['elders']`, so a
 * typo of a few zeros fails at once rather than running out of memory.
 *
 * @example
 * ```ts
 * generateSampleCounty({ elders: MAX_SAMPLE_ELDERS + 1 }); // throws GuanaiError: too_big
 * ```
 * @category Sample data
 */
export const MAX_SAMPLE_ELDERS = 1_000_000;

/**
 * The most caregivers {@link generateSampleCounty} generates (`too_big` at `['caregivers']`
 * beyond): far more than a million elders need.
 *
 * @example
 * ```ts
 * generateSampleCounty({ caregivers: MAX_SAMPLE_CAREGIVERS + 1 }); // throws GuanaiError: too_big
 * ```
 * @category Sample data
 */
export const MAX_SAMPLE_CAREGIVERS = 500_000;

/**
 * The most children {@link generateSampleCounty} generates (`too_big` at `['children']` beyond).
 *
 * @example
 * ```ts
 * generateSampleCounty({ children: MAX_SAMPLE_CHILDREN + 1 }); // throws GuanaiError: too_big
 * ```
 * @category Sample data
 */
export const MAX_SAMPLE_CHILDREN = 500_000;

/** Seeds are 32-bit: a larger one would be cut, and two seeds give one county. */
const MAX_SEED = 0xffff_ffff;
/** Statistical township codes have 99 town (镇) and 199 乡 numbers. */
const MAX_TOWNSHIPS = 298;
/** Villagers' committees (村民委员会) are numbered 201–399 within a township. */
const MAX_VILLAGES_PER_TOWNSHIP = 199;
/** Resident ID birth years start at 1850, and the oldest elders are 100. */
const MIN_AS_OF_YEAR = 1960;
/** Dates a few weeks past asOf must still be four-digit years; 2200 is far enough. */
const MAX_AS_OF_YEAR = 2200;
/** Independent random streams, so that e.g. more caregivers leave the elders unchanged. */
const STREAM = {
  area: 0,
  elders: 1,
  caregivers: 2,
  children: 3,
  mutualAidGroups: 4,
  childHolders: 5,
} as const;

/**
 * Generate a realistic, fictional county for demos, tests and benchmarks: a real county code
 * with made-up townships (乡镇) and villages (村), elders whose households, health and
 * assistance statuses follow plausible rural distributions (most children away for work,
 * many elders in their sixties, few over ninety), and the cadres, village doctors and
 * volunteers who visit them. Every record satisfies its schema exactly, so
 * `parseLedger({ elders, caregivers })` accepts all rows and returns equal values.
 *
 * Deterministic: the same options give deep-equal output on every host and in every time
 * zone; no clock is read. Linear in the counts: 100,000 elders take two to three seconds on
 * a small two-core machine.
 *
 * @param options - seed, size and as-of date; see {@link SampleCountyOptions}
 * @returns the county, its elders (`E-000001` …), caregivers (`C-00001` …), children
 *   (`K-000001` …) and their schools, and the elders' mutual-aid groups (`MAG-00001` …)
 * @throws {@link errors!GuanaiError} `invalid_argument` (with `params.name` the option and
 *   `params.rule`) for a seed or count that is not an integer, is negative, or is zero where
 *   at least one is needed, and for options that are not an object; `too_big` (path
 *   `[option]`) for more townships or villages than the division codes can number, more than
 *   {@link MAX_SAMPLE_ELDERS} elders, {@link MAX_SAMPLE_CAREGIVERS} caregivers or
 *   {@link MAX_SAMPLE_CHILDREN} children, or a seed past
 *   2³² − 1; `invalid_plain_date` (path `['asOf']`) for an `asOf` that is not a real
 *   `YYYY-MM-DD` date, and `too_small` / `too_big` (path `['asOf']`) for one outside 1960–2200
 * @example
 * ```ts
 * import { generateSampleCounty } from 'guanai/sample';
 * import { parseLedger } from 'guanai/models';
 *
 * const { county, elders, caregivers } = generateSampleCounty({ seed: 7, elders: 1000 });
 * parseLedger({ elders, caregivers }).invalid.length; // 0
 * county.townships[0]?.villages[0]?.name;           // e.g. '石桥村'
 * ```
 * @category Sample data
 */
export function generateSampleCounty(options: SampleCountyOptions = {}): SampleCounty {
  if (typeof options !== 'object' || options === null) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'options', rule: 'object' })]);
  }
  const seed = checkCount('seed', options.seed ?? 1, 'nonNegativeInteger', MAX_SEED);
  const townships = checkCount(
    'townships',
    options.townships ?? 3,
    'positiveInteger',
    MAX_TOWNSHIPS,
  );
  const villagesPerTownship = checkCount(
    'villagesPerTownship',
    options.villagesPerTownship ?? 6,
    'positiveInteger',
    MAX_VILLAGES_PER_TOWNSHIP,
  );
  const elderCount = checkCount(
    'elders',
    options.elders ?? 300,
    'nonNegativeInteger',
    MAX_SAMPLE_ELDERS,
  );
  const caregiverOption =
    options.caregivers === undefined
      ? undefined
      : checkCount('caregivers', options.caregivers, 'nonNegativeInteger', MAX_SAMPLE_CAREGIVERS);
  const childCount = checkCount(
    'children',
    options.children ?? Math.round(elderCount * 0.4),
    'nonNegativeInteger',
    MAX_SAMPLE_CHILDREN,
  );
  const asOf: unknown = options.asOf ?? DEFAULT_AS_OF;
  if (!isPlainDate(asOf)) {
    const value = typeof asOf === 'string' ? asOf : jsonTypeOf(asOf);
    throw new GuanaiError([issue('invalid_plain_date', ['asOf'], { value })]);
  }
  const year = Number(asOf.slice(0, 4));
  if (year < MIN_AS_OF_YEAR) {
    throw new GuanaiError([
      issue('too_small', ['asOf'], { origin: 'date', minimum: MIN_AS_OF_YEAR, inclusive: true }),
    ]);
  }
  if (year > MAX_AS_OF_YEAR) {
    throw new GuanaiError([
      issue('too_big', ['asOf'], { origin: 'date', maximum: MAX_AS_OF_YEAR, inclusive: true }),
    ]);
  }

  const layout = generateCountyArea(createRandom(seed, STREAM.area), {
    townships,
    villagesPerTownship,
    elders: elderCount,
  });
  const caregiverCount = caregiverOption ?? defaultCaregiverCount(layout);

  const people = createPeopleTables(asOf);
  const context: ElderContext = {
    random: createRandom(seed, STREAM.elders),
    layout,
    people,
    tables: createElderTables(),
    residentIds: new Set(),
    residentIdPrefixes: new Map(),
  };
  const elders: Elder[] = [];
  for (const village of layout.villages) {
    for (let i = 0; i < village.elders; i++) {
      elders.push(generateElder(context, village, elders.length + 1));
    }
  }
  const caregivers = generateCaregivers(
    createRandom(seed, STREAM.caregivers),
    layout,
    people,
    caregiverCount,
  );
  const schools = generateSchools(layout);
  const children = generateChildren(
    createRandom(seed, STREAM.children),
    layout,
    people,
    schools,
    childCount,
  );
  // The children's holders come after the elders' caregivers, which stay as they were.
  caregivers.push(
    ...generateChildHolders(
      createRandom(seed, STREAM.childHolders),
      layout,
      people,
      schools,
      children,
      caregivers.length + 1,
    ),
  );
  const mutualAidGroups = generateMutualAidGroups(
    createRandom(seed, STREAM.mutualAidGroups),
    layout,
    people,
    elders,
  );
  return { county: layout.county, elders, caregivers, children, schools, mutualAidGroups };
}

/**
 * Check a count option: an integer (at least 1 for `positiveInteger`), and at most `max`.
 * Too large a value is reported as `too_big` at the option's path.
 */
function checkCount(
  name: string,
  value: unknown,
  rule: 'nonNegativeInteger' | 'positiveInteger',
  max?: number,
): number {
  const min = rule === 'positiveInteger' ? 1 : 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new GuanaiError([issue('invalid_argument', [], { name, rule })]);
  }
  if (max !== undefined && value > max) {
    throw new GuanaiError([
      issue('too_big', [name], { origin: 'number', maximum: max, inclusive: true }),
    ]);
  }
  return value;
}

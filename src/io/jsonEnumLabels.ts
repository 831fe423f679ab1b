import type { EnumLabels } from '../i18n/index.js';
import { isTree } from './fieldPath.js';
import { enumValueOf } from './labelIndex.js';

/**
 * The enum-typed fields of an elder record and the labels each takes; `*` steps into every item
 * of a list. Fields the documented columns carry are here too: they may come in the JSON cell.
 */
const ELDER_ENUM_FIELDS: readonly (readonly [path: readonly string[], labels: keyof EnumLabels])[] =
  [
    [['sex'], 'sex'],
    [['residence', 'setting'], 'residenceSetting'],
    [['residence', 'hukou'], 'residenceSetting'],
    [['residence', 'institution'], 'institution'],
    [['household', 'livingArrangement'], 'livingArrangement'],
    [['household', 'spouse', 'status'], 'spouseStatus'],
    [['household', 'children', '*', 'relation'], 'childRelation'],
    [['household', 'children', '*', 'awayReason'], 'awayReason'],
    [['household', 'otherSupportObligors', '*', 'relation'], 'supportObligorRelation'],
    [['household', 'otherSupportObligors', '*', 'awayReason'], 'awayReason'],
    [['household', 'entrustedCarer', 'relation'], 'entrustedCarerRelation'],
    [['health', 'abilityAssessments', '*', 'level'], 'abilityLevel'],
    [['health', 'disability', 'category'], 'disabilityCategory'],
    [['economic', 'povertyMonitoring'], 'povertyMonitoring'],
    [['benefits', '*', 'programme'], 'programme'],
    [['benefits', '*', 'status'], 'enrolmentStatus'],
    [['consent', 'by'], 'consentBy'],
  ];

/**
 * The fields above as one tree of steps, so that a record is walked once rather than once per
 * field from its root: a step is a key and what is under it (a subtree, or the leaf's labels);
 * `*` is the only step of a list's level.
 */
type EnumTree = readonly (readonly [key: string, under: EnumTree | keyof EnumLabels])[];

let elderEnumTree: EnumTree | undefined;

/** The tree of `fields`, each level's keys in the order they first come. */
function treeOf(
  fields: readonly (readonly [path: readonly string[], labels: keyof EnumLabels])[],
): EnumTree {
  const root: [string, EnumTree | keyof EnumLabels][] = [];
  for (const [path, labels] of fields) {
    let level = root;
    path.forEach((key, depth) => {
      let step = level.find(([known]) => known === key);
      if (!step) {
        step = [key, depth === path.length - 1 ? labels : []];
        level.push(step);
      }
      level = step[1] as [string, EnumTree | keyof EnumLabels][];
    });
  }
  return root;
}

/**
 * Put enum keys for the labels an elder record's JSON gives (`"awayReason":"外出务工"`,
 * `"relation":"儿子"`, `"relation":"Son"`), in place, before the schema check; a text that is
 * no label of its enum is left for the schema to report.
 * @internal
 */
export function translateEnumLabels(record: Record<string, unknown>): void {
  elderEnumTree ??= treeOf(ELDER_ENUM_FIELDS);
  translateIn(record, elderEnumTree);
}

/** Translate the labels at the leaves of `tree` under `node` (a list's items at `*`). */
function translateIn(node: unknown, tree: EnumTree): void {
  const [first] = tree;
  if (first?.[0] === '*') {
    if (Array.isArray(node)) for (const item of node) translateIn(item, first[1] as EnumTree);
    return;
  }
  if (!isTree(node)) return;
  for (const [key, under] of tree) {
    if (!Object.hasOwn(node, key)) continue;
    const value = node[key];
    if (typeof under !== 'string') translateIn(value, under);
    else if (typeof value === 'string') {
      const known = enumValueOf(under, value);
      // Most values are the enum's own already: nothing to put back.
      if (known !== undefined && known !== value) node[key] = known;
    }
  }
}

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
 * Put enum keys for the labels an elder record's JSON gives (`"awayReason":"外出务工"`,
 * `"relation":"儿子"`, `"relation":"Son"`), in place, before the schema check; a text that is
 * no label of its enum is left for the schema to report.
 * @internal
 */
export function translateEnumLabels(record: Record<string, unknown>): void {
  for (const [path, labels] of ELDER_ENUM_FIELDS) translateAt(record, path, 0, labels);
}

function translateAt(
  node: unknown,
  path: readonly string[],
  depth: number,
  labels: keyof EnumLabels,
): void {
  const key = path[depth] as string;
  if (key === '*') {
    if (Array.isArray(node)) for (const item of node) translateAt(item, path, depth + 1, labels);
    return;
  }
  if (!isTree(node) || !Object.hasOwn(node, key)) return;
  const value = node[key];
  if (depth < path.length - 1) translateAt(value, path, depth + 1, labels);
  else if (typeof value === 'string') {
    const known = enumValueOf(labels, value);
    if (known !== undefined) node[key] = known;
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnumLabels } from '../i18n/index.js';
import { isTree } from './fieldPath.js';
import { translateEnumLabels } from './jsonEnumLabels.js';
import { enumValueOf } from './labelIndex.js';

/** The fields, one path each, walked one by one from the root: the straightforward way. */
const FIELDS: readonly (readonly [readonly string[], keyof EnumLabels])[] = [
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

function straightforward(node: unknown, path: readonly string[], labels: keyof EnumLabels): void {
  const [key, ...rest] = path;
  if (key === '*') {
    if (Array.isArray(node)) for (const item of node) straightforward(item, rest, labels);
    return;
  }
  if (key === undefined || !isTree(node) || !Object.hasOwn(node, key)) return;
  const value = node[key];
  if (rest.length > 0) straightforward(value, rest, labels);
  else if (typeof value === 'string') {
    const known = enumValueOf(labels, value);
    if (known !== undefined) node[key] = known;
  }
}

const leaf = fc.oneof(
  fc.constantFrom('son', '儿子', 'Son', '外出务工', 'migrantWork', '男', 'female', '低保', 'x', ''),
  fc.integer(),
  fc.constant(null),
);
const keys = ['relation', 'awayReason', 'level', 'programme', 'status', 'category', 'by', 'name'];
const item = fc.dictionary(fc.constantFrom(...keys), leaf, { maxKeys: 4 });
const list = fc.oneof(fc.array(fc.oneof(item, leaf), { maxLength: 3 }), item, leaf);
const record = fc.record(
  {
    sex: leaf,
    residence: fc.oneof(
      fc.dictionary(fc.constantFrom('setting', 'hukou', 'institution', 'group'), leaf),
      leaf,
    ),
    household: fc.record(
      {
        livingArrangement: leaf,
        spouse: fc.oneof(item, leaf),
        children: list,
        otherSupportObligors: list,
        entrustedCarer: fc.oneof(item, leaf),
      },
      { requiredKeys: [] },
    ),
    health: fc.record({ abilityAssessments: list, disability: item }, { requiredKeys: [] }),
    economic: fc.dictionary(fc.constantFrom('povertyMonitoring', 'threeNo'), leaf),
    benefits: list,
    consent: item,
  },
  { requiredKeys: [] },
);

describe('translateEnumLabels', () => {
  it('puts enum keys for labels, in place, and leaves what is no label', () => {
    const elder = {
      sex: '男',
      household: { children: [{ relation: '儿子', awayReason: '外出务工' }, { relation: '侄子' }] },
      benefits: [{ programme: 'x' }],
    };
    translateEnumLabels(elder);
    expect(elder).toEqual({
      sex: 'male',
      household: {
        children: [{ relation: 'son', awayReason: 'migrantWork' }, { relation: '侄子' }],
      },
      benefits: [{ programme: 'x' }],
    });
  });

  it('translates as walking each field from the root does (property)', () => {
    fc.assert(
      fc.property(record, (elder) => {
        const expected = structuredClone(elder);
        for (const [path, labels] of FIELDS) straightforward(expected, path, labels);
        translateEnumLabels(elder);
        expect(elder).toEqual(expected);
      }),
    );
  });
});

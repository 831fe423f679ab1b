/**
 * The remembered blocks of shared results (statusBlock, priorityBlock) against the rules run
 * one by one, on elders that differ from one another in a few facts: such elders share memo
 * keys, so a key that missed a fact the rules read would hand one elder another's answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base, child, merge, policy, type Raw } from '../../../test/fixtures/elder.js';
import { Elder, LivingArrangement, type PlainDate, parse } from '../../models/index.js';
import { withExplainedParts } from '../classifyElder.js';
import { DEFAULT_POLICY } from '../defaultPolicy.js';
import type { IncidentKind } from '../incident.js';
import type { Policy } from '../policy.js';
import { buildPriorityBlock, priorityBlock } from './priorityBlock.js';
import { buildStatusBlock, statusBlock } from './statusBlock.js';

const tri = [undefined, true, false];
/** Facts the blocks' keys pack, and facts of the conditions shared with other rules. */
const FACTS: Readonly<Record<string, readonly unknown[]>> = {
  birthDate: [undefined, '1946-06-30', '1946-07-01', '1936-02-29', '1966-06-30'],
  'residence.setting': [undefined, 'rural', 'urban'],
  'residence.institution': [undefined, null, 'nursingHome'],
  'household.livingArrangement': [undefined, ...LivingArrangement.options],
  'household.solitary': tri,
  'household.entrustedCarer': [undefined, null, { name: '李春梅', relation: 'neighbour' }],
  'household.children': [
    undefined,
    [],
    [child()],
    [child({ livesWithElder: true })],
    [child({ awaySince: undefined })],
    [child(), child({ awayReason: undefined })],
    [child({ livesWithElder: undefined, whereabouts: {} })],
    [child(), child({ livesWithElder: undefined, whereabouts: {} })],
  ],
  'health.seriousIllness': tri,
  'health.severeMentalIllness': tri,
  'health.abilityAssessments': [
    undefined,
    [{ level: 'severe', assessedOn: '2026-03-12', assessor: '县评估中心' }],
  ],
  'economic.minimumLivingAllowance': tri,
  'economic.extremeHardship': tri,
  'economic.fiveGuarantee': tri,
  'economic.threeNo': tri,
  'economic.povertyRegistered': tri,
  'economic.otherHardship': tri,
  'economic.povertyMonitoring': [undefined, 'none', 'atRiskOfPoverty'],
  'economic.noHardshipAssessedOn': [undefined, '2024-01-01', '2030-01-01'],
  'risks.safetyRisk': tri,
  'risks.livingDifficulty': tri,
  'risks.otherSpecialDifficulty': [undefined, null, '房屋漏雨', '独自照顾孙辈'],
};
const PATHS = Object.keys(FACTS);

/** The base elder with the picked facts set (undefined: removed), or undefined if invalid. */
function variant(picks: readonly [number, number][]): Elder | undefined {
  let raw: Raw = base();
  for (const [at, which] of picks) {
    const path = PATHS[at % PATHS.length] as string;
    const values = FACTS[path] as readonly unknown[];
    const value = values[which % values.length];
    const [head, tail] = path.split('.') as [string, string | undefined];
    raw = merge(raw, tail === undefined ? { [head]: value } : { [head]: { [tail]: value } });
  }
  try {
    return parse(Elder, raw);
  } catch {
    return undefined;
  }
}

/** A few policy objects, each used for many elders (their memos warm up). */
const POLICIES: readonly Policy[] = [
  DEFAULT_POLICY,
  policy({ thresholdsInclusive: false, advancedAgeThreshold: 70, riskJoin: 'or' }),
  policy({ semiDisabledCountsAsDisabled: true, illnessJoin: 'and', ruralTest: 'hukou' }),
  policy({ institutionCountsAsRural: false, povertyStatuses: ['povertyRegistered'] }),
];
const ASOF: PlainDate = '2026-06-30' as PlainDate;

const picksArb = fc.array(fc.tuple(fc.nat(PATHS.length - 1), fc.nat(9)), { maxLength: 4 });

describe('remembered result blocks', () => {
  it('equal the rules run one by one, whatever elders came before', () => {
    fc.assert(
      fc.property(
        picksArb,
        fc.array(picksArb, { minLength: 1, maxLength: 10 }),
        fc.nat(POLICIES.length - 1),
        fc.boolean(),
        (common, elders, at, withIncident) => {
          const options = { asOf: ASOF, policy: POLICIES[at] as Policy };
          const incidents: IncidentKind[] = withIncident ? ['criticalIllness'] : [];
          // Elders alike but for a few facts: their keys often collide.
          for (const picks of elders) {
            const elder = variant([...common, ...picks]);
            if (!elder) continue;
            withExplainedParts(elder, options, ({ context, shared, base }) => {
              expect(statusBlock(context)).toEqual(buildStatusBlock(context));
              expect(priorityBlock(context, base, shared, incidents)).toEqual(
                buildPriorityBlock(context, base, shared, incidents),
              );
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never hand an elder another's open 空巢 facts", () => {
    // Alike but for which child's home is not known: 空巢 open on different facts, 留守 no.
    const open = child({ livesWithElder: undefined, whereabouts: {} });
    const options = { asOf: ASOF, policy: POLICIES[1] as Policy };
    for (const children of [[open], [child(), open], [open, child()]]) {
      const elder = parse(
        Elder,
        merge(base(), { residence: { setting: 'urban' }, household: { children } }),
      );
      withExplainedParts(elder, options, ({ context, shared, base }) => {
        expect(base.emptyNestElder.status).toBe('unknown');
        expect(priorityBlock(context, base, shared, [])).toEqual(
          buildPriorityBlock(context, base, shared, []),
        );
      });
    }
  });

  it('remember only shared (frozen) results', () => {
    const elder = variant([]) as Elder;
    withExplainedParts(elder, { asOf: ASOF }, ({ context, shared, base }) => {
      for (const result of Object.values(statusBlock(context)))
        expect(Object.isFrozen(result)).toBe(true);
      const again = priorityBlock(context, base, shared, []);
      expect(priorityBlock(context, base, shared, [])).toBe(again);
    });
  });
});

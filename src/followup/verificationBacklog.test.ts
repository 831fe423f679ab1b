/**
 * The verification backlog per area: elders and answers unknown, facts open and past due, and
 * the facts asked of the most elders — from the verification tasks alone.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, elder, tracked, unsure } from '../../test/fixtures/followupRules.js';
import { GuanaiError } from '../errors/index.js';
import { addDays } from '../models/index.js';
import { trackingTasks } from './trackingTasks.js';
import { verificationBacklog } from './verificationBacklog.js';
import { verificationTasks } from './verificationTasks.js';

const asOf = ASOF;
const OTHER_VILLAGE = '530325102201';
const elders = [
  unsure,
  { ...unsure, id: 'E-5' as typeof unsure.id },
  elder({
    id: 'E-6',
    residence: { villageCode: OTHER_VILLAGE },
    risks: { safetyRisk: undefined },
    health: { abilityAssessments: undefined },
  }),
  tracked,
];
const tasks = verificationTasks({ elders }, { asOf });

describe('verificationBacklog', () => {
  it('counts per village: elders, answers, facts, past due, the most-asked facts', () => {
    const rows = verificationBacklog([...tasks, ...trackingTasks({ elders }, { asOf })], {
      asOf,
      by: 'village',
    });
    expect(rows).toEqual([
      {
        areaCode: '530325101203',
        elders: 2,
        unknownAnswers: 16,
        openFacts: 4,
        pastDue: 0,
        topFacts: [
          { fact: 'health.abilityAssessments', elders: 2 },
          { fact: 'household.children[].awaySince', elders: 2 },
        ],
      },
      {
        areaCode: OTHER_VILLAGE,
        elders: 1,
        unknownAnswers: 5,
        openFacts: 2,
        pastDue: 0,
        topFacts: [
          { fact: 'health.abilityAssessments', elders: 1 },
          { fact: 'risks.safetyRisk', elders: 1 },
        ],
      },
    ]);
  });

  it('rolls up to the township and county, counts past due, and cuts the list at top', () => {
    const later = addDays(tasks[0]?.due ?? asOf, 1);
    const [township, ...others] = verificationBacklog(tasks, {
      asOf: later,
      by: 'township',
      top: 1,
    });
    expect(others.length).toBe(1);
    expect(township).toMatchObject({ areaCode: '530325101000', elders: 2, pastDue: 4 });
    expect(township?.topFacts).toEqual([{ fact: 'health.abilityAssessments', elders: 2 }]);
    const [county] = verificationBacklog(tasks, { asOf, by: 'county' });
    expect(county).toMatchObject({ areaCode: '530325', elders: 3, openFacts: 6 });
  });

  it('codes bad arguments', () => {
    expect(() => verificationBacklog(tasks, { asOf, by: 'province' as never })).toThrow(
      GuanaiError,
    );
    expect(() => verificationBacklog({} as never, { asOf, by: 'village' })).toThrow(GuanaiError);
    try {
      verificationBacklog([{ kind: 'verifyFact' } as never], { asOf, by: 'village' });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues[0]?.path).toEqual(['tasks', 0, 'villageCode']);
    }
  });
});

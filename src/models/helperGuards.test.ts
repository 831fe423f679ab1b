/**
 * The exported model helpers fed values their types rule out (as from JavaScript or unchecked
 * JSON): each throws one GuanaiError with a code, never a TypeError or a silent wrong answer.
 */
import { describe, expect, it } from 'vitest';
import { GuanaiError, type Issue } from '../errors/index.js';
import { indexAreas } from './area.js';
import { assessmentOn, Health } from './health.js';
import { CaregiverId } from './ids.js';
import { Pairing, pairingMembersOn, reassignPairing } from './pairing.js';
import { RegionCode, regionCodeOfLevel } from './regionCode.js';
import { countyCodeOf, isWithinRegion, townshipKind } from './regionCodeOps.js';
import { residentIdCheckCharacter } from './residentId.js';
import { residentIdFacts } from './residentIdFacts.js';
import { minutesOfDay } from './timeOfDay.js';

function firstIssue(call: () => unknown): Issue | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues[0];
    throw error;
  }
  return undefined;
}

const code = RegionCode.parse('530325101203');
const pairing = Pairing.parse({
  id: 'P-1',
  elderId: 'E-1',
  pattern: 'oneToOne',
  status: 'active',
  validFrom: '2026-03-01',
  members: [{ caregiverId: 'C-1', role: 'primary', from: '2026-03-01' }],
});

describe('region-code helpers', () => {
  it('reject a number or a non-code instead of slicing it', () => {
    expect(firstIssue(() => countyCodeOf(530325 as never))?.code).toBe('region_code_format');
    expect(firstIssue(() => isWithinRegion(code, undefined as never))?.code).toBe(
      'region_code_format',
    );
    expect(firstIssue(() => townshipKind(null as never))?.code).toBe('region_code_format');
    expect(firstIssue(() => townshipKind(RegionCode.parse('530325'))))?.toMatchObject({
      code: 'region_code_level',
    });
  });

  it('regionCodeOfLevel rejects levels that are not a list of known levels', () => {
    expect(firstIssue(() => regionCodeOfLevel('village' as never))?.code).toBe('invalid_argument');
    expect(firstIssue(() => regionCodeOfLevel([])))?.toMatchObject({ code: 'invalid_argument' });
    expect(firstIssue(() => regionCodeOfLevel(['villag' as never])))?.toMatchObject({
      code: 'invalid_value',
      path: [0],
    });
  });
});

describe('resident-id helpers', () => {
  it('reject text that is not 17 digits (or an 18-character number) with resident_id_format', () => {
    expect(firstIssue(() => residentIdCheckCharacter('1101051949123100'))).toEqual({
      code: 'resident_id_format',
      path: [],
      params: { length: 16 },
    });
    expect(firstIssue(() => residentIdCheckCharacter(undefined as never))?.code).toBe(
      'resident_id_format',
    );
    expect(firstIssue(() => residentIdFacts(7 as never))?.code).toBe('resident_id_format');
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });
});

describe('minutesOfDay', () => {
  it('rejects anything but HH:mm instead of answering NaN', () => {
    for (const bad of ['24:00', 'ab:cd', '9:30', 5, null]) {
      expect(firstIssue(() => minutesOfDay(bad as never))?.code).toBe('invalid_time_of_day');
    }
    expect(minutesOfDay('09:30' as never)).toBe(570);
  });
});

describe('assessmentOn, pairingMembersOn, reassignPairing and indexAreas', () => {
  it('report a bad date argument at its name', () => {
    expect(firstIssue(() => assessmentOn(Health.parse({}), '2026-02-30' as never))).toEqual({
      code: 'invalid_plain_date',
      path: ['asOf'],
      params: { value: '2026-02-30' },
    });
    expect(firstIssue(() => pairingMembersOn(pairing, undefined as never))?.path).toEqual(['date']);
  });

  it('diagnose a record that was not validated, with its paths', () => {
    const health = { abilityAssessments: [null] } as never;
    expect(firstIssue(() => assessmentOn(health, '2026-06-30' as never))).toMatchObject({
      code: 'invalid_type',
      path: ['abilityAssessments', 0],
    });
    expect(
      firstIssue(() => pairingMembersOn({ members: 3 } as never, '2026-06-30' as never))?.code,
    ).toBeDefined();
    expect(firstIssue(() => indexAreas({ code: '530325', townships: 5 } as never))?.code).toBe(
      'invalid_type',
    );
  });

  it('reassignPairing checks the change as data', () => {
    expect(
      firstIssue(() => reassignPairing(pairing, { on: 'x', reason: 'caregiverLeft' } as never)),
    ).toMatchObject({ code: 'invalid_plain_date', path: ['on'] });
    expect(firstIssue(() => reassignPairing(pairing, null as never))?.code).toBe('invalid_type');
    expect(firstIssue(() => reassignPairing(null as never, null as never))?.code).toBe(
      'invalid_type',
    );
    const next = reassignPairing(pairing, {
      on: '2026-07-01' as never,
      remove: [CaregiverId.parse('C-1')],
      add: [{ caregiverId: CaregiverId.parse('C-2'), role: 'primary' }],
      reason: 'caregiverLeft',
    });
    expect(next.members).toHaveLength(2);
  });
});

/**
 * Fuzzing guanai/models: every exported helper and schema, fed generated and hand-made bad
 * input, returns or throws one GuanaiError within the hang bound; parseLedger and parseRows
 * keep every good row whatever comes beside it. The date helpers of plainDate.ts and the two
 * mask functions belong to other suites.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as models from '../../src/models/index.js';
import {
  assessmentOn,
  Caregiver,
  countyCodeOf,
  Elder,
  indexAreas,
  isWithinRegion,
  minutesOfDay,
  PairingMember,
  pairingMembersOn,
  parentRegionCode,
  parse,
  parseLedger,
  parseRows,
  reassignPairing,
  regionCodeOfLevel,
  regionLevel,
  residentIdCheckCharacter,
  residentIdFacts,
  safeParse,
  sourceRefs,
  townshipCodeOf,
  townshipKind,
  villageKind,
} from '../../src/models/index.js';
import { generateSampleCounty } from '../../src/sample/index.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, reportTallies } from './harness.js';
import { cyclic, hostile, nested } from './values.js';

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
/** Longer runs (GUANAI_FUZZ_RUNS) get proportionally more time per property. */
const FUZZ_TIMEOUT_MS = Math.max(5_000, FUZZ_RUNS * 25);
const sample = generateSampleCounty({ seed: 3, elders: 12, townships: 1, villagesPerTownship: 2 });
const goodElders = sample.elders;
const goodCaregivers = sample.caregivers;
const pairing = models.Pairing.parse({
  id: 'P-1',
  elderId: goodElders[0]?.id,
  pattern: 'oneToOne',
  status: 'active',
  validFrom: '2026-03-01',
  members: [{ caregiverId: goodCaregivers[0]?.id, role: 'primary', from: '2026-03-01' }],
});

/** Exports owned by other suites (plainDate.ts date helpers, the mask functions). */
const ELSEWHERE = new Set([
  'addDays',
  'addMonths',
  'addYears',
  'ageInFullYears',
  'comparePlainDates',
  'daysBetween',
  'fromDayNumber',
  'isoWeekdayOf',
  'isPlainDate',
  'plainDate',
  'toDayNumber',
  'maskPhoneNumber',
  'maskResidentId',
]);

const isSchema = (value: unknown): value is { safeParse: unknown } =>
  typeof value === 'object' && value !== null && 'safeParse' in value;
const schemas = Object.entries(models).filter(([, value]) => isSchema(value));
const helpers = Object.entries(models).filter(
  ([name, value]) => typeof value === 'function' && !isSchema(value) && !ELSEWHERE.has(name),
) as [string, (...args: unknown[]) => unknown][];

/** A valid first argument for each helper, so that the second argument is reached. */
const VALID_FIRST: Record<string, unknown> = {
  assessmentOn: goodElders[0]?.health,
  countyCodeOf: '530325101203',
  indexAreas: sample.county,
  isWithinRegion: '530325101203',
  minutesOfDay: '09:30',
  pairingMembersOn: pairing,
  parentRegionCode: '530325101203',
  parse: Elder,
  parseLedger: { elders: goodElders },
  parseRows: Elder,
  reassignPairing: pairing,
  regionCodeOfLevel: ['village'],
  regionLevel: '530325101203',
  residentIdCheckCharacter: '11010519491231002',
  residentIdFacts: '11010519491231002X',
  safeParse: Elder,
  sourceRefs: 'S14 L359',
  townshipCodeOf: '530325101203',
  townshipKind: '530325101203',
  villageKind: '530325101203',
};

describe('guanai/models under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  afterAll(() => reportTallies('models'));

  it('covers every helper export (a new export needs a valid first argument here)', () => {
    expect(helpers.map(([name]) => name).sort()).toEqual(Object.keys(VALID_FIRST).sort());
    // Referenced so that a renamed export fails to compile here.
    expect([
      assessmentOn,
      countyCodeOf,
      indexAreas,
      isWithinRegion,
      minutesOfDay,
      pairingMembersOn,
      parentRegionCode,
      parse,
      parseLedger,
      parseRows,
      reassignPairing,
      regionCodeOfLevel,
      regionLevel,
      residentIdCheckCharacter,
      residentIdFacts,
      safeParse,
      sourceRefs,
      townshipCodeOf,
      townshipKind,
      villageKind,
    ]).toHaveLength(20);
  });

  it('every helper returns or throws GuanaiError on anything', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        for (const [name, helper] of helpers) {
          outcomeOf(name, () => helper(a));
          outcomeOf(name, () => helper(a, b));
          outcomeOf(name, () => helper(VALID_FIRST[name], a));
          outcomeOf(name, () => helper(VALID_FIRST[name], a, b));
        }
      }),
      settings,
    );
  });

  it('every schema, through safeParse, returns issues for anything and never throws', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        for (const [name, schema] of schemas) {
          const outcome = outcomeOf(`safeParse(${name})`, () => safeParse(schema as never, input));
          expect(outcome).toBe('value');
        }
      }),
      settings,
    );
  });

  it('the catalogue cases: deep extensions, cycles, null and non-list collections', () => {
    const deep = { ...goodElders[1], extensions: { deep: nested(1_500) } };
    const loop = { ...goodElders[2], extensions: cyclic() };
    for (const input of [
      null,
      undefined,
      'x',
      { elders: 'x' },
      { elders: [null] },
      { elders: [goodElders[0], deep, loop, goodElders[3]] },
      { caregivers: { length: 1e9 } },
    ]) {
      expect(outcomeOf('parseLedger', () => parseLedger(input as never))).toBe('value');
    }
    const ledger = parseLedger({ elders: [goodElders[0], deep, loop, goodElders[3]] });
    expect(ledger.elders.map((elder) => elder.id)).toEqual([goodElders[0]?.id, goodElders[3]?.id]);
    expect(ledger.invalid.map((row) => row.issues[0]?.code)).toEqual([
      'json_too_deep',
      'json_too_deep',
    ]);
  });

  it('parseLedger keeps every good row whatever bad rows come beside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('good'), hostile), { maxLength: 12 }),
        fc.array(fc.oneof(fc.constant('good'), hostile), { maxLength: 6 }),
        (elderRows, caregiverRows) => {
          let e = 0;
          let c = 0;
          const elders = elderRows.map((row) => (row === 'good' ? goodElders[e++] : row));
          const caregivers = caregiverRows.map((row) =>
            row === 'good' ? goodCaregivers[c++] : row,
          );
          let ledger: models.Ledger | undefined;
          outcomeOf('parseLedger', () => {
            ledger = parseLedger({ elders, caregivers });
          });
          const keptElders = new Set(ledger?.elders.map((elder) => elder.id));
          for (const elder of goodElders.slice(0, e)) expect(keptElders.has(elder.id)).toBe(true);
          const keptCaregivers = new Set(ledger?.caregivers.map((one) => one.id));
          for (const one of goodCaregivers.slice(0, c))
            expect(keptCaregivers.has(one.id)).toBe(true);
          // Every row is either kept or reported.
          const reported = ledger?.invalid.length ?? 0;
          const kept = (ledger?.elders.length ?? 0) + (ledger?.caregivers.length ?? 0);
          expect(kept + reported).toBe(elders.length + caregivers.length);
        },
      ),
      settings,
    );
  });

  it('parseRows partitions any batch into kept and reported rows', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 8 }), (rows) => {
        const batch = [...rows, goodCaregivers[0]];
        outcomeOf('parseRows', () => {
          const result = parseRows(Caregiver, batch, (row) => row.id);
          expect(result.valid.length + result.invalid.length).toBe(batch.length);
        });
      }),
      settings,
    );
  });

  it('a schema of the helpers stays usable: regionCodeOfLevel and PairingMember on anything', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        outcomeOf('regionCodeOfLevel', () => regionCodeOfLevel(['village']).safeParse(input));
        outcomeOf('PairingMember', () => safeParse(PairingMember, input));
      }),
      settings,
    );
  });
});

/**
 * Laws of the ledger over time, checked with fast-check on random updates (valid, conflicting,
 * about unknown elders, registrations, repeated ids): arrival order never matters, replay is
 * stable, a fact of a later day changes nothing, a rejected update leaves its elder as it was,
 * every elder stays valid, and ledgerChanges' moves chain from the ledger on `from` to the
 * ledger on `to`, each caused by an update of that elder in the period or by time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CategoryKey, classifyStatuses } from '../eligibility/index.js';
import {
  addDays,
  Elder,
  fromDayNumber,
  type PlainDate,
  parse,
  plainDate,
  safeParse,
  toDayNumber,
} from '../models/index.js';
import { applyFactUpdates } from './applyFactUpdates.js';
import { abilityAssessed, childCameHome, childLeft, spouseDied } from './factChanges.js';
import { type FactChange, FactUpdate } from './factUpdate.js';
import { ledgerChanges } from './ledgerChanges.js';

const NUM_RUNS = 120;
const village = '530325101203';
const child = {
  relation: 'daughter',
  kinship: 'birth',
  alive: true,
  livesWithElder: false,
  whereabouts: { inElderCounty: false, inElderTownship: false },
  awaySince: '2025-11-15',
  awayReason: 'migrantWork',
  capableOfSupport: true,
};
const LEDGER = [
  parse(Elder, {
    id: 'E-1',
    name: '王秀英',
    birthDate: '1946-07-10',
    residence: { setting: 'rural', villageCode: village, institution: null },
    household: {
      livingArrangement: 'spouseOnly',
      spouse: { status: 'married', livesWithElder: true },
      children: [child],
    },
  }),
  parse(Elder, { id: 'E-2', name: '李大山', residence: { villageCode: village } }),
  parse(Elder, {
    id: 'E-3',
    name: '张桂兰',
    birthDate: '1960-03-01',
    residence: { setting: 'rural', villageCode: village, institution: null },
    household: {
      livingArrangement: 'alone',
      spouse: { status: 'widowed' },
      otherSupportObligors: [],
      entrustedCarer: null,
      children: [child],
    },
  }),
];
const START = toDayNumber(plainDate('2026-01-01'));
const day = (offset: number) => fromDayNumber(START + offset);

/** The changes an update may carry, some of which a record cannot take. */
const changesArb = (on: PlainDate): fc.Arbitrary<FactChange[]> =>
  fc.oneof(
    fc.constant(childCameHome(0)),
    fc.constant(childLeft(0, { since: on, reason: 'migrantWork', livingArrangement: 'alone' })),
    fc.constant(spouseDied({ livingArrangement: 'alone' })),
    fc.constant(spouseDied()),
    fc
      .constantFrom('intact', 'mild', 'severe')
      .map((level) => abilityAssessed({ level, assessedOn: on, assessor: '县评估中心' })),
    fc
      .integer({ min: 0, max: 40 })
      .map((years): FactChange[] => [
        { op: 'set', path: ['birthDate'], value: addDays(plainDate('1930-06-15'), years * 365) },
      ]),
    fc
      .constantFrom('alone', 'spouseOnly', 'withChildren')
      .map((value): FactChange[] => [
        { op: 'set', path: ['household', 'livingArrangement'], value },
      ]),
    fc
      .boolean()
      .map((value): FactChange[] => [
        { op: 'set', path: ['economic', 'minimumLivingAllowance'], value },
      ]),
    fc.constant<FactChange[]>([{ op: 'remove', path: ['household', 'children', 0] }]),
    fc.constant<FactChange[]>([{ op: 'set', path: ['sex'], value: 'x' }]),
    fc.constant<FactChange[]>([{ op: 'remove', path: ['household', 'spouse'] }]),
    // Checks across fields: the ID number's birth date and sex, a child's facts, an institution.
    fc.constant<FactChange[]>([{ op: 'set', path: ['residentId'], value: '500236195003083648' }]),
    fc.constant<FactChange[]>([
      { op: 'set', path: ['household', 'children', 0, 'livesWithElder'], value: true },
    ]),
    fc.constant<FactChange[]>([
      { op: 'set', path: ['household', 'livingArrangement'], value: 'institution' },
      { op: 'set', path: ['residence', 'institution'], value: null },
    ]),
    fc.constant<FactChange[]>([
      { op: 'set', path: ['household', 'children', 0, 'phone'], value: '139 6272 1634' },
    ]),
    fc.constant<FactChange[]>([
      { op: 'set', path: ['extensions', 'form', 'answer'], value: [1, 'a'] },
    ]),
    fc.constant<FactChange[]>([
      { op: 'append', path: ['household', 'children'], value: { relation: 'son', alive: false } },
    ]),
  );

const updateArb = fc
  .record({
    id: fc.integer({ min: 0, max: 40 }),
    elder: fc.constantFrom('E-1', 'E-2', 'E-3', 'E-5', 'E-404'),
    on: fc.integer({ min: 0, max: 364 }),
    late: fc.integer({ min: 0, max: 40 }),
    source: fc.constantFrom('visit', 'census', 'familyReport', 'assessment', 'review', 'other'),
    register: fc.integer({ min: 0, max: 9 }),
  })
  .chain((r) =>
    (r.register === 0
      ? fc.constant<FactChange[]>([
          {
            op: 'register',
            elder: parse(Elder, {
              id: r.elder,
              name: '新登记',
              birthDate: '1945-02-01',
              residence: { villageCode: village },
            }),
          },
        ])
      : changesArb(day(r.on))
    ).map((changes) =>
      FactUpdate.parse({
        id: `FU-${r.id}`,
        elderId: r.elder,
        on: day(r.on),
        recordedOn: day(r.on + r.late),
        source: r.source,
        changes,
      }),
    ),
  );
const updatesArb = fc.array(updateArb, { maxLength: 24 });
const ledger = { elders: LEDGER };
const asOf = plainDate('2026-12-31');

/** What a rejection says, without where it sat in the input. */
const rejectedOf = (result: ReturnType<typeof applyFactUpdates>) =>
  result.rejected.map((r) => JSON.stringify([r.update, r.issues.map((i) => i.code)])).sort();

describe('applyFactUpdates, as laws', () => {
  it('does not depend on the order updates arrive in', () => {
    fc.assert(
      fc.property(
        updatesArb.chain((updates) =>
          fc.tuple(
            fc.constant(updates),
            fc.shuffledSubarray(updates, { minLength: updates.length }),
          ),
        ),
        ([updates, shuffled]) => {
          const a = applyFactUpdates(ledger, updates, { asOf });
          const b = applyFactUpdates(ledger, shuffled, { asOf });
          expect(b.elders).toEqual(a.elders);
          expect(b.applied).toEqual(a.applied);
          expect(b.pending).toEqual(a.pending);
          expect(rejectedOf(b)).toEqual(rejectedOf(a));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('replays: to one day, then the rest, is all at once', () => {
    fc.assert(
      fc.property(updatesArb, fc.integer({ min: 0, max: 364 }), (updates, split) => {
        const first = applyFactUpdates(ledger, updates, { asOf: day(split) });
        const rest = applyFactUpdates({ elders: first.elders }, first.pending, { asOf });
        const all = applyFactUpdates(ledger, updates, { asOf });
        expect(rest.elders).toEqual(all.elders);
        expect([...first.applied, ...rest.applied]).toEqual(all.applied);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is not changed by a fact of a later day', () => {
    fc.assert(
      fc.property(updatesArb, updateArb, (updates, extra) => {
        const later = {
          ...extra,
          id: 'FU-later',
          on: addDays(asOf, 1),
          recordedOn: addDays(asOf, 1),
        } as FactUpdate;
        const without = applyFactUpdates(ledger, updates, { asOf });
        const withLater = applyFactUpdates(ledger, [...updates, later], { asOf });
        expect(withLater.elders).toEqual(without.elders);
        expect(withLater.pending).toContain(later);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('leaves an elder as it was when an update is rejected, and every elder valid', () => {
    fc.assert(
      fc.property(updatesArb, (updates) => {
        const result = applyFactUpdates(ledger, updates, { asOf });
        const rejected = new Set(result.rejected.map((r) => r.index));
        const kept = updates.filter((_, index) => !rejected.has(index));
        expect(applyFactUpdates(ledger, kept, { asOf }).elders).toEqual(result.elders);
        for (const elder of result.elders) {
          const again = safeParse(Elder, elder);
          expect(again.ok && again.value).toEqual(elder);
        }
        expect(result.applied.length + result.rejected.length + result.pending.length).toBe(
          updates.length,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** The plain way: copy the whole record, make the changes, parse it all again. */
function naiveUpdate(elder: Elder, changes: readonly FactChange[]): Elder | undefined {
  const root = structuredClone(elder) as unknown as Record<string | number, unknown>;
  for (const change of changes) {
    if (change.op === 'register') return undefined;
    let parent = root;
    const path = change.path;
    for (const key of path.slice(0, -1)) {
      if (Array.isArray(parent) && !(typeof key === 'number' && key < parent.length))
        return undefined;
      if (parent[key] == null) {
        if (change.op === 'remove') break;
        parent[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
      }
      parent = parent[key] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1] as string | number;
    if (Array.isArray(parent) && !(typeof last === 'number' && last < parent.length))
      return undefined;
    if (change.op === 'set') parent[last] = structuredClone(change.value);
    else if (change.op === 'append') {
      const list = (parent[last] ?? []) as unknown[];
      parent[last] = [...list, structuredClone(change.value)];
    } else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  }
  const result = safeParse(Elder, root);
  return result.ok ? result.value : undefined;
}

describe('one update, as laws', () => {
  it('gives what copying, changing and parsing the whole record gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEDGER),
        fc.array(updateArb, { minLength: 1, maxLength: 6 }),
        (elder, updates) => {
          let current = elder;
          for (const update of updates) {
            if (update.changes[0]?.op === 'register') continue;
            const expected = naiveUpdate(current, update.changes);
            const result = applyFactUpdates(
              { elders: [current] },
              [{ ...update, elderId: current.id }],
              { asOf },
            );
            expect(result.rejected.length === 0 ? result.elders[0] : undefined).toEqual(expected);
            current = result.elders[0] as Elder;
          }
        },
      ),
      { numRuns: NUM_RUNS * 2 },
    );
  });
});

describe('ledgerChanges, as laws', () => {
  const categories: CategoryKey[] = [
    'leftBehindElder',
    'advancedAge',
    'livesAlone',
    'disabled',
    'trackContinuously',
  ];
  const periodArb = fc
    .tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }))
    .map(([a, b]) => [day(Math.min(a, b)), day(Math.max(a, b))] as const);

  it('chains each elder’s moves from the ledger on `from` to the ledger on `to`, each with a cause in the period', () => {
    fc.assert(
      fc.property(updatesArb, periodArb, (updates, [from, to]) => {
        const result = ledgerChanges({ elders: LEDGER, updates }, { from, to, categories });
        const before = applyFactUpdates(ledger, updates, { asOf: from }).elders;
        const upToTo = applyFactUpdates(ledger, updates, { asOf: to });
        const after = upToTo.elders;
        const statusOn = (elders: readonly Elder[], id: string, on: PlainDate) => {
          const elder = elders.find((e) => e.id === id);
          return elder ? classifyStatuses(elder, { asOf: on }).statuses : undefined;
        };
        // A cause is an update applied by `to` (never one rejected, never another copy of its id).
        const byId = new Map(upToTo.applied.map((u) => [u.id as string, u]));
        for (const id of new Set([...after.map((e) => e.id as string)])) {
          for (const category of categories) {
            const moves = result.changes.filter((c) => c.elderId === id && c.category === category);
            let status = statusOn(before, id, from)?.[category] ?? null;
            for (const move of moves) {
              if (move.from !== null) expect(move.from).toBe(status);
              status = move.to;
              expect(move.on > from && move.on <= to).toBe(true);
              if (move.cause.kind !== 'time') {
                const cause = byId.get(move.cause.updateId);
                expect(cause?.elderId).toBe(id);
                expect(cause?.on).toBe(move.on);
              }
            }
            const end = statusOn(after, id, to)?.[category];
            if (status !== null || end !== 'no') expect(status).toBe(end);
          }
        }
        for (const category of categories) {
          const t = result.totals[category];
          expect(t && t.yesOnFrom + t.entered - t.left).toBe(t?.yesOnTo);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not depend on the order updates arrive in', () => {
    fc.assert(
      fc.property(
        updatesArb.chain((updates) =>
          fc.tuple(
            fc.constant(updates),
            fc.shuffledSubarray(updates, { minLength: updates.length }),
          ),
        ),
        periodArb,
        ([updates, shuffled], [from, to]) => {
          const a = ledgerChanges({ elders: LEDGER, updates }, { from, to, categories });
          const b = ledgerChanges({ elders: LEDGER, updates: shuffled }, { from, to, categories });
          expect(b.changes).toEqual(a.changes);
          expect(b.totals).toEqual(a.totals);
        },
      ),
      { numRuns: NUM_RUNS / 2 },
    );
  });
});

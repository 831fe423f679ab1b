/**
 * pairElders on a generated township (spec §4): capacity, nearness, service areas, care needs,
 * continuity of existing pairs, priority elders first with a partner, leave, and reasons for
 * elders left out.
 */
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import type { GuanaiError } from '../errors/index.js';
import { type Caregiver, type Elder, Pairing, plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { haversineKm } from './distance.js';
import { pairElders as pairWithDuties } from './pairElders.js';
import type { PairEldersOptions, PairingInput } from './pairingPolicy.js';
import { DEFAULT_SERVICE_AREAS, serviceAreaOf, withinServiceArea } from './serviceArea.js';

const asOf = plainDate('2026-03-01');
/** These tests are of the pairing itself: the duties' holders are tested in assignDuties.test.ts. */
const pairElders = (input: PairingInput, options: PairEldersOptions) =>
  pairWithDuties(input, { duties: [], ...options });

// Without children, so without their holders: the elders' caregivers alone, short of capacity.
const sample = generateSampleCounty({
  seed: 11,
  townships: 1,
  villagesPerTownship: 6,
  elders: 240,
  children: 0,
});
const priority = new Set(sample.elders.filter((_, i) => i % 7 === 0).map((e) => e.id));
const policy = { priority: (elder: Elder) => priority.has(elder.id) };
const plan = pairElders(
  { elders: sample.elders, caregivers: sample.caregivers },
  { asOf, ...policy },
);
const byId = new Map(sample.caregivers.map((c) => [c.id, c]));

describe('pairElders', () => {
  it('places every elder within the caregivers’ capacities, in valid pairings', () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.pairings).toHaveLength(sample.elders.length);
    expect(new Set(plan.pairings.map((p) => p.elderId)).size).toBe(sample.elders.length);
    const load = new Map<string, number>();
    for (const pairing of plan.pairings) {
      expect(Pairing.safeParse(pairing).success).toBe(true);
      for (const member of pairing.members)
        load.set(member.caregiverId, (load.get(member.caregiverId) ?? 0) + 1);
    }
    for (const [id, count] of load)
      expect(count).toBeLessThanOrEqual(
        (byId.get(id as Caregiver['id']) as Caregiver).capacity.elders,
      );
    expect(plan.stats.optimal).toBe(true);
  });

  it('pairs near: no elder’s caregiver is farther than the stats say, and the stats add up', () => {
    const elders = new Map(sample.elders.map((e) => [e.id, e]));
    let total = 0;
    for (const pairing of plan.pairings) {
      const primary = pairing.members.find((m) => m.role === 'primary');
      const elder = elders.get(pairing.elderId) as Elder;
      const caregiver = byId.get(primary?.caregiverId as Caregiver['id']) as Caregiver;
      const km = haversineKm(
        elder.residence.coordinates as never,
        caregiver.home.coordinates as never,
      );
      expect(km).toBeLessThanOrEqual(plan.stats.maxKm + 1e-9);
      total += km;
    }
    expect(total).toBeCloseTo(plan.stats.totalKm, 6);
  });

  it('gives priority elders a partner other than their primary (「多对一」)', () => {
    const teams = plan.pairings.filter((p) => p.pattern === 'manyForOne');
    expect(teams.length).toBe(plan.stats.withPartner);
    expect(teams.length).toBeGreaterThan(0);
    for (const team of teams) {
      expect(priority.has(team.elderId)).toBe(true);
      const [first, second] = team.members;
      expect(first?.role).toBe('primary');
      expect(second?.role).toBe('partner');
      expect(first?.caregiverId).not.toBe(second?.caregiverId);
    }
  });

  it('keeps existing pairs: run again a month later and nothing changes', () => {
    const again = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers, pairings: plan.pairings },
      { asOf: plainDate('2026-04-01'), ...policy },
    );
    expect(again.changes.every((c) => c.change === 'kept')).toBe(true);
    expect(again.ended).toEqual([]);
    expect(again.pairings.map((p) => p.id)).toEqual(plan.pairings.map((p) => p.id));
    // Members keep the day they joined.
    expect(again.pairings.map((p) => p.members)).toEqual(plan.pairings.map((p) => p.members));
  });

  it('changes a pair only when another caregiver is nearer by more than the threshold', () => {
    // Move one elder's pairing to a caregiver who serves but is far from them.
    const pairing = plan.pairings[0] as Pairing;
    const elder = sample.elders.find((e) => e.id === pairing.elderId) as Elder;
    const kmTo = (c: Caregiver) =>
      haversineKm(elder.residence.coordinates as never, c.home.coordinates as never);
    const far = sample.caregivers
      .filter((c) => !c.roles.includes('familyEntrustedCarer'))
      .filter((c) => withinServiceArea(elder, c, serviceAreaOf(c, c.roles, DEFAULT_SERVICE_AREAS)))
      .sort((a, b) => kmTo(b) - kmTo(a))[0] as Caregiver;
    expect(kmTo(far)).toBeGreaterThan(1);
    const moved = {
      ...pairing,
      pattern: 'oneToOne' as const,
      members: [{ caregiverId: far.id, role: 'primary' as const, from: pairing.validFrom }],
    };
    // Only this elder has a pairing yet, so the far caregiver has room to keep them.
    const existing = [moved];
    const again = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers, pairings: existing },
      { asOf, ...policy, keepWithinKm: 0.5 },
    );
    expect(again.changes.find((c) => c.elderId === elder.id)?.change).toBe('changed');
    expect(again.ended).toEqual([moved.id]);
    expect(again.changes.filter((c) => c.change === 'added')).toHaveLength(
      sample.elders.length - 1,
    );
    const lenient = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers, pairings: existing },
      { asOf, ...policy, keepWithinKm: 1000 },
    );
    expect(lenient.changes.find((c) => c.elderId === elder.id)?.change).toBe('kept');
  });

  it('places priority elders first when capacity runs short, and says why others are left', () => {
    const scarce = sample.caregivers.map((c) => ({ ...c, capacity: { ...c.capacity, elders: 1 } }));
    const short = pairElders(
      { elders: sample.elders, caregivers: scarce },
      { asOf, ...policy, wantsPartner: () => false },
    );
    expect(short.stats.placed).toBeLessThanOrEqual(scarce.length);
    expect(short.stats.placed).toBeGreaterThan(priority.size);
    const placed = new Set(short.pairings.map((p) => p.elderId));
    expect([...priority].every((id) => placed.has(id))).toBe(true);
    expect(short.unplaced.every((u) => u.reason === 'noCapacity')).toBe(true);
  });

  it('an elder without coordinates is left out as noLocation; a distance limit gives noCandidate', () => {
    const [first, ...rest] = sample.elders as [Elder, ...Elder[]];
    const { coordinates: _, ...residence } = first.residence;
    const lost = { ...first, residence };
    const result = pairElders({ elders: [lost, ...rest], caregivers: sample.caregivers }, { asOf });
    expect(result.unplaced).toEqual([{ elderId: first.id, reason: 'noLocation' }]);
    const tight = pairElders(
      { elders: rest.slice(0, 20), caregivers: sample.caregivers },
      { asOf, maxDistanceKm: 0.001 },
    );
    expect(tight.unplaced.length).toBe(20);
    expect(tight.unplaced.every((u) => u.reason === 'noCandidate')).toBe(true);
  });

  it('holds every caregiver to the area their roles serve (邻里 in the 组, 包保 in the township)', () => {
    const elders = new Map(sample.elders.map((e) => [e.id, e]));
    let limited = 0;
    for (const pairing of plan.pairings)
      for (const member of pairing.members) {
        const caregiver = byId.get(member.caregiverId) as Caregiver;
        const pairable = caregiver.roles.filter((r) => r !== 'familyEntrustedCarer');
        const area = serviceAreaOf(caregiver, pairable, DEFAULT_SERVICE_AREAS);
        if (area !== 'any') limited += 1;
        expect(withinServiceArea(elders.get(pairing.elderId) as Elder, caregiver, area)).toBe(true);
      }
    expect(limited).toBeGreaterThan(0);
    // Held to the village, the village cadres take only their own village's elders.
    const village = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers },
      { asOf, roles: ['villageResponsibleCadre'], wantsPartner: () => false },
    );
    for (const pairing of village.pairings) {
      const cadre = byId.get(pairing.members[0]?.caregiverId as Caregiver['id']) as Caregiver;
      expect(cadre.home.regionCode).toBe(elders.get(pairing.elderId)?.residence.villageCode);
      expect(pairing.pattern).toBe('responsibilityContract');
    }
    expect(village.stats.placed).toBeGreaterThan(0);
  });

  it('forms 「多带一」 teams: a young-old neighbour with a volunteer or cadre (spec §4 · S17 L459)', () => {
    const volunteersOrCadres = [
      'partyMemberVolunteer',
      'womenVolunteer',
      'youthVolunteer',
      'communityVolunteer',
      'villageResponsibleCadre',
    ] as const;
    const teams = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers },
      {
        asOf,
        roles: ['youngOldVolunteer', 'neighbour'],
        partnerRoles: volunteersOrCadres,
        wantsPartner: () => true,
      },
    );
    expect(teams.stats.withPartner).toBe(teams.stats.placed);
    expect(teams.stats.partnersWanted).toBe(teams.stats.placed);
    expect(teams.stats.placed).toBeGreaterThan(0);
    for (const team of teams.pairings) {
      expect(team.pattern).toBe('manyForOne');
      const [first, second] = team.members.map((m) => byId.get(m.caregiverId) as Caregiver);
      expect(first?.roles.some((r) => r === 'youngOldVolunteer' || r === 'neighbour')).toBe(true);
      expect(second?.roles.some((r) => (volunteersOrCadres as readonly string[]).includes(r))).toBe(
        true,
      );
    }
  });

  it('with care needs, keeps every caregiver within both their elders and their weekly visits', () => {
    const careNeed = (elder: Elder) => (priority.has(elder.id) ? 2 : 0.5);
    const weighted = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers },
      { asOf, ...policy, careNeed },
    );
    expect(weighted.stats.placed + weighted.unplaced.length).toBe(sample.elders.length);
    expect(weighted.stats.placed).toBeGreaterThan(sample.elders.length * 0.9);
    for (const load of weighted.loads) {
      const { capacity } = byId.get(load.caregiverId) as Caregiver;
      expect(load.primary + load.partner).toBeLessThanOrEqual(capacity.elders);
      expect(load.visitsPerWeek).toBeLessThanOrEqual(capacity.visitsPerWeek);
    }
    const placed = new Map(weighted.pairings.map((p) => [p.elderId, p]));
    const weekly = new Map<string, number>();
    for (const elder of sample.elders) {
      const id = placed.get(elder.id)?.members[0]?.caregiverId;
      if (id) weekly.set(id, (weekly.get(id) ?? 0) + careNeed(elder));
    }
    const primaries = weighted.loads.filter((l) => l.primary > 0);
    expect(Object.fromEntries(primaries.map((l) => [l.caregiverId, l.visitsPerWeek]))).toEqual(
      Object.fromEntries(weekly),
    );
    if (weighted.unplaced.length === 0) expect(weighted.stats.gap).toBeGreaterThanOrEqual(0);
    // Without care needs the plan reports no weekly visits and the loads still add up.
    expect(plan.loads.every((l) => l.visitsPerWeek === undefined)).toBe(true);
    expect(plan.loads.reduce((sum, l) => sum + l.primary, 0)).toBe(plan.stats.placed);
    expect(plan.loads.reduce((sum, l) => sum + l.partner, 0)).toBe(plan.stats.withPartner);
    expect(plan.stats.gap).toBe(0);
  });

  it('with care needs and too few weekly visits, still places every priority elder first', () => {
    const scarce = sample.caregivers.map((c) => ({
      ...c,
      capacity: { ...c.capacity, visitsPerWeek: Math.min(c.capacity.visitsPerWeek, 3) },
    }));
    const short = pairElders(
      { elders: sample.elders, caregivers: scarce },
      { asOf, ...policy, careNeed: (elder: Elder) => (priority.has(elder.id) ? 1 : 0.5) },
    );
    expect(short.unplaced.length).toBeGreaterThan(0);
    expect(short.unplaced.every((u) => !priority.has(u.elderId))).toBe(true);
    expect(short.unplaced.every((u) => u.reason === 'noCapacity')).toBe(true);
    expect(short.stats.gap).toBeUndefined();
    for (const load of short.loads)
      expect(load.visitsPerWeek).toBeLessThanOrEqual(
        (byId.get(load.caregiverId) as Caregiver).capacity.visitsPerWeek === 0 ? 0 : 3,
      );
  });

  it('reports every care need that is not a number of at least 0, with the elder’s place', () => {
    const few = sample.elders.slice(0, 3);
    const bad = [Number.NaN, -1, Number.POSITIVE_INFINITY];
    const thrown = (() => {
      try {
        pairElders(
          { elders: few, caregivers: sample.caregivers },
          { asOf, careNeed: (elder: Elder) => bad[few.indexOf(elder)] as number },
        );
      } catch (error) {
        return error as GuanaiError;
      }
    })();
    expect(thrown?.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['elders', 0, 'careNeed']],
      ['too_small', ['elders', 1, 'careNeed']],
      ['not_finite', ['elders', 2, 'careNeed']],
    ]);
  });

  it('a caregiver on leave keeps their elders but takes no new ones', () => {
    const busiest = [...plan.loads].sort((a, b) => b.primary - a.primary)[0];
    const away = sample.caregivers.map((c) =>
      c.id === busiest?.caregiverId
        ? { ...c, availability: { ...c.availability, leave: [{ from: asOf, to: asOf }] } }
        : c,
    );
    const fresh = pairElders({ elders: sample.elders, caregivers: away }, { asOf, ...policy });
    expect(fresh.loads.find((l) => l.caregiverId === busiest?.caregiverId)).toBeUndefined();
    const kept = pairElders(
      { elders: sample.elders, caregivers: away, pairings: plan.pairings },
      { asOf, ...policy },
    );
    expect(kept.loads.find((l) => l.caregiverId === busiest?.caregiverId)?.primary).toBe(
      busiest?.primary,
    );
  });

  it('is deterministic', () => {
    expect(
      pairElders({ elders: sample.elders, caregivers: sample.caregivers }, { asOf, ...policy }),
    ).toEqual(plan);
  });
});

describe('pairElders on bad arguments: one coded error, never a hang', () => {
  const small = { elders: sample.elders.slice(0, 20), caregivers: sample.caregivers };

  it('names a candidatesPerElder of NaN (it looped for ever), −1 or 2.5', () => {
    for (const candidatesPerElder of [Number.NaN, -1, 2.5, 0, Number.POSITIVE_INFINITY])
      expect(thrownIssues(() => pairElders(small, { asOf, candidatesPerElder }))).toEqual([
        'candidatesPerElder invalid_argument',
      ]);
  });

  it('names every bad numeric option at once', () => {
    expect(
      thrownIssues(() =>
        pairElders(small, {
          asOf,
          maxDistanceKm: Number.NaN,
          keepWithinKm: Number.NEGATIVE_INFINITY,
        }),
      ),
    ).toEqual(['maxDistanceKm invalid_argument', 'keepWithinKm invalid_argument']);
    expect(
      thrownIssues(() => pairElders(small, { asOf, maxDistanceKm: -1, keepWithinKm: 1e300 })),
    ).toEqual(['maxDistanceKm too_small', 'keepWithinKm too_big']);
    expect(
      thrownIssues(() => pairElders(small, { asOf, maxDistanceKm: Number.POSITIVE_INFINITY })),
    ).toEqual([]);
  });

  it('requires asOf (without it nobody was placed and nothing said)', () => {
    expect(thrownIssues(() => pairElders(small, {} as never))).toEqual(['asOf invalid_argument']);
    expect(thrownIssues(() => pairWithDuties(small, undefined as never))).toEqual([
      'options invalid_argument',
    ]);
    expect(thrownIssues(() => pairElders(small, { asOf: '2026-02-30' as typeof asOf }))).toEqual([
      'asOf invalid_argument',
    ]);
    // Where asOf rode before 1.0: told where it went, not ignored.
    expect(thrownIssues(() => pairElders({ ...small, asOf } as never, {} as never))).toEqual([
      'asOf moved_to_options',
      'asOf invalid_argument',
    ]);
  });

  it('names wrong-shaped lists and elements', () => {
    expect(thrownIssues(() => pairElders({ ...small, elders: null as never }, { asOf }))).toEqual([
      'elders invalid_argument',
    ]);
    expect(thrownIssues(() => pairElders({ ...small, elders: [null as never] }, { asOf }))).toEqual(
      ['elders.0 invalid_type'],
    );
    const lost = { ...(small.elders[0] as Elder) };
    const nowhere = {
      ...lost,
      residence: { ...lost.residence, coordinates: { latitude: Number.NaN, longitude: 1 } },
    };
    expect(thrownIssues(() => pairElders({ ...small, elders: [nowhere] }, { asOf }))).toEqual([
      'elders.0.residence.coordinates.latitude invalid_type',
    ]);
  });
});

/**
 * pairElders on a generated township (spec §4): capacity, nearness, continuity of existing
 * pairs, priority elders first with a partner, and reasons for elders left out.
 */
import { describe, expect, it } from 'vitest';
import { type Caregiver, type Elder, Pairing, plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { haversineKm } from './distance.js';
import { pairElders } from './pairElders.js';

const asOf = plainDate('2026-03-01');
const sample = generateSampleCounty({
  seed: 11,
  townships: 1,
  villagesPerTownship: 6,
  elders: 240,
});
const priority = new Set(sample.elders.filter((_, i) => i % 7 === 0).map((e) => e.id));
const policy = { priority: (elder: Elder) => priority.has(elder.id) };
const plan = pairElders({ elders: sample.elders, caregivers: sample.caregivers, asOf }, policy);
const byId = new Map(sample.caregivers.map((c) => [c.id, c]));

describe('pairElders', () => {
  it('places every elder within the caregivers’ capacities, in valid pairings', () => {
    expect(plan.unassigned).toEqual([]);
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
      {
        elders: sample.elders,
        caregivers: sample.caregivers,
        existing: plan.pairings,
        asOf: plainDate('2026-04-01'),
      },
      policy,
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
      { elders: sample.elders, caregivers: sample.caregivers, existing, asOf },
      { ...policy, keepWithinKm: 0.5 },
    );
    expect(again.changes.find((c) => c.elderId === elder.id)?.change).toBe('changed');
    expect(again.ended).toEqual([moved.id]);
    expect(again.changes.filter((c) => c.change === 'added')).toHaveLength(
      sample.elders.length - 1,
    );
    const lenient = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers, existing, asOf },
      { ...policy, keepWithinKm: 1000 },
    );
    expect(lenient.changes.find((c) => c.elderId === elder.id)?.change).toBe('kept');
  });

  it('places priority elders first when capacity runs short, and says why others are left', () => {
    const scarce = sample.caregivers.map((c) => ({ ...c, capacity: { ...c.capacity, elders: 1 } }));
    const short = pairElders(
      { elders: sample.elders, caregivers: scarce, asOf },
      { ...policy, partnerForPriority: false },
    );
    expect(short.stats.placed).toBeLessThanOrEqual(scarce.length);
    expect(short.stats.placed).toBeGreaterThan(priority.size);
    const placed = new Set(short.pairings.map((p) => p.elderId));
    expect([...priority].every((id) => placed.has(id))).toBe(true);
    expect(short.unassigned.every((u) => u.reason === 'noCapacity')).toBe(true);
  });

  it('an elder without coordinates is left out as noLocation; a distance limit gives noCandidate', () => {
    const [first, ...rest] = sample.elders as [Elder, ...Elder[]];
    const { coordinates: _, ...residence } = first.residence;
    const lost = { ...first, residence };
    const result = pairElders({ elders: [lost, ...rest], caregivers: sample.caregivers, asOf });
    expect(result.unassigned).toEqual([{ elderId: first.id, reason: 'noLocation' }]);
    const tight = pairElders(
      { elders: rest.slice(0, 20), caregivers: sample.caregivers, asOf },
      { maxDistanceKm: 0.001 },
    );
    expect(tight.unassigned.length).toBe(20);
    expect(tight.unassigned.every((u) => u.reason === 'noCandidate')).toBe(true);
  });

  it('is deterministic', () => {
    expect(
      pairElders({ elders: sample.elders, caregivers: sample.caregivers, asOf }, policy),
    ).toEqual(plan);
  });
});

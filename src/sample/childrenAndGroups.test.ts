import { describe, expect, it } from 'vitest';
import { classifyChild, responsiblePartyOf } from '../eligibility/index.js';
import { ChildRecord, MutualAidGroup, parseRows } from '../models/index.js';
import { generateSampleCounty } from './generateSampleCounty.js';

const sample = generateSampleCounty({ seed: 7, elders: 600 });

describe('sample children (留守儿童) and schools', () => {
  it('are valid records, two for every five elders by default, numbered K-000001 …', () => {
    expect(sample.children).toHaveLength(240);
    expect(sample.children[0]?.id).toBe('K-000001');
    const parsed = parseRows(ChildRecord, sample.children);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.valid).toEqual(sample.children);
  });

  it('have every school stage, a school for pupils in their township, guardians and parents', () => {
    const stages = new Set(sample.children.map((c) => c.schoolStage));
    expect([...stages].sort()).toEqual([
      'juniorSecondary',
      'notInSchool',
      'preschool',
      'primary',
      'seniorSecondary',
    ]);
    const schools = new Map(sample.schools.map((s) => [s.id, s]));
    for (const child of sample.children) {
      expect(child.guardian?.phone).toBeDefined();
      if (child.schoolStage === 'primary' || child.schoolStage === 'juniorSecondary') {
        const school = schools.get(child.school?.id ?? '');
        expect(school?.villageCodes).toContain(child.residence.villageCode);
        expect(school?.kind).toBe(
          child.schoolStage === 'primary' ? 'primarySchool' : 'centralSchool',
        );
      }
    }
    const townships = sample.county.townships.length;
    expect(sample.schools.filter((s) => s.kind === 'centralSchool')).toHaveLength(townships);
  });

  it('are mostly left-behind, and pair by stage with cadres or teachers', () => {
    const asOf = '2026-06-30' as never;
    const yes = sample.children.filter((c) => classifyChild(c, { asOf }).status === 'yes');
    expect(yes.length / sample.children.length).toBeGreaterThan(0.4);
    const parties = new Set(sample.children.map((c) => responsiblePartyOf(c).party));
    expect(parties).toEqual(new Set(['cadres', 'teacher', 'notStated']));
  });
});

describe('sample mutual-aid groups (老老互助组织, 十人一联)', () => {
  it('are valid groups of about ten elders of one 组, each elder in at most one', () => {
    const parsed = parseRows(MutualAidGroup, sample.mutualAidGroups);
    expect(parsed.invalid).toEqual([]);
    expect(sample.mutualAidGroups.length).toBeGreaterThan(0);
    const elders = new Map(sample.elders.map((e) => [e.id as string, e]));
    const seen = new Set<string>();
    for (const group of sample.mutualAidGroups) {
      expect(group.members.length).toBeGreaterThanOrEqual(2);
      expect(group.members.length).toBeLessThanOrEqual(15);
      expect(group.members).toContain(group.leaderId);
      for (const id of group.members) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        const home = elders.get(id)?.residence;
        expect([home?.villageCode, home?.group]).toEqual([group.villageCode, group.group]);
      }
    }
  });
});

describe('new fields leave the elders and caregivers as they were', () => {
  it('is deterministic and independent of the children count', () => {
    const again = generateSampleCounty({ seed: 7, elders: 600 });
    expect(again).toEqual(sample);
    const fewer = generateSampleCounty({ seed: 7, elders: 600, children: 5 });
    expect(fewer.children).toHaveLength(5);
    expect(fewer.elders).toEqual(sample.elders);
    // The elders' caregivers stay; only the children's holders after them follow the children.
    const none = generateSampleCounty({ seed: 7, elders: 600, children: 0 }).caregivers;
    expect(fewer.caregivers.slice(0, none.length)).toEqual(none);
    expect(sample.caregivers.slice(0, none.length)).toEqual(none);
    expect(sample.caregivers.length).toBeGreaterThan(fewer.caregivers.length);
    expect(fewer.mutualAidGroups).toEqual(sample.mutualAidGroups);
  });

  it('checks the children count like the others', () => {
    expect(() => generateSampleCounty({ children: -1 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid_argument' })] }),
    );
    expect(() => generateSampleCounty({ children: 1e9 })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'too_big', path: ['children'] })],
      }),
    );
  });
});

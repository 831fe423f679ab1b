import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { ChildRecord, parse, SchoolStage } from '../models/index.js';
import { responsiblePartyOf } from './responsibleParty.js';

const child = (schoolStage?: string) =>
  parse(ChildRecord, {
    id: 'K-1',
    name: '王小明',
    residence: { villageCode: '530325101203' },
    ...(schoolStage ? { schoolStage } : {}),
  });

describe('responsiblePartyOf: who holds the 包保 contract (spec §1.3 · S18 L515)', () => {
  it('gives a pre-school child to the township and village cadres', () => {
    expect(responsiblePartyOf(child('preschool'))).toMatchObject({
      party: 'cadres',
      roles: ['townshipResponsibleCadre', 'villageResponsibleCadre'],
      schoolStage: 'preschool',
      missing: [],
      citation: { source: 'S18 L515' },
    });
  });

  it('gives a child in compulsory education (primary, junior secondary) to a teacher', () => {
    for (const stage of ['primary', 'juniorSecondary'])
      expect(responsiblePartyOf(child(stage))).toMatchObject({
        party: 'teacher',
        roles: ['teacher'],
      });
  });

  it('says the text names nobody for senior secondary and out of school', () => {
    for (const stage of ['seniorSecondary', 'notInSchool'])
      expect(responsiblePartyOf(child(stage))).toMatchObject({ party: 'notStated', roles: [] });
  });

  it('is unknown, naming the fact, while the stage is not recorded', () => {
    expect(responsiblePartyOf(child())).toMatchObject({
      party: 'unknown',
      roles: [],
      schoolStage: null,
      missing: ['schoolStage'],
    });
  });

  it('answers every stage, and never for a stage the schema does not know', () => {
    const parties = SchoolStage.options.map((stage) => responsiblePartyOf(child(stage)).party);
    expect(parties).toEqual(['cadres', 'teacher', 'teacher', 'notStated', 'notStated']);
    const old = { ...child(), schoolStage: 'compulsory' } as never;
    expect(() => responsiblePartyOf(old)).toThrow(GuanaiError);
    try {
      responsiblePartyOf(old);
    } catch (error) {
      expect((error as GuanaiError).issues[0]).toMatchObject({
        code: 'invalid_value',
        path: ['schoolStage'],
      });
    }
    expect(() => responsiblePartyOf(null as never)).toThrow(GuanaiError);
  });
});

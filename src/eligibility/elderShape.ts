import type { Shape } from './shapeIssue.js';

const AWAY_FACTS = {
  alive: 'boolean?',
  awaySince: 'date?',
  awaySinceBetween: 'object?',
  awayReason: 'string?',
  capableOfSupport: 'boolean?',
  whereabouts: 'object?',
} as const satisfies Shape;

/**
 * The fields of an elder the eligibility rules read, with the JSON type the `Elder` schema
 * gives each: walked only when a classifier failed on an elder it trusted, to say which field
 * is wrong without the schema (and zod). Types only: an unknown enum word passes here.
 * @internal
 */
export const ELDER_SHAPE: Shape = {
  id: 'string',
  residentId: 'string?',
  birthDate: 'date?',
  residence: {
    required: true,
    fields: {
      villageCode: 'string',
      setting: 'string?',
      hukou: 'string?',
      institution: 'string?|null',
    },
  },
  household: {
    fields: {
      livingArrangement: 'string?',
      solitary: 'boolean?',
      spouse: {
        fields: {
          status: 'string',
          livesWithElder: 'boolean?',
          capableOfCare: 'boolean?',
          birthDate: 'date?',
        },
      },
      children: {
        list: true,
        fields: { ...AWAY_FACTS, kinship: 'string?', livesWithElder: 'boolean?' },
      },
      otherSupportObligors: { list: true, fields: { ...AWAY_FACTS, atElderSide: 'boolean?' } },
      entrustedCarer: { nullable: true, fields: { since: 'date?' } },
    },
  },
  health: {
    fields: {
      abilityAssessments: { list: true, fields: { level: 'string', assessedOn: 'date' } },
      seriousIllness: 'boolean?',
      severeMentalIllness: 'boolean?',
    },
  },
  economic: {
    fields: {
      minimumLivingAllowance: 'boolean?',
      extremeHardship: 'boolean?',
      fiveGuarantee: 'boolean?',
      threeNo: 'boolean?',
      povertyRegistered: 'boolean?',
      povertyMonitoring: 'string?',
      otherHardship: 'boolean?',
      noHardshipAssessedOn: 'date?',
    },
  },
  risks: {
    fields: {
      safetyRisk: 'boolean?',
      livingDifficulty: 'boolean?',
      otherSpecialDifficulty: 'string?|null',
    },
  },
};

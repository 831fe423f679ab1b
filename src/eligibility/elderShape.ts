/**
 * What a leaf of an elder must be, as JSON: `?` when it may be absent, `|null` when it may be
 * null. `date` is a string naming a real day (`YYYY-MM-DD`).
 * @internal
 */
export type LeafType =
  | 'string'
  | 'string?'
  | 'string?|null'
  | 'date'
  | 'date?'
  | 'boolean?'
  | 'number?'
  | 'object?';

/** A nested object (a list of them when `list`), absent allowed unless `required`. @internal */
export interface NestedShape {
  readonly fields: Shape;
  readonly list?: boolean;
  readonly required?: boolean;
  readonly nullable?: boolean;
}

/** Each field of a record, by name. @internal */
export type Shape = { readonly [field: string]: LeafType | NestedShape };

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
        fields: {
          ...AWAY_FACTS,
          kinship: 'string?',
          relation: 'string?',
          livesWithElder: 'boolean?',
        },
      },
      otherSupportObligors: {
        list: true,
        fields: { ...AWAY_FACTS, relation: 'string', atElderSide: 'boolean?' },
      },
      entrustedCarer: { nullable: true, fields: { relation: 'string', since: 'date?' } },
    },
  },
  health: {
    fields: {
      abilityAssessments: { list: true, fields: { level: 'string', assessedOn: 'date' } },
      seriousIllness: 'boolean?',
      severeMentalIllness: 'boolean?',
      disability: { nullable: true, fields: { category: 'string', grade: 'number?' } },
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
  benefits: { list: true, fields: { programme: 'string', status: 'string', since: 'date?' } },
  burdens: { fields: { farmLabour: 'boolean?', raisingGrandchildren: 'boolean?' } },
  risks: {
    fields: {
      safetyRisk: 'boolean?',
      livingDifficulty: 'boolean?',
      loneliness: 'boolean?',
      psychologicalDisorder: 'boolean?',
      otherSpecialDifficulty: 'string?|null',
    },
  },
};

import type { Shape } from './shapeIssue.js';

/** A child's or obligor's absence: the dates the rules parse. */
const AWAY_FACTS: Shape = {
  awaySince: 'date?',
  awaySinceBetween: { fields: { earliest: 'date?', latest: 'date' } },
};

/**
 * The fields of an elder whose wrong JSON type can make the eligibility rules fail — the
 * objects and lists they walk into, the dates, ID number and division code they parse — with
 * the type the `Elder` schema gives each. Walked only when a classifier failed on an elder it
 * trusted, to say which field is wrong without the schema (and zod). A flag or word of the
 * wrong type makes no rule fail (it reads as not recorded), so it is not listed.
 * @internal
 */
export const ELDER_SHAPE: Shape = {
  residentId: 'string?',
  birthDate: 'date?',
  residence: { required: true, fields: { villageCode: 'string' } },
  household: {
    fields: {
      spouse: { fields: { birthDate: 'date?' } },
      children: { list: true, fields: AWAY_FACTS },
      otherSupportObligors: { list: true, fields: AWAY_FACTS },
      entrustedCarer: { nullable: true, fields: { since: 'date?' } },
    },
  },
  health: { fields: { abilityAssessments: { list: true, fields: { assessedOn: 'date' } } } },
  economic: { fields: { noHardshipAssessedOn: 'date?' } },
  risks: { fields: {} },
};

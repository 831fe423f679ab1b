import { expectTypeOf, test } from 'vitest';
import { assertNever } from '../_lib/assertNever.js';
import type { Issue, RegionLevel } from '../errors/index.js';
import type { Caregiver } from './caregiver.js';
import type { Elder } from './elder.js';
import type { Household } from './household.js';
import { CaregiverId, ElderId, type PairingId } from './ids.js';
import type { Pairing } from './pairing.js';
import type { PlainDate } from './plainDate.js';
import { addDays, plainDate } from './plainDateOps.js';
import type { RegionCode } from './regionCode.js';
import { ResidentIdNumber } from './residentId.js';
import { residentIdFacts } from './residentIdFacts.js';
import { parse, safeParse } from './validate.js';

test('branded ids do not mix', () => {
  const elderId = ElderId.parse('E-1');
  const caregiverId = CaregiverId.parse('C-1');
  expectTypeOf(elderId).not.toExtend<CaregiverId>();
  expectTypeOf(caregiverId).not.toExtend<ElderId>();
  expectTypeOf<PairingId>().not.toExtend<ElderId>();
  expectTypeOf(elderId).toExtend<string>();

  // @ts-expect-error an elder id is not a caregiver id
  const asCaregiver: CaregiverId = elderId;
  // @ts-expect-error a caregiver id is not an elder id
  const asElder: ElderId = caregiverId;
  // @ts-expect-error a plain string is not an elder id
  const fromString: ElderId = 'E-1';
  expectTypeOf([asCaregiver, asElder, fromString]).toBeArray();
});

test('a plain string is not a PlainDate, RegionCode or ResidentIdNumber', () => {
  expectTypeOf<string>().not.toExtend<PlainDate>();
  expectTypeOf<string>().not.toExtend<RegionCode>();
  expectTypeOf<string>().not.toExtend<ResidentIdNumber>();
  expectTypeOf<PlainDate>().toExtend<string>();
  expectTypeOf<PlainDate>().not.toExtend<RegionCode>();

  // @ts-expect-error a plain string is not a PlainDate
  const date: PlainDate = '2026-10-01';
  // @ts-expect-error addDays takes a checked date
  addDays('2026-10-01', 1);
  expectTypeOf(addDays(plainDate('2026-10-01'), 1)).toEqualTypeOf<PlainDate>();
  expectTypeOf(date).toEqualTypeOf<PlainDate>();
});

test('defaults make fields non-optional; unknown facts stay optional', () => {
  expectTypeOf<Elder['household']>().toEqualTypeOf<Household>();
  expectTypeOf<undefined>().not.toExtend<Elder['household']>();
  expectTypeOf<undefined>().not.toExtend<Elder['benefits']>();
  expectTypeOf<undefined>().not.toExtend<Caregiver['availability']>();
  expectTypeOf<Elder['birthDate']>().toEqualTypeOf<PlainDate | undefined>();
  expectTypeOf<Elder['residentId']>().toEqualTypeOf<ResidentIdNumber | undefined>();
  expectTypeOf<Elder['id']>().toEqualTypeOf<ElderId>();
  expectTypeOf<Elder['residence']['villageCode']>().toEqualTypeOf<RegionCode>();
  expectTypeOf<Household['entrustedCarer']>().toExtend<object | null | undefined>();
  expectTypeOf<null>().toExtend<Household['entrustedCarer']>();
  expectTypeOf<Pairing['members'][number]['caregiverId']>().toEqualTypeOf<CaregiverId>();
  expectTypeOf<Pairing['elderId']>().toEqualTypeOf<ElderId>();
});

test('parse and safeParse infer the schema output', () => {
  expectTypeOf(parse(ResidentIdNumber, 'x')).toEqualTypeOf<ResidentIdNumber>();
  const result = safeParse(ResidentIdNumber, 'x');
  if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ResidentIdNumber>();
  else expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  expectTypeOf(residentIdFacts).parameter(0).toEqualTypeOf<ResidentIdNumber>();
});

test('narrowing an Issue by code types its params', () => {
  const describe = (issue: Issue): string => {
    if (issue.code === 'resident_id_checksum') {
      expectTypeOf(issue.params.expected).toEqualTypeOf<string>();
      expectTypeOf(issue.params).toEqualTypeOf<{ expected: string; actual: string }>();
      return issue.params.actual;
    }
    if (issue.code === 'unknown_reference') {
      expectTypeOf(issue.params.kind).toEqualTypeOf<
        'elder' | 'caregiver' | 'agent' | 'job' | 'visitRecord' | 'occurrence'
      >();
      return issue.params.id;
    }
    if (issue.code === 'region_code_level') {
      expectTypeOf(issue.params.actual).toEqualTypeOf<RegionLevel>();
    }
    // @ts-expect-error params are not known before narrowing
    return issue.params.expected;
  };
  expectTypeOf(describe).returns.toEqualTypeOf<string>();

  expectTypeOf<Issue<'duplicate_id'>['params']>().toEqualTypeOf<{
    id: string;
    firstPath: readonly (string | number)[];
  }>();
  // @ts-expect-error params must match the code
  const wrong: Issue = { code: 'resident_id_checksum', path: [], params: { digits: '19490230' } };
  expectTypeOf(wrong).toEqualTypeOf<Issue>();
});

test('a switch over a domain union must handle every variant', () => {
  const complete = (level: RegionLevel): number => {
    switch (level) {
      case 'province':
        return 1;
      case 'city':
        return 2;
      case 'county':
        return 3;
      case 'township':
        return 4;
      case 'village':
        return 5;
      default:
        return assertNever(level);
    }
  };
  const incomplete = (level: RegionLevel): number => {
    switch (level) {
      case 'province':
      case 'city':
      case 'county':
      case 'township':
        return 1;
      default:
        // @ts-expect-error 'village' is not handled
        return assertNever(level);
    }
  };
  expectTypeOf(complete).returns.toEqualTypeOf<number>();
  expectTypeOf(incomplete).returns.toEqualTypeOf<number>();
});

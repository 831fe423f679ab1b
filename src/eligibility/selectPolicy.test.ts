import { describe, expect, it } from 'vitest';
import { elder } from '../../test/fixtures/elder.js';
import { GuanaiError } from '../errors/index.js';
import { plainDate, RegionCode } from '../models/index.js';
import { classifyElder } from './classifyElder.js';
import { classifyLedger } from './classifyLedger.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { Policy } from './policy.js';
import { selectPolicy } from './selectPolicy.js';

const asOf = plainDate('2026-06-30');
const region = RegionCode.parse('530325101203');
const local = Policy.parse({
  id: 'yn-530325',
  name: '富源县',
  jurisdiction: '530325',
  validFrom: '2020-01-01',
});

function firstIssue(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('selectPolicy', () => {
  it('picks the most specific policy in force, returning a checked policy as it is', () => {
    expect(selectPolicy([DEFAULT_POLICY, local], { region, asOf })).toBe(local);
    expect(selectPolicy([local], { region, asOf: plainDate('2019-12-31') })).toBeUndefined();
  });

  it('reads a stored policy by its checked form: the span names before 1.0 count', () => {
    const { validFrom: _, ...rest } = local;
    const stored = { ...rest, effectiveFrom: '2020-01-01' };
    const selected = selectPolicy([DEFAULT_POLICY, stored] as never, { region, asOf });
    expect(selected).toEqual(local);
    expect(classifyElder(elder(), { asOf, policy: selected as Policy }).policyId).toBe('yn-530325');
    expect(classifyElder(elder(), { asOf, policy: stored as never }).policyId).toBe('yn-530325');
    const ledger = classifyLedger([elder()], { asOf, policies: [stored] as never });
    expect(ledger.withoutPolicy).toEqual([]);
    expect(ledger.results[0]?.policyId).toBe('yn-530325');
  });

  it('throws GuanaiError with paths for bad arguments, never a TypeError', () => {
    expect(firstIssue(() => selectPolicy(null as never, { region, asOf }))?.code).toBe(
      'invalid_argument',
    );
    expect(firstIssue(() => selectPolicy([null] as never, { region, asOf }))?.path).toEqual([0]);
    expect(
      firstIssue(() => selectPolicy([{ ...local, jurisdiction: '53' }] as never, { region, asOf }))
        ?.path,
    ).toEqual([0, 'jurisdiction']);
    expect(firstIssue(() => selectPolicy([local], null as never))?.code).toBe('invalid_argument');
    expect(firstIssue(() => selectPolicy([local], { region: 5 as never, asOf }))?.path).toEqual([
      'region',
    ]);
    expect(
      firstIssue(() => selectPolicy([local], { region, asOf: '9999-99-99' as never }))?.path,
    ).toEqual(['asOf']);
  });
});

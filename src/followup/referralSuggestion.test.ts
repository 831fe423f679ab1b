/**
 * A referral's id: deterministic from the elder, the programme and the round, and a coded
 * error, never a TypeError, for arguments that are not those.
 */
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { ElderId } from '../models/index.js';
import { referralIdOf } from './referralSuggestion.js';

const codes = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
  }
  return [];
};

describe('referralIdOf', () => {
  it('names the first round by elder and programme, later rounds by number', () => {
    const elder = ElderId.parse('E-1');
    expect(referralIdOf(elder, 'medicalAssistance')).toBe('referral/E-1/medicalAssistance');
    expect(referralIdOf(elder, 'medicalAssistance', 3)).toBe('referral/E-1/medicalAssistance/3');
  });

  it('names each bad argument (found by fuzzing: an object without a prototype was a TypeError)', () => {
    const bare = Object.create(null) as never;
    expect(codes(() => referralIdOf(bare, bare, 0))).toEqual([
      ['invalid_type', ['elderId']],
      ['invalid_value', ['programme']],
      ['invalid_argument', ['round']],
    ]);
  });
});

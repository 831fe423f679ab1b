import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { formatError } from '../i18n/index.js';
import { periodOf } from './periods.js';
import { PROGRAMME_PRESETS, type PresetKey, planFromPreset } from './presets.js';

const plan = { id: 'p', whom: { elders: ['E-1'] }, validFrom: '2026-01-01' } as const;

function thrown(run: () => unknown): GuanaiError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('unknown names in fixed tables', () => {
  it('an unknown preset says so, with the name and every preset', () => {
    const error = thrown(() => planFromPreset('weekly' as PresetKey, plan as never));
    expect(error.issues).toEqual([
      {
        code: 'unknown_name',
        path: ['preset'],
        params: { kind: 'preset', name: 'weekly', known: Object.keys(PROGRAMME_PRESETS) },
      },
    ]);
    expect(error.message).toMatch(/^preset: Unknown preset "weekly"; the presets are: /);
    expect(error.message).toContain('townshipCadreWeeklyVisit');
    expect(formatError(error)).toMatch(/没有名为“weekly”的预设计划/);
  });

  it('a name from Object.prototype or of another type is no preset either', () => {
    for (const name of ['toString', 7, undefined, Symbol('x')]) {
      expect(thrown(() => planFromPreset(name as never, plan as never)).issues[0]?.code).toBe(
        'unknown_name',
      );
    }
  });

  it('an unknown quota period is unknown_name too', () => {
    const error = thrown(() => periodOf('fortnight' as never, '2026-03-04' as never));
    expect(error.issues[0]).toMatchObject({
      code: 'unknown_name',
      params: { kind: 'quotaPeriod', name: 'fortnight' },
    });
  });
});

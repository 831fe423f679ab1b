import { describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

describe('examples/scale-out.ts', () => {
  it('has its npm script', () => {
    expect(npmScript('example:scale-out')).toContain('examples/scale-out.ts');
  });

  it('merges the worker threads’ county results into the single thread’s totals', async () => {
    const out = await runExample('examples/scale-out.ts', [
      '--counties',
      '3',
      '--elders',
      '200',
      '--workers',
      '2',
    ]);
    const totals = (who: string) =>
      out.match(new RegExp(`^Totals \\(${who}\\):\\s+(.+)$`, 'm'))?.[1];
    const pooled = totals('2 worker threads');
    expect(pooled).toMatch(/^elders 600, paired \d+, visits 3000, scheduled \d+/);
    expect(pooled).toBe(totals('one thread'));
    expect(out).toContain(
      'Identical: every county result, digest included, is the same both ways.',
    );
    // Three distinct counties, one row each.
    const codes = [...out.matchAll(/^(\d{6}) /gm)].map((m) => m[1]);
    expect(new Set(codes).size).toBe(3);
    expect(out).toMatch(/Speed-up: +\d+\.\d\d×/);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { Duty } from './duty.js';

describe('a duty stored before 1.0', () => {
  it('loads with `citation.seed`, read as `citation.source`', () => {
    const [first] = DEFAULT_DUTIES;
    if (!first) throw new Error('no default duty');
    const { source, ...citation } = first.citation;
    const stored = { ...first, citation: { ...citation, seed: source } };
    expect(Duty.parse(stored).citation).toEqual(first.citation);
  });
});

import { describe, expect, it } from 'vitest';
import { CitationSchema } from './citationSchema.js';

describe('CitationSchema', () => {
  it('reads the pre-1.0 name `seed` as `source`, and never returns `seed`', () => {
    expect(CitationSchema.parse({ spec: '§5.1 K01', seed: 'S18 L515' })).toEqual({
      spec: '§5.1 K01',
      source: 'S18 L515',
    });
  });

  it('keeps `source` when both names are given', () => {
    expect(CitationSchema.parse({ spec: '§1.1', source: 'S14 L359', seed: 'S99' })).toEqual({
      spec: '§1.1',
      source: 'S14 L359',
    });
  });

  it('rejects an empty spec and unknown fields', () => {
    expect(CitationSchema.safeParse({ spec: '' }).success).toBe(false);
    expect(CitationSchema.safeParse({ spec: '§1', origin: 'x' }).success).toBe(false);
  });
});

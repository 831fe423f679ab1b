import { describe, expect, it } from 'vitest';
import { mayHoldMask, takeMaskedValues } from './nestedSensitive.js';

describe('mayHoldMask', () => {
  it('sees a star written or escaped, and passes JSON with neither', () => {
    expect(mayHoldMask('{"phone":"139****1234"}')).toBe(true);
    expect(mayHoldMask('{"phone":"139\\u002A\\u002a1234"}')).toBe(true);
    expect(mayHoldMask('{"phone":"13912341234","note":"a\\nb"}')).toBe(false);
  });

  it('lets an escaped mask be found and taken out', () => {
    const text = '{"spouse":{"phone":"139\\u002a\\u002a\\u002a\\u002a1234"}}';
    const record = JSON.parse(text) as Record<string, unknown>;
    const found: Parameters<typeof takeMaskedValues>[2] = [];
    if (mayHoldMask(text)) takeMaskedValues(record, [], found);
    expect(found.map((i) => i.code)).toEqual(['masked_value']);
    expect(record).toEqual({ spouse: {} });
  });
});

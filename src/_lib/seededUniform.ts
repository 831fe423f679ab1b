/**
 * A seeded stream of uniform floats in [0, 1): sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator) seeded through splitmix32. Integer arithmetic only: the same seed gives the
 * same numbers on every host, with no clock and no `Math.random`.
 * @internal
 * @module
 */

/** splitmix32: spreads a 32-bit seed into well-mixed state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A generator of floats in [0, 1) for `seed` (any safe integer; its low 53 bits matter) and
 * `stream` (independent streams from one seed).
 */
export function seededUniform(seed: number, stream = 0): () => number {
  // Fold the high bits in too, so seeds 1 and 2**32 + 1 differ.
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x165667b1));
  // State in a typed array: plain variables holding values ≥ 2³¹ would box on every step.
  const state = new Uint32Array([mix(), mix(), mix(), mix() | 1]);
  const nextUint32 = (): number => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (a + b + d) | 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();
  return () => nextUint32() / 0x1_0000_0000;
}

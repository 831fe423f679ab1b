import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch.js';

describe('Scratch', () => {
  it('hands out zero-filled views, and the same memory to the next computation', () => {
    const first = Scratch.take(1024);
    const a = first.int32(10);
    a.fill(7);
    const b = first.uint8(3);
    expect(b.byteOffset).toBeGreaterThanOrEqual(a.byteOffset + a.byteLength);
    first.release();
    const second = Scratch.take(512);
    const again = second.int32(10);
    expect(again.buffer).toBe(a.buffer);
    expect([...again]).toEqual(new Array(10).fill(0));
    second.release();
  });

  it('gives a computation that starts while another holds the buffer its own', () => {
    const outer = Scratch.take(256);
    const inner = Scratch.take(256);
    expect(inner.int32(4).buffer).not.toBe(outer.int32(4).buffer);
    inner.release();
    outer.release();
  });

  it('allocates a view that does not fit on its own, of the same kind', () => {
    // The buffer kept by the tests above is larger than asked for: the view is larger still.
    const scratch = Scratch.take(16);
    const small = scratch.int16(4);
    const large = scratch.uint16(1_000_000);
    expect(large).toBeInstanceOf(Uint16Array);
    expect(large.length).toBe(1_000_000);
    expect(large.buffer).not.toBe(small.buffer);
    scratch.release();
  });

  it('is released once: a stale second release does not free the buffer someone else holds', () => {
    const stale = Scratch.take(64);
    stale.release();
    const holder = Scratch.take(64);
    stale.release();
    const other = Scratch.take(64);
    expect(other.int32(2).buffer).not.toBe(holder.int32(2).buffer);
    other.release();
    holder.release();
  });
});

/**
 * Working typed arrays for one synchronous computation, cut from a buffer kept from one call to
 * the next. A county-year's match needs about 100 MB of them; allocated afresh on every call,
 * that memory counts against V8's budget for memory outside the heap, and V8 answers by marking
 * the whole heap — seconds of work beside the caller's loops in a process holding a large
 * ledger, which then run several times slower. The buffer is held by a `WeakRef`, so the
 * garbage collector takes it back when the process needs the memory; where `WeakRef` is
 * missing, each call allocates its own.
 * @internal
 * @module
 */

/** The buffer kept between calls, and whether a computation is using it now. */
let kept: WeakRef<ArrayBuffer> | undefined;
let inUse = false;

/**
 * Typed arrays cut in turn from one buffer, each zero-filled like a new one. Views taken beyond
 * the buffer's end, or after `release()`, are allocated on their own (the result is the same;
 * only slower). A view must not outlive `release()`.
 * @example
 * ```ts
 * const scratch = Scratch.take(records.length * 16);
 * try {
 *   const day = scratch.int32(records.length);
 *   // …
 * } finally {
 *   scratch.release();
 * }
 * ```
 * @internal
 */
export class Scratch {
  #offset = 0;
  #released = false;

  private constructor(
    private readonly buffer: ArrayBuffer,
    private readonly shared: boolean,
  ) {}

  /** Scratch of at least `bytes`: the kept buffer when it is free and large enough. */
  static take(bytes: number): Scratch {
    if (inUse || typeof WeakRef !== 'function') return new Scratch(new ArrayBuffer(bytes), false);
    let buffer = kept?.deref();
    if (buffer === undefined || buffer.byteLength < bytes) {
      buffer = new ArrayBuffer(bytes);
      kept = new WeakRef(buffer);
    }
    inUse = true;
    return new Scratch(buffer, true);
  }

  float64(length: number): Float64Array {
    return this.#view(length, 8, (b, o, n) => new Float64Array(b, o, n), Float64Array);
  }

  int32(length: number): Int32Array {
    return this.#view(length, 4, (b, o, n) => new Int32Array(b, o, n), Int32Array);
  }

  int16(length: number): Int16Array {
    return this.#view(length, 2, (b, o, n) => new Int16Array(b, o, n), Int16Array);
  }

  uint16(length: number): Uint16Array {
    return this.#view(length, 2, (b, o, n) => new Uint16Array(b, o, n), Uint16Array);
  }

  uint8(length: number): Uint8Array {
    return this.#view(length, 1, (b, o, n) => new Uint8Array(b, o, n), Uint8Array);
  }

  /** Give the kept buffer back for the next computation (once; later views are fresh). */
  release(): void {
    if (this.shared && !this.#released) inUse = false;
    this.#released = true;
  }

  #view<T extends { fill(value: number): T }>(
    length: number,
    size: number,
    on: (buffer: ArrayBuffer, offset: number, length: number) => T,
    Fresh: new (length: number) => T,
  ): T {
    // Each view starts on an 8-byte boundary, whatever came before.
    const offset = Math.ceil(this.#offset / 8) * 8;
    if (this.#released || offset + length * size > this.buffer.byteLength) return new Fresh(length);
    this.#offset = offset + length * size;
    return on(this.buffer, offset, length).fill(0);
  }
}

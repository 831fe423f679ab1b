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
    return this.#view(Float64Array, length);
  }

  int32(length: number): Int32Array {
    return this.#view(Int32Array, length);
  }

  int16(length: number): Int16Array {
    return this.#view(Int16Array, length);
  }

  uint16(length: number): Uint16Array {
    return this.#view(Uint16Array, length);
  }

  uint8(length: number): Uint8Array {
    return this.#view(Uint8Array, length);
  }

  /** Give the kept buffer back for the next computation (once; later views are fresh). */
  release(): void {
    if (this.shared && !this.#released) inUse = false;
    this.#released = true;
  }

  #view<T extends { fill(value: number): T }>(Kind: ViewKind<T>, length: number): T {
    // Each view starts on an 8-byte boundary, whatever came before.
    const offset = Math.ceil(this.#offset / 8) * 8;
    const end = offset + length * Kind.BYTES_PER_ELEMENT;
    if (this.#released || end > this.buffer.byteLength) return new Kind(length);
    this.#offset = end;
    return new Kind(this.buffer, offset, length).fill(0);
  }
}

/** A typed array's constructor: a fresh array, or a view of a buffer. */
interface ViewKind<T> {
  new (length: number): T;
  new (buffer: ArrayBuffer, offset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

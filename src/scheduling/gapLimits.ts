/** Limits of the search: it stops at whichever comes first. @internal */
export interface SearchLimits {
  /** Tabu steps (deterministic for a seed). */
  readonly rounds: number;
  /** Work units the steps may use (deterministic too: see {@link SearchResult.work}). */
  readonly work: number;
  /**
   * A wall-clock limit: the `performance.now()` by which to stop, or `Infinity` for none (then
   * no clock is read). A monotonic timer, no calendar clock: it changes no date.
   */
  readonly deadline: number;
  readonly seed: number;
  /** A proven lower bound: the search stops once it reaches it. */
  readonly lowerBound: number;
}

/** The best assignment found: the arc per job (-1: unplaced) and its cost. @internal */
export interface SearchResult {
  readonly arcOf: Int32Array;
  readonly cost: number;
  readonly rounds: number;
  /**
   * The tabu steps' work, counted in units of about equal cost (a few nanoseconds): 8 per arc
   * weighed for a shift and per agent tried for swaps, 1 per swap candidate read, 16 per arc
   * listed for swaps (listed, then sorted). A count, not a time: the same on every machine.
   */
  readonly work: number;
  /** The clock stopped the search. */
  readonly timedOut: boolean;
}

/**
 * The tuning of `gapSearch`, named, each with why it has its value. Changing one changes
 * the answers for a seed (the golden digests in schedulingGolden.test.ts say so).
 */

/** Costs and loads closer than this are equal: sums of floats drift by that much. @internal */
export const EPSILON = 1e-9;

/**
 * The shortest tabu tenure, in steps. Short tenures: the oscillation on capacity diversifies
 * enough. Up to 27 steps, as before, left Chu & Beasley type C and D instances about twice as
 * far from their best known; under 5, OR-Library's small instances miss more optima.
 * @internal
 */
export const TENURE_MIN = 5;
/** The random part of the tenure: up to one step per this many jobs … @internal */
export const TENURE_JOBS_PER_STEP = 20;
/** … at least this many steps … @internal */
export const TENURE_SPREAD_MIN = 2;
/** … and at most this many. @internal */
export const TENURE_SPREAD_MAX = 12;

/** Jobs looked at per tabu step: a large problem samples them (in a shuffled order). @internal */
export const SCAN_SIZE = 400;

/**
 * Swaps weighed per step at most: where loads and costs pull apart (Chu & Beasley type D) the
 * pruning keeps thousands per step, and more, cheaper steps find better solutions; in a
 * shuffled order the cap takes a random sample of them.
 * @internal
 */
export const SWAP_BUDGET = 2500;

/**
 * Strategic oscillation: the price of overload is multiplied by this after a step that leaves
 * the walk infeasible, and divided by it after one that leaves it feasible.
 * @internal
 */
export const PRICE_STEP = 1.1;
/** The price of overload falls no lower than this multiple of the largest |cost| … @internal */
export const PRICE_MIN = 0.01;
/** … and rises no higher than this one: past it, overload would swamp every cost. @internal */
export const PRICE_MAX = 1e6;

/**
 * Work units (see `SearchResult.work`), each about a few nanoseconds: an arc weighed for a
 * shift, or an agent tried for swaps …
 * @internal
 */
export const WORK_PER_ARC = 8;
/** … a swap candidate read … @internal */
export const WORK_PER_SWAP = 1;
/** … and an arc listed for swaps (listed, then sorted). @internal */
export const WORK_PER_LISTED_ARC = 16;

/** Tables keyed by (job, agent) are typed arrays up to this many entries, maps beyond. @internal */
export const TABLE_LIMIT = 4_000_000;

/**
 * The search weighs each job's moves to its shortlist of agents only (see gapShortlist.ts): at
 * least this many agents … (8 or 10 did no better on Chu & Beasley type D and E) @internal
 */
export const SHORTLIST_MIN = 6;
/** … or this share of them, if more. @internal */
export const SHORTLIST_SHARE = 0.3;
/**
 * Shortlists only where the candidates are dense: at least this share of all (job, agent)
 * pairs. A sparse problem (pairElders' nearest caregivers) is a shortlist already, and cutting
 * it further cost pairElders' golden plans 3–9 % more km. @internal
 */
export const SHORTLIST_DENSITY = 0.5;
/** Subgradient steps that price the agents' capacity for the shortlists. @internal */
export const SHORTLIST_PRICE_STEPS = 100;
/**
 * The capacity prices' subgradient steps aim this share above the best relaxed value so far:
 * 1 % left 100 steps far from converged on Chu & Beasley type D; 5 % converges in about 60.
 * @internal
 */
export const PRICE_TARGET = 0.05;

/**
 * Restarts (gapRestarts.ts): after this many steps without a new best, the walk goes back to
 * the best and is relinked toward one of the elite. 100 steps came too soon on Chu & Beasley
 * type C; 200 to 1000 did about as well, and 200 leaves the most restarts to a short search.
 * (pairElders' 200 steps restart at most after the last one, which changes nothing.) @internal
 */
export const RESTART_AFTER = 200;
/** Elite assignments kept for relinking (the best of each stretch between restarts). @internal */
export const ELITE_SIZE = 6;
/** Relinking moves this share of the jobs whose arcs differ from the guide's. @internal */
export const RELINK_SHARE = 0.5;

/**
 * The swap lists (gapSwapLists.ts) sit in one array by (agent, agent) up to this many agents
 * (4,096 lists), read without a map lookup (about 12 % less CPU per step on Chu & Beasley
 * C/D/E of 5–20 agents); with more agents, a map per agent. @internal
 */
export const SWAP_LISTS_FLAT_MAX = 64;

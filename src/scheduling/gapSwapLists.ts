import type { GapState } from './gapState.js';
import { SWAP_LISTS_FLAT_MAX, WORK_PER_LISTED_ARC } from './gapTuning.js';

/** Lists up to this long are sorted by insertion (faster there), longer ones by `Array.sort`. */
const INSERTION_SORT_MAX = 48;

/**
 * Swap candidates of the tabu step: for each agent b and each agent a its jobs may go to, the
 * arcs to a of b's jobs in ascending cost change of that move, so a step stops reading a list
 * once the rest cannot beat its best move. Rebuilt only for the agents whose jobs changed.
 * Where agents are few, the lists sit in one array by (b, a), read without a map lookup.
 * @internal
 */
export class GapSwapLists {
  /** With at most `flatMax` agents: the list of (b, a) at b · agents + a. */
  private readonly flat: number[][] | undefined;
  /** With more: per agent b, agent a → the list. */
  private readonly maps: Map<number, number[]>[] | undefined;
  /** Each listed arc's cost change from where its job stands. */
  readonly gainOf: Float64Array;
  /** The load of each listed arc's job where it stands (on b). */
  readonly loadNow: Float64Array;
  /** The heaviest job of each agent: the most a swap can take off it. */
  readonly heaviest: Float64Array;
  private readonly agents: number;
  private readonly byGain = (x: number, y: number) =>
    (this.gainOf[x] as number) - (this.gainOf[y] as number) || x - y;

  constructor(arcs: number, agents: number, flatMax = SWAP_LISTS_FLAT_MAX) {
    this.agents = agents;
    if (agents <= flatMax) this.flat = Array.from({ length: agents * agents }, () => []);
    else this.maps = Array.from({ length: agents }, () => new Map());
    this.gainOf = new Float64Array(arcs);
    this.loadNow = new Float64Array(arcs);
    this.heaviest = new Float64Array(agents);
  }

  /** The arcs to agent a of agent b's jobs, by cost change; undefined or empty when none. */
  listOf(b: number, a: number): readonly number[] | undefined {
    return this.flat ? this.flat[b * this.agents + a] : this.maps?.[b]?.get(a);
  }

  /** Rebuild the lists of the agents whose jobs changed; the work it took. */
  refresh(state: GapState): number {
    let work = 0;
    for (let b = 0; b < state.dirty.length; b++) {
      if (state.dirty[b] === 0) continue;
      work += this.rebuild(state, b);
      state.dirty[b] = 0;
    }
    return work;
  }

  /** The lists of agent b's jobs; the work it took. */
  private rebuild(state: GapState, b: number): number {
    const { start, agent, cost, load } = state.problem;
    this.eachList(b, (list) => {
      list.length = 0;
    });
    let most = 0;
    let work = 0;
    for (const y of state.held[b] as number[]) {
      const fy = state.arcOf[y] as number;
      most = Math.max(most, load[fy] as number);
      work += WORK_PER_LISTED_ARC * ((start[y + 1] as number) - (start[y] as number));
      for (let k = start[y] as number; k < (start[y + 1] as number); k++) {
        const a = agent[k] as number;
        if (a === b) continue;
        this.gainOf[k] = (cost[k] as number) - (cost[fy] as number);
        this.loadNow[k] = load[fy] as number;
        this.slot(b, a).push(k);
      }
    }
    this.heaviest[b] = most;
    this.eachList(b, (list) => {
      if (list.length <= INSERTION_SORT_MAX) this.insertionSort(list);
      else list.sort(this.byGain);
    });
    return work;
  }

  /** The list of (b, a), made if missing. */
  private slot(b: number, a: number): number[] {
    if (this.flat) return this.flat[b * this.agents + a] as number[];
    const lists = (this.maps as Map<number, number[]>[])[b] as Map<number, number[]>;
    const list = lists.get(a);
    if (list) return list;
    const made: number[] = [];
    lists.set(a, made);
    return made;
  }

  /** Call `visit` with each list of agent b. */
  private eachList(b: number, visit: (list: number[]) => void): void {
    if (this.flat) {
      for (let a = 0; a < this.agents; a++) visit(this.flat[b * this.agents + a] as number[]);
      return;
    }
    for (const list of (
      (this.maps as Map<number, number[]>[])[b] as Map<number, number[]>
    ).values())
      visit(list);
  }

  /** The order of `byGain`, by insertion: short lists, no comparator calls, nothing allocated. */
  private insertionSort(list: number[]): void {
    const gainOf = this.gainOf;
    for (let i = 1; i < list.length; i++) {
      const k = list[i] as number;
      const gain = gainOf[k] as number;
      let at = i;
      while (at > 0) {
        const before = list[at - 1] as number;
        const g = gainOf[before] as number;
        if (g < gain || (g === gain && before < k)) break;
        list[at] = before;
        at--;
      }
      list[at] = k;
    }
  }
}

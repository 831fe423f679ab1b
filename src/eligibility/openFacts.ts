import type { Evaluation } from './condition.js';

const NONE: readonly string[] = Object.freeze([]);

/**
 * The facts that leave a condition open: always counted (the status needs the count), and
 * listed by path only when the rule is explained — a status-only pass builds no strings.
 * @internal
 */
export class OpenFacts {
  count = 0;
  private readonly listed: string[] | undefined;

  constructor(evaluation: Evaluation, lists: readonly string[] = NONE) {
    this.listed = evaluation.explain ? [...lists] : undefined;
    this.count = lists.length;
  }

  /** A fact at `path` is missing. */
  add(path: string): void {
    this.count++;
    this.listed?.push(path);
  }

  /** The field `field` of the `index`-th entry of `list` is missing. */
  addAt(list: string, index: number, field: string): void {
    this.count++;
    this.listed?.push(`${list}[${index}].${field}`);
  }

  /** The paths, in the order found (empty when not explaining). */
  get paths(): readonly string[] {
    return this.listed ?? NONE;
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The facts that leave a condition open: counted (the status needs the count) and listed by
 * path (the explanation names them).
 * @internal
 */
export class OpenFacts {
  count = 0;
  private readonly listed: string[];

  constructor(lists: readonly string[] = NONE) {
    // A copy only of a list that has paths: most conditions start with none.
    this.listed = lists.length === 0 ? [] : lists.slice();
    this.count = lists.length;
  }

  /** A fact at `path` is missing. */
  add(path: string): void {
    this.count++;
    this.listed.push(path);
  }

  /** The field `field` of the `index`-th entry of `list` is missing. */
  addAt(list: string, index: number, field: string): void {
    this.count++;
    this.listed.push(`${list}[${index}].${field}`);
  }

  /** The paths, in the order found. */
  get paths(): readonly string[] {
    return this.listed;
  }
}

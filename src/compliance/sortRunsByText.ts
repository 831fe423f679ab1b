/**
 * Within each run of neighbouring items that `same` holds equal, order the items by `text`
 * (stably: equal texts keep their order). A run already in order is left as it is, so a list in
 * order costs one comparison of texts per item.
 * @example
 * ```ts
 * const items = Int32Array.of(0, 1, 2); // texts 'b', 'a', 'c'; items 0 and 1 tie
 * sortRunsByText(items, (a, b) => a < 2 && b < 2, (i) => ['b', 'a', 'c'][i] ?? '');
 * items; // Int32Array [1, 0, 2]
 * ```
 * @internal
 */
export function sortRunsByText(
  items: Int32Array,
  same: (a: number, b: number) => boolean,
  text: (item: number) => string,
): void {
  let first = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && same(items[first] as number, items[i] as number)) continue;
    if (i - first > 1) sortRun(items.subarray(first, i), text);
    first = i;
  }
}

function sortRun(run: Int32Array, text: (item: number) => string): void {
  for (let i = 1; i < run.length; i++) {
    if (text(run[i] as number) >= text(run[i - 1] as number)) continue;
    const byText = (a: number, b: number) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
    run.set(Array.from(run).sort(byText));
    return;
  }
}

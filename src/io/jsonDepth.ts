/** How deeply a ledger's JSON cell may nest: no ledger field nests anywhere near this deep. @internal */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether `value` nests objects or arrays deeper than `maximum` levels (the value itself is
 * level 1). It builds no paths, since a cell nested too deep is one issue wherever it goes too
 * deep — the walk runs on every JSON cell read. Its value is JSON.parse's: plain objects and
 * arrays, no inherited enumerable keys.
 * @internal
 */
export function nestsDeeperThan(value: unknown, maximum: number): boolean {
  return typeof value === 'object' && value !== null && deeperThan(value, maximum - 1);
}

/**
 * Whether a child of `node` nests more than `left` levels. Recursion, but never deeper than
 * `maximum` calls whatever the value: it stops on the first node past it. It makes no stack
 * arrays (it runs on every JSON cell; the arrays were most of its cost).
 */
function deeperThan(node: object, left: number): boolean {
  if (left < 0) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === 'object' && child !== null && deeperThan(child, left - 1)) return true;
    }
    return false;
  }
  for (const key in node) {
    const child: unknown = (node as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && deeperThan(child, left - 1)) return true;
  }
  return false;
}

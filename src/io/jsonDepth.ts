/** How deeply a ledger's JSON cell may nest: no ledger field nests anywhere near this deep. @internal */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply `value` nests objects and arrays, counted with a stack rather than recursion, and
 * only until it passes {@link MAX_JSON_DEPTH} (so a cycle ends too).
 * @internal
 */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

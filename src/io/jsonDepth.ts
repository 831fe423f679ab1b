/** How deeply a ledger's JSON cell may nest: no ledger field nests anywhere near this deep. @internal */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether `value` nests objects or arrays deeper than `maximum` levels (the value itself is
 * level 1). A loop over a stack, never recursion; it builds no paths, since a cell nested too
 * deep is one issue wherever it goes too deep — the walk runs on every JSON cell read.
 * @internal
 */
export function nestsDeeperThan(value: unknown, maximum: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const nodes: object[] = [value];
  const levels: number[] = [1];
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const level = levels.pop() as number;
    if (level > maximum) return true;
    const children: readonly unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        levels.push(level + 1);
      }
    }
  }
  return false;
}

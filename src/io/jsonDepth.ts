/** How deeply a ledger's JSON cell may nest: no ledger field nests anywhere near this deep. @internal */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether `value` nests objects or arrays deeper than `maximum` levels (the value itself is
 * level 1). A loop over a stack, never recursion; it builds no paths, since a cell nested too
 * deep is one issue wherever it goes too deep — the walk runs on every JSON cell read. Its
 * value is JSON.parse's: plain objects and arrays, no inherited enumerable keys.
 * @internal
 */
export function nestsDeeperThan(value: unknown, maximum: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const nodes: object[] = [value];
  const levels: number[] = [1];
  const push = (child: unknown, level: number) => {
    if (typeof child === 'object' && child !== null) {
      nodes.push(child);
      levels.push(level);
    }
  };
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const level = levels.pop() as number;
    if (level > maximum) return true;
    // Children read in place: no array of each object's values is made.
    if (Array.isArray(node)) for (const child of node) push(child, level + 1);
    else for (const key in node) push((node as Record<string, unknown>)[key], level + 1);
  }
  return false;
}

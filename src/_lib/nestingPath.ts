import type { IssuePath } from '../errors/index.js';

/**
 * The path to the first object or array of `value` that lies deeper than `maximum` levels
 * (the value itself is level 1), or `undefined` when none does. Walks with a stack, never
 * recursion, so any depth — and a cycle, which is endlessly deep — is measured safely, in
 * time bounded by the number of nodes within the first `maximum + 1` levels.
 * @internal
 */
export function pathPastDepth(value: unknown, maximum: number): IssuePath | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: { node: object; path: (string | number)[] }[] = [{ node: value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (path.length >= maximum) return path;
    const isArray = Array.isArray(node);
    for (const key of Object.keys(node)) {
      const child: unknown = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        stack.push({ node: child, path: [...path, isArray ? Number(key) : key] });
    }
  }
  return undefined;
}

import type { IssuePath } from '../errors/index.js';

/**
 * A path as people read it: `household.children[0].awaySince`.
 *
 * @example
 * ```ts
 * formatPath(['household', 'children', 0, 'awaySince']); // 'household.children[0].awaySince'
 * ```
 * @category Formatting
 */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}

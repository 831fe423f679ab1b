import { GuanaiError, type IssuePath, issue, pathText } from '../errors/index.js';

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
  if (!Array.isArray(path)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'path', rule: 'array' })]);
  }
  return pathText(path);
}

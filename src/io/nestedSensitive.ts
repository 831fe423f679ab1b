import { type Issue, type IssuePath, issue } from '../errors/index.js';
import { isTree } from './fieldPath.js';
import { sensitiveKindOf } from './writeCell.js';

/**
 * Take out, in place, every masked phone number or resident ID below `root` (they cannot be
 * read back), with a `masked_value` issue for each. A loop over a stack, not recursion: a cell
 * may nest JSON deeper than the call stack goes.
 * @internal
 */
export function takeMaskedValues(root: unknown, at: IssuePath, found: Issue[]): void {
  const stack: { node: unknown; path: IssuePath }[] = [{ node: root, path: at }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'object' && item !== null)
          stack.push({ node: item, path: [...path, index] });
      });
      continue;
    }
    if (!isTree(node)) continue;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'object' && value !== null)
        stack.push({ node: value, path: [...path, key] });
      else if (sensitiveKindOf(key) && typeof value === 'string' && value.includes('*')) {
        found.push(issue('masked_value', [...path, key], { value }));
        delete node[key];
      }
    }
  }
}

import { type Issue, type IssuePath, issue } from '../errors/index.js';
import { isTree } from './fieldPath.js';
import { sensitiveKindOf } from './writeCell.js';

/** JSON text that may write a `*` as an escape (`\u002a`). */
const ESCAPED_STAR = /\\u002a/i;

/**
 * Whether the JSON `text` a value was parsed from may hold a masked value: none can without a
 * `*` in it, written or escaped (after a backslash) — most cells, which then need no walk. @internal
 */
export const mayHoldMask = (text: string): boolean =>
  text.includes('*') || (text.includes('\\') && ESCAPED_STAR.test(text));

/**
 * Take out, in place, every masked phone number or resident ID below `root` (they cannot be
 * read back), with a `masked_value` issue for each: a value under such a name, of any JSON type
 * (a list of numbers, an object), that holds a masked string anywhere. A loop over a stack, not recursion: a cell
 * may nest JSON deeper than the call stack goes.
 * @internal
 */
export function takeMaskedValues(root: unknown, at: IssuePath, found: Issue[]): void {
  // Each node links to its parent: a path is made only for what is found, not for every node.
  const stack: Visit[] = [{ node: root, parent: undefined, key: undefined }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node } = next;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'object' && item !== null)
          stack.push({ node: item, parent: next, key: index });
      });
      continue;
    }
    if (!isTree(node)) continue;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (sensitiveKindOf(key) && holdsMasked(value)) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        found.push(issue('masked_value', [...at, ...pathOf(next), key], { value: text }));
        delete node[key];
      } else if (typeof value === 'object' && value !== null)
        stack.push({ node: value, parent: next, key });
    }
  }
}

/** A node on the walk, and how it was reached (none for the root). */
interface Visit {
  readonly node: unknown;
  readonly parent: Visit | undefined;
  readonly key: string | number | undefined;
}

/** The keys from the root to `visit`. */
function pathOf(visit: Visit): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let step: Visit | undefined = visit; step?.key !== undefined; step = step.parent)
    keys.push(step.key);
  return keys.reverse();
}

/** Whether `value` is, or holds anywhere inside, a string with a mask character. */
function holdsMasked(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string' && node.includes('*')) return true;
    if (typeof node === 'object' && node !== null)
      for (const inner of Object.values(node)) stack.push(inner);
  }
  return false;
}

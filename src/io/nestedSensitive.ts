import { type Issue, issue } from '../errors/index.js';
import { isTree } from './fieldPath.js';
import { maskSensitive } from './writeCell.js';

/** Keys whose values are masked wherever they stand (a child's phone inside 其他信息 too). */
const sensitiveKind = (key: string) => (key === 'phone' || key === 'residentId' ? key : undefined);

/** `value` as JSON with every phone number and resident ID in it masked. @internal */
export function maskedJson(value: unknown): string {
  return JSON.stringify(value, (key, field) => {
    const kind = sensitiveKind(key);
    return kind && typeof field === 'string' ? maskSensitive(kind, field) : field;
  });
}

/**
 * Take out, in place, every masked phone number or resident ID below `node` (they cannot be
 * read back), with a `masked_value` issue for each. `path` is a stack, copied only on a find.
 * @internal
 */
export function takeMaskedValues(node: unknown, path: (string | number)[], found: Issue[]): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      path.push(index);
      takeMaskedValues(node[index], path, found);
      path.pop();
    }
    return;
  }
  if (!isTree(node)) return;
  for (const key in node) {
    const value = node[key];
    if (typeof value === 'string') {
      if (sensitiveKind(key) && value.includes('*')) {
        found.push(issue('masked_value', [...path, key], { value }));
        delete node[key];
      }
    } else if (typeof value === 'object' && value !== null) {
      path.push(key);
      takeMaskedValues(value, path, found);
      path.pop();
    }
  }
}

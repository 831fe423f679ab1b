import type { IssuePath } from './issue.js';
import { isSensitiveKey, maskIdentifiers, maskSensitiveValue } from './maskIdentifiers.js';

/** Longest text of a value shown in a message; the rest is cut. */
const MAX_SHOWN = 40;

/**
 * The value at `path` inside `input`, as a short text for a message (`"1950-02-30"`, `42`,
 * `a list of 3`), masked when it is (or sits under a field for) a resident ID or phone number;
 * `undefined` when nothing is there. One step per key of the path; a getter that throws
 * shows nothing rather than an error inside an error.
 * @internal
 */
export function foundValue(input: unknown, path: IssuePath): string | undefined {
  let value: unknown = input;
  try {
    for (const key of path) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return;
      value = (value as Record<string | number, unknown>)[key];
    }
    return shown(value, path.some(isSensitiveKey));
  } catch {
    return undefined;
  }
}

function shown(value: unknown, sensitive: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  const text = String(value);
  const masked = sensitive ? maskSensitiveValue(text) : maskIdentifiers(text);
  const cut = masked.length > MAX_SHOWN ? `${masked.slice(0, MAX_SHOWN)}…` : masked;
  return typeof value === 'string' ? JSON.stringify(cut) : cut;
}

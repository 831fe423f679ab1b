import { GuanaiError, issue } from '../errors/index.js';

/**
 * Exhaustiveness check for discriminated unions: a new variant that a `switch` forgets
 * fails to compile here, and is a programmer error at run time.
 * @internal
 */
export function assertNever(value: never, what = 'value'): never {
  throw new GuanaiError([issue('unreachable', [], { what: `${what} ${describe(value)}` })]);
}

/** A value as JSON, or its type when JSON cannot say it (a BigInt, a cycle, a symbol). */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

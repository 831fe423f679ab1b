import { type Issue, issue } from '../errors/index.js';

/**
 * `moved_to_options` for each of `names` still given in a function's data: options that rode
 * there before 1.0 are refused at their name, never silently ignored.
 * @internal
 */
export function movedToOptions(input: object, names: readonly string[]): (Issue | undefined)[] {
  const held = input as Readonly<Record<string, unknown>>;
  return names.map((name) =>
    held[name] === undefined ? undefined : issue('moved_to_options', [name], { name }),
  );
}

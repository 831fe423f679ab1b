const splitCache = new Map<string, readonly string[]>();

/** A dotted field path as keys, memoised: every cell of a column uses the same one. @internal */
export function fieldKeys(field: string): readonly string[] {
  let keys = splitCache.get(field);
  if (!keys) {
    keys = field === '' ? [] : field.split('.');
    splitCache.set(field, keys);
  }
  return keys;
}

type Tree = Record<string, unknown>;
/** A plain object (not an array, not null). @internal */
export const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `keys`, or undefined when a step is missing. @internal */
export function getField(record: unknown, keys: readonly string[]): unknown {
  let node = record;
  for (const key of keys) {
    if (!isTree(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Put `value` at `keys`, making the objects on the way. @internal */
export function setField(record: Tree, keys: readonly string[], value: unknown): void {
  let node = record;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as string;
    const next = node[key];
    if (isTree(next)) node = next;
    else {
      const made: Tree = {};
      node[key] = made;
      node = made;
    }
  }
  const last = keys.at(-1);
  if (last !== undefined) node[last] = value;
}

/** The fields the columns carry, as a tree: `true` where a whole field is carried. @internal */
export type CoveredFields = ReadonlyMap<string, CoveredFields | true>;

/** The tree of fields at `paths`. @internal */
export function coveredFields(paths: readonly (readonly string[])[]): CoveredFields {
  const root = new Map<string, Map<string, unknown> | true>();
  for (const keys of paths) {
    let node = root;
    keys.forEach((key, depth) => {
      if (depth === keys.length - 1) node.set(key, true);
      else {
        const next = node.get(key);
        if (next === true) return;
        const child = next ?? new Map();
        node.set(key, child);
        node = child as typeof root;
      }
    });
  }
  return root as CoveredFields;
}

/**
 * What the columns do not carry: the fields of `record` outside `covered`, without empty
 * objects, sharing (not copying) the values it keeps. Arrays stay, empty or not (`children: []`
 * says "no children"), except the dotted paths in `emptyByDefault` when empty: their schema
 * gives `[]` back when they are left out.
 * @internal
 */
export function remainderOf(
  record: unknown,
  covered: CoveredFields,
  emptyByDefault: ReadonlySet<string>,
  prefix = '',
): Tree {
  const rest: Tree = {};
  if (!isTree(record)) return rest;
  for (const [key, value] of Object.entries(record)) {
    const cover = covered.get(key);
    if (cover === true || value === undefined) continue;
    if (cover && isTree(value)) {
      const inner = remainderOf(value, cover, emptyByDefault, `${prefix}${key}.`);
      if (Object.keys(inner).length > 0) rest[key] = inner;
      continue;
    }
    const empty = isTree(value)
      ? Object.keys(value).length === 0
      : Array.isArray(value) && value.length === 0 && emptyByDefault.has(prefix + key);
    if (!empty) rest[key] = value;
  }
  return rest;
}

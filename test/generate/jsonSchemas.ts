/**
 * JSON Schema (draft 2020-12) for every public zod schema, for apps in other languages.
 * tsup's `onSuccess` calls {@link writeJsonSchemas} after each build, so the schemas come from
 * exactly the JavaScript that is shipped: `dist/schemas/<Name>.schema.json` and
 * `dist/schemas/index.json`. The choices are explained in docs/json-schema.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';

type ZodSchema = z.core.$ZodType;
type JsonSchema = z.core.JSONSchema.BaseSchema;

/** The draft every file declares in `$schema`. */
export const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A URN, not a URL: the `$id` names the model without pointing at a host anyone could mistake
 * for a download, and it is absolute, as draft 2020-12 asks of a root `$id`. It carries no
 * version, so it stays the same across releases (index.json says which release wrote the files).
 */
export function schemaId(name: string): string {
  return `urn:guanai:schema:${name}`;
}

/** The file of a model in `dist/schemas/`. */
export function schemaFile(name: string): string {
  return `${name}.schema.json`;
}

const ROOT_DESCRIPTION = "as an app may send it to guanai (the input of guanai's parse).";
const DEFAULTS_DESCRIPTION = 'A field with a "default" may be left out: guanai fills it in.';
const ROOT_COMMENT =
  "Generated from guanai's zod schema. Checked here: shape, types, enums, lengths, ranges and " +
  'the form of dates, times and division codes. Where a value below carries a $comment, ' +
  "guanai's own parse checks or normalises more than JSON Schema can say: rules across fields, " +
  'check characters, normalised text. Those checks are done only by guanai itself.';
const ACROSS_FIELDS =
  'guanai also checks rules across these fields, which this schema does not state.';
const FURTHER_RULES =
  'guanai also checks further rules on this value, which this schema does not state.';
const NORMALISED =
  'guanai normalises this value when it parses it, so what it returns can differ from what ' +
  'was sent.';

/** What a schema can state about a value guanai checks in code, by the model's export name. */
interface Stated {
  readonly keywords?: JsonSchema;
  readonly comment?: string;
}

const STATED: Readonly<Record<string, Stated>> = {
  PlainDate: {
    // The pattern gives the form; format "date" (RFC 3339 full-date) the days of each month.
    keywords: {
      type: 'string',
      pattern: '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$',
      format: 'date',
    },
    comment:
      'A civil date YYYY-MM-DD that exists (2024-02-29 yes, 2023-02-29 no): the pattern checks ' +
      'the form, format "date" the day of the month where a validator asserts formats.',
  },
  TimeOfDay: { keywords: { type: 'string', pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$' } },
  PlainDateTime: {
    keywords: {
      type: 'string',
      pattern:
        '^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$',
    },
    comment: 'A local date and time without offset; guanai also checks that the day exists.',
  },
  RegionCode: {
    // The levels of a division code, written without look-ahead so that every regex dialect
    // reads it: a 6-digit code not starting 00, optionally 000000 after it, or a 12-digit code
    // whose township digits are not 000.
    keywords: {
      type: 'string',
      pattern:
        '^(?:(?:0[1-9]|[1-9][0-9])[0-9]{4}(?:000000)?|[0-9]{6}(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})[0-9]{3})$',
    },
    comment: 'A division code (统计用区划代码) of 6 or 12 digits.',
  },
  VillageCode: {
    keywords: {
      type: 'string',
      pattern:
        '^[0-9]{6}(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})$',
    },
    comment: 'The 12-digit code of a village (村), neither its township nor village digits 000.',
  },
  ResidentIdNumber: {
    comment:
      'guanai accepts 18 characters or a 15-digit first-generation number, full-width or with ' +
      'spaces or a lower-case x, and returns the 18-character form; it checks the birth date ' +
      'and the GB 11643-1999 check character, which this schema does not state.',
  },
  PhoneNumber: {
    comment:
      'guanai removes spaces, dashes, brackets and a +86 / 0086 prefix, makes full-width ' +
      'digits ASCII, then checks a mainland mobile or landline number, which this schema does ' +
      'not state.',
  },
};

function isZodSchema(value: unknown): value is ZodSchema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * Every zod schema a module exports, by name: the public models. A name exported by several
 * subpaths must be the same schema in each.
 */
export function publicSchemas(
  modules: Iterable<Readonly<Record<string, unknown>>>,
): Map<string, ZodSchema> {
  const found = new Map<string, ZodSchema>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (!isZodSchema(value)) continue;
      const seen = found.get(name);
      if (seen !== undefined && seen !== value) {
        throw new Error(`Two different zod schemas are exported as ${name}.`);
      }
      found.set(name, value);
    }
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Metadata for the conversion: the app's own (`.describe`, `.meta`) plus, for each public model
 * met inside another, its name as `id` (so zod moves it into `$defs/<Name>`, which code
 * generators turn into a named type) and `title`.
 */
class PublicNames extends z.core.$ZodRegistry<Record<string, unknown>> {
  constructor(private readonly names: ReadonlyMap<ZodSchema, string>) {
    super();
  }
  override get(schema: ZodSchema): Record<string, unknown> | undefined {
    const own = z.globalRegistry.get(schema);
    const name = this.names.get(schema);
    return name === undefined ? own : { ...own, id: name, title: name };
  }
}

function customChecks(schema: ZodSchema): readonly unknown[] {
  return (schema._zod.def.checks ?? []).filter((check) => check._zod.def.check === 'custom');
}

/** The checks a schema adds to the one it refines (VillageCode's on top of RegionCode's). */
function ownChecks(schema: ZodSchema): readonly unknown[] {
  const parent = schema._zod.parent;
  const inherited = new Set(parent === undefined ? [] : customChecks(parent));
  return customChecks(schema).filter((check) => !inherited.has(check));
}

/**
 * Build the JSON Schema of one public model.
 *
 * @param name - the model's export name
 * @param schemas - every public model (see {@link publicSchemas}), to name the ones inside
 */
export function toPublishedSchema(
  name: string,
  schemas: ReadonlyMap<string, ZodSchema>,
): JsonSchema {
  const root = schemas.get(name);
  if (root === undefined) throw new Error(`${name} is not a public zod schema.`);

  // A schema exported under several names (ElderId, CaregiverId and PairingId are one schema)
  // has no single name, so it stays inline; the root is the file itself, not one of its $defs.
  const namesOf = new Map<ZodSchema, string[]>();
  for (const [key, schema] of schemas) namesOf.set(schema, [...(namesOf.get(schema) ?? []), key]);
  const inner = new Map<ZodSchema, string>();
  for (const [schema, names] of namesOf) {
    if (schema !== root && names.length === 1 && names[0] !== undefined)
      inner.set(schema, names[0]);
  }

  // Checks guanai makes in code, matched by the check itself, so a value refined from a
  // stated one (a village code is a refined division code) is recognised too.
  const statedBy = new Map<unknown, Stated>();
  for (const [key, stated] of Object.entries(STATED)) {
    const schema = schemas.get(key);
    if (schema === undefined) throw new Error(`STATED names ${key}, which is not exported.`);
    const own = ownChecks(schema);
    for (const check of own) statedBy.set(check, stated);
    if (own.length === 0) statedBy.set(schema, stated);
  }

  const generated = z.toJSONSchema(root, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata: new PublicNames(inner),
    override: ({ zodSchema, jsonSchema }) => {
      const notes: string[] = [];
      // A value that refines a model in $defs ($ref) has that model's keywords from there.
      const checks = jsonSchema.$ref === undefined ? customChecks(zodSchema) : ownChecks(zodSchema);
      const stated = [
        ...new Set([statedBy.get(zodSchema), ...checks.map((c) => statedBy.get(c))]),
      ].filter((s): s is Stated => s !== undefined);
      for (const s of stated) {
        Object.assign(jsonSchema, s.keywords);
        if (s.comment !== undefined) notes.push(s.comment);
      }
      if (checks.some((check) => !statedBy.has(check))) {
        notes.push(zodSchema._zod.def.type === 'object' ? ACROSS_FIELDS : FURTHER_RULES);
      }
      const def = zodSchema._zod.def;
      const transforms =
        def.type === 'pipe' && (def as z.core.$ZodPipeDef).out._zod.def.type === 'transform';
      // An overwrite check rewrites the value in place: .trim(), .toLowerCase() …
      const overwrites = (def.checks ?? []).some((check) => check._zod.def.check === 'overwrite');
      if ((transforms || overwrites) && stated.length === 0) notes.push(NORMALISED);
      if (notes.length > 0) jsonSchema.$comment = notes.join(' ');
    },
  });

  // A fixed order: identity and prose first, $defs last and sorted.
  const { $schema: _draft, $defs, ...body } = generated;
  const published: JsonSchema = {
    $schema: DRAFT,
    $id: schemaId(name),
    title: name,
    description: [`${name} ${ROOT_DESCRIPTION}`, hasDefault(generated) && DEFAULTS_DESCRIPTION]
      .filter(Boolean)
      .join(' '),
    ...body,
  };
  published.$comment = [body.$comment, ROOT_COMMENT].filter(Boolean).join(' ');
  if ($defs !== undefined) {
    published.$defs = Object.fromEntries(
      Object.keys($defs)
        .sort()
        .map((key) => {
          const { title, ...definition } = $defs[key] as JsonSchema;
          return [key, title === undefined ? definition : { title, ...definition }];
        }),
    );
  }
  return published;
}

/** Whether a schema gives a default anywhere (a key of `properties` named "default" is not one). */
function hasDefault(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  return Object.entries(schema).some(([key, value]) =>
    key === 'default'
      ? true
      : key === 'properties' && typeof value === 'object' && value !== null
        ? Object.values(value).some(hasDefault)
        : hasDefault(value),
  );
}

/** What `dist/schemas/index.json` holds. */
export interface SchemaIndex {
  readonly name: string;
  readonly version: string;
  readonly $schema: string;
  readonly io: 'input';
  /** Model name → file in the same folder. */
  readonly schemas: Readonly<Record<string, string>>;
}

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly exports: Readonly<Record<string, string | { readonly import?: { default?: string } }>>;
}

/** The built ESM file of each subpath the package exports (`.`, `./models` …). */
function exportedModules(root: string, pkg: PackageJson): string[] {
  return Object.values(pkg.exports)
    .map((target) => (typeof target === 'string' ? undefined : target.import?.default))
    .filter((file): file is string => file?.endsWith('.js') === true)
    .map((file) => join(root, file));
}

let builds = 0;

/**
 * Write `<Name>.schema.json` for every public zod schema of the built package and index.json.
 * Files end in a newline and are pretty-printed with two spaces; the same build writes the same
 * bytes (nothing depends on the clock, the time zone or the order of the file system).
 *
 * @param root - the package folder (with package.json and a built dist/)
 * @param out - where to write (default dist/schemas); emptied first
 * @returns the files written and their total size in bytes
 */
export async function writeJsonSchemas(
  root: string,
  out = join(root, 'dist', 'schemas'),
): Promise<{ files: number; bytes: number }> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const modules: Record<string, unknown>[] = [];
  // A fresh URL per call: under `tsup --watch` each rebuild must be read, not the cached first.
  builds += 1;
  for (const file of exportedModules(root, pkg))
    modules.push(await import(`${pathToFileURL(file).href}?build=${builds}`));
  const schemas = publicSchemas(modules);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  const write = (file: string, value: unknown) => {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(out, file), text);
    bytes += Buffer.byteLength(text);
  };
  for (const name of schemas.keys()) write(schemaFile(name), toPublishedSchema(name, schemas));
  const index: SchemaIndex = {
    name: pkg.name,
    version: pkg.version,
    $schema: DRAFT,
    io: 'input',
    schemas: Object.fromEntries([...schemas.keys()].map((name) => [name, schemaFile(name)])),
  };
  write('index.json', index);
  return { files: schemas.size + 1, bytes };
}

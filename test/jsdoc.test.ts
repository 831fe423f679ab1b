/**
 * House rule: every export of the library has a doc comment, and every exported value
 * (function, class, schema, constant) an `@example`. typedoc checks links and exports; this
 * checks the comments, which typedoc would demand on every inferred property too. Every
 * declaration a documented entry point exports also names its `@category`, so that the API
 * pages stay grouped by topic rather than by kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_lib' ? [] : libraryFiles(path);
    return entry.name.endsWith('.ts') &&
      !/\.test(-d)?\.ts$/.test(entry.name) &&
      entry.name !== 'index.ts'
      ? [path]
      : [];
  });
}

interface Exported {
  readonly name: string;
  readonly isValue: boolean;
  readonly doc: string;
}

const parsed = new Map<string, ts.SourceFile>();

function sourceOf(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, source);
  }
  return source;
}

function isExported(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
  );
}

function docOf(statement: ts.Statement): string {
  return ts
    .getJSDocCommentsAndTags(statement)
    .map((node) => node.getText())
    .join('\n');
}

function exportsOf(file: string): Exported[] {
  const found: Exported[] = [];
  for (const statement of sourceOf(file).statements) {
    if (!isExported(statement)) continue;
    const doc = docOf(statement);
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        found.push({ name: declaration.name.getText(), isValue: true, doc });
      }
    } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      found.push({ name: statement.name?.getText() ?? '(default)', isValue: true, doc });
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      found.push({ name: statement.name.getText(), isValue: false, doc });
    }
  }
  return found;
}

/** A declaration as a module exports it: the statement that writes it, in its own file. */
interface Reached extends Exported {
  readonly file: string;
}

/** The file a relative `./x.js` specifier names; package imports are not the library's. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  return specifier.startsWith('.')
    ? resolve(dirname(from), specifier.replace(/\.js$/, '.ts'))
    : undefined;
}

const reachedByFile = new Map<string, Reached[]>();

/**
 * Every declaration `file` exports, under the name it exports it by: its own exported
 * statements, and those of `export { … } from`, `export *` and `export { imported }`, followed
 * to the file that writes them (where the comment, and so the category, lives).
 */
function reachableExports(file: string): Reached[] {
  const cached = reachedByFile.get(file);
  if (cached) return cached;
  const source = sourceOf(file);
  const imported = new Map<string, { from: string; name: string }>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const from = resolveSpecifier(file, statement.moduleSpecifier.text);
    const bindings = statement.importClause?.namedBindings;
    if (!from || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      imported.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
    }
  }
  const renamed = (from: string, name: string, as: string) =>
    reachableExports(from)
      .filter((e) => e.name === name)
      .map((e) => ({ ...e, name: as }));
  const found: Reached[] = exportsOf(file).map((e) => ({ ...e, file }));
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    const from =
      specifier && ts.isStringLiteral(specifier)
        ? resolveSpecifier(file, specifier.text)
        : undefined;
    const clause = statement.exportClause;
    if (!clause) {
      if (from) found.push(...reachableExports(from));
      continue;
    }
    if (!ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) {
      const local = (element.propertyName ?? element.name).text;
      const origin = from ? { from, name: local } : imported.get(local);
      if (origin) found.push(...renamed(origin.from, origin.name, element.name.text));
    }
  }
  reachedByFile.set(file, found);
  return found;
}

interface TypedocOptions {
  readonly entryPoints: readonly string[];
  readonly categoryOrder?: readonly string[];
}

/** typedoc's own options, so that an entry point added there is guarded here too. */
const typedoc = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    typedocOptions: TypedocOptions;
  }
).typedocOptions;

/** The text of each `@category` tag in a comment. */
function categoriesIn(doc: string): string[] {
  return [...doc.matchAll(/@category[ \t]+([^\n*]*[^\s*])/g)].map((m) => m[1] ?? '');
}

describe('doc comments', () => {
  const all = libraryFiles(SRC)
    .flatMap((file) => exportsOf(file).map((e) => ({ ...e, file: relative(SRC, file) })))
    .filter((e) => !e.doc.includes('@internal'));

  it('finds the exports', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('documents every export', () => {
    expect(all.filter((e) => e.doc.trim() === '').map((e) => `${e.file}: ${e.name}`)).toEqual([]);
  });

  it('gives every exported value an example', () => {
    expect(
      all
        .filter((e) => e.isValue && !e.doc.includes('@example'))
        .map((e) => `${e.file}: ${e.name}`),
    ).toEqual([]);
  });

  // The types an app developer meets first: their pages show how one is made or read.
  const MAIN_TYPES = [
    'Elder',
    'Caregiver',
    'Pairing',
    'Ledger',
    'Classification',
    'LedgerClassification',
    'Policy',
    'VisitPlan',
    'Occurrence',
    'PairingPlan',
    'ScheduledVisit',
    'VisitSchedule',
    'VisitRecord',
    'CoverageRow',
    'Task',
    'Issue',
    'LedgerSheetRead',
  ];

  it('gives the main types an example', () => {
    const types = all.filter((e) => !e.isValue && MAIN_TYPES.includes(e.name));
    expect(types.map((e) => e.name).sort()).toEqual([...MAIN_TYPES].sort());
    expect(types.filter((e) => !e.doc.includes('@example')).map((e) => e.name)).toEqual([]);
  });
});

describe('API categories', () => {
  const published = typedoc.entryPoints.flatMap((entry) =>
    reachableExports(join(ROOT, entry))
      .filter((e) => !e.doc.includes('@internal'))
      .map((e) => ({ ...e, entry })),
  );

  it('reads the entry points typedoc documents', () => {
    expect(typedoc.entryPoints.length).toBeGreaterThan(5);
    expect(published.length).toBeGreaterThan(200);
  });

  it('puts every exported declaration of every entry point in a category', () => {
    expect(
      published
        .filter((e) => categoriesIn(e.doc).length === 0)
        .map((e) => `${e.entry} → ${relative(SRC, e.file)}: ${e.name}`),
    ).toEqual([]);
  });

  it('orders every category it uses (add a new one to typedocOptions.categoryOrder)', () => {
    const ordered = new Set(typedoc.categoryOrder);
    const used = new Set(published.flatMap((e) => categoriesIn(e.doc)));
    expect([...used].filter((category) => !ordered.has(category))).toEqual([]);
  });
});

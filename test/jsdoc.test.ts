/**
 * House rule: every export of the library has a doc comment, and every exported value
 * (function, class, schema, constant) an `@example`. typedoc checks links and exports; this
 * checks the comments, which typedoc would demand on every inferred property too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

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

function exportsOf(file: string): Exported[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: Exported[] = [];
  for (const statement of source.statements) {
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const doc = ts
      .getJSDocCommentsAndTags(statement)
      .map((node) => node.getText())
      .join('\n');
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
});

/**
 * What an app's bundler can leave out. The bundlers' ESM build (the `default` condition of
 * "exports") is one file per source module (tsup.config.ts, dist/esm/), so an app ships the
 * modules its imports reach, and no more, provided that
 * (1) package.json "sideEffects" names every module that does something as it loads, and no
 * other, and (2) the functions that take plain typed values import no schema (architecture:
 * "an app that only reads the calendar ships no zod").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Statements a module may hold at its top level without doing anything as it loads. */
function isDeclaration(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isModuleDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isVariableStatement(statement)
  );
}

/** The source modules (not tests) with a top-level statement that runs on load, as dist/esm files. */
function modulesWithEffects(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file),
  );
  return files
    .filter((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      return source.statements.some((statement) => !isDeclaration(statement));
    })
    .map((file) => `./dist/esm/${file.split(sep).join('/').replace(/\.ts$/, '.js')}`)
    .sort();
}

/** The package's own modules and the packages a bundle of `source` (from src/) holds. */
async function bundledInputs(source: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => relative(ROOT, resolve(ROOT, file)).split(sep).join('/'));
}

describe('package.json "sideEffects"', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    sideEffects: string[];
  };

  it('names every ESM module that runs a statement as it loads, and no other', () => {
    const named = pkg.sideEffects.filter((file) => file.startsWith('./dist/esm/'));
    // i18n/formatError.ts gives GuanaiError its English message (useErrorText) as it loads.
    expect(modulesWithEffects()).toEqual(['./dist/esm/i18n/formatError.js']);
    expect(named).toEqual(modulesWithEffects());
    // Parsing every source file takes seconds on a loaded machine.
  }, 60_000);

  it("keeps Node's bundles whole (ESM and CommonJS): their chunks mix modules, formatError among them", () => {
    expect(pkg.sideEffects).toContain('./dist/*.js');
    expect(pkg.sideEffects).toContain('./dist/*.cjs');
  });
});

describe('functions that take plain typed values', () => {
  it.each([
    ['dayInfo', 'calendar'],
    ['toLunar, festivalDate', 'calendar'],
    ['isWorkingDay, addWorkingDays', 'calendar'],
    ['occurrenceState', 'recurrence'],
    ['solveAssignment', 'scheduling'],
    ['classifyElder, classifyStatuses, classifyUnderDefinitions', 'eligibility'],
    ['DEFAULT_POLICY, INCIDENT_KINDS, MAJOR_EVENT_KINDS', 'eligibility'],
  ])('{ %s } from %s bundles without zod', async (names, module) => {
    const inputs = await bundledInputs(`export { ${names} } from './src/${module}/index.ts';`);
    expect(inputs.some((file) => file.startsWith(`src/${module}/`))).toBe(true);
    expect(inputs.filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
  });

  it('{ classifyElder } bundles no module that imports zod at all (issue 17: one rule for the classifiers)', async () => {
    // Not even one whose schema the bundle leaves out: the schemas are at the boundary
    // (parsePolicy, parse(Elder, …)), the classifiers' modules import none.
    const inputs = await bundledInputs(
      "export { classifyElder, classifyStatuses, classifyUnderDefinitions } from './src/eligibility/index.ts';",
    );
    const importsZod = inputs.filter(
      (file) =>
        file.startsWith('src/') && /^import \* as z from 'zod';/m.test(readFileSync(file, 'utf8')),
    );
    expect(importsZod).toEqual([]);
  });
});

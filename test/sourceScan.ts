/**
 * What the architecture test reads of a source file, through the TypeScript parser rather than
 * by pattern, so comments and strings (a JSDoc example with `import(…)` or `new Date()`) never
 * count and no form of import slips past: `import … from`, `export … from`, a side-effect
 * `import './x.js'`, a dynamic `import()` or `require()`, and a type's `import('./x.js').T`.
 */
import ts from 'typescript';

/** How a file reaches another module. */
export type ImportHow = 'from' | 'sideEffect' | 'dynamic' | 'typeReference';

/** One import of a file: its specifier (undefined when computed at run time) and how. */
export interface SourceImport {
  readonly specifier: string | undefined;
  readonly how: ImportHow;
  /** Erased at build: `import type`, `export type`, or an `import('…')` in a type. */
  readonly typeOnly: boolean;
  readonly line: number;
}

/** One read of the wall clock, as written, with its line. */
export interface ClockRead {
  readonly what: string;
  readonly line: number;
}

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('scan.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function literal(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** The imports and the clock reads of `text`, from one parse. */
export function scanSource(text: string): {
  readonly imports: SourceImport[];
  readonly clockReads: ClockRead[];
} {
  const source = parse(text);
  return { imports: importsIn(source), clockReads: clockReadsIn(source) };
}

/** Every import of `text`, in source order. */
export function importsOf(text: string): SourceImport[] {
  return importsIn(parse(text));
}

function importsIn(source: ts.SourceFile): SourceImport[] {
  const found: SourceImport[] = [];
  const add = (node: ts.Node, specifier: string | undefined, how: ImportHow, typeOnly: boolean) =>
    found.push({ specifier, how, typeOnly, line: lineOf(source, node) });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const how = clause ? 'from' : 'sideEffect';
      add(node, literal(node.moduleSpecifier), how, clause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, literal(node.moduleSpecifier), 'from', node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      const specifier = ts.isLiteralTypeNode(argument) ? literal(argument.literal) : undefined;
      add(node, specifier, 'typeReference', true);
    } else if (ts.isCallExpression(node) && isLoader(node.expression)) {
      add(node, literal(node.arguments[0]), 'dynamic', false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `import(…)` or a bare `require(…)`. */
function isLoader(callee: ts.Expression): boolean {
  return (
    callee.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(callee) && callee.text === 'require')
  );
}

/** Objects whose `now` (or `hrtime`) reads the clock, with or without `globalThis.`. */
const CLOCK_OWNERS = new Set(['Date', 'performance', 'process', 'Now']);
const CLOCK_MEMBERS = new Set(['now', 'hrtime', 'uptime', 'instant', 'plainDateISO']);

/**
 * Every read of the wall clock in `text`: `Date.now`, `performance.now`, `process.hrtime`,
 * `Temporal.Now.*`, `new Date()` or `new Date` without an argument, and `Date()` called
 * bare (it returns the current time as text). `new Date(x)` converts a value: not a read.
 */
export function clockReadsOf(text: string): ClockRead[] {
  return clockReadsIn(parse(text));
}

function clockReadsIn(source: ts.SourceFile): ClockRead[] {
  const found: ClockRead[] = [];
  const add = (node: ts.Node) =>
    found.push({ what: node.getText(source).replace(/\s+/g, ' '), line: lineOf(source, node) });
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      CLOCK_MEMBERS.has(node.name.text) &&
      CLOCK_OWNERS.has(lastName(node.expression))
    ) {
      add(node);
    } else if (
      ts.isNewExpression(node) &&
      lastName(node.expression) === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    ) {
      add(node);
    } else if (ts.isCallExpression(node) && lastName(node.expression) === 'Date') {
      add(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `Date` of `Date` or `globalThis.Date`; `Now` of `Temporal.Now`. */
function lastName(node: ts.Expression): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return '';
}

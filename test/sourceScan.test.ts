/** The architecture test's reader on small sources: each check can fail, and comments never count. */
import { describe, expect, it } from 'vitest';
import { clockReadsOf, importsOf } from './sourceScan.js';

describe('importsOf', () => {
  it('finds every form of import, type-only where it is erased', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import './c.js';",
      "export * from './d.js';",
      "export type { E } from './e.js';",
      "const f = await import('./f.js');",
      "const g = require('./g.js');",
      "type H = import('./h.js').H;",
      'const name = "./i.js"; const i = await import(name);',
    ].join('\n');
    expect(importsOf(text).map((f) => [f.specifier, f.how, f.typeOnly, f.line])).toEqual([
      ['./a.js', 'from', false, 1],
      ['./b.js', 'from', true, 2],
      ['./c.js', 'sideEffect', false, 3],
      ['./d.js', 'from', false, 4],
      ['./e.js', 'from', true, 5],
      ['./f.js', 'dynamic', false, 6],
      ['./g.js', 'dynamic', false, 7],
      ['./h.js', 'typeReference', true, 8],
      [undefined, 'dynamic', false, 9],
    ]);
  });

  it('reads past comments and strings', () => {
    const text = [
      '/**',
      ' * @example',
      " * const m = await import('./x.js');",
      " * import './y.js';",
      ' */',
      "// import { z } from './z.js';",
      'const s = "import \'./w.js\'";',
    ].join('\n');
    expect(importsOf(text)).toEqual([]);
  });
});

describe('clockReadsOf', () => {
  it('finds Date.now, performance.now, process.hrtime, Temporal.Now and a bare new Date', () => {
    const text = [
      'const a = Date.now();',
      'const b = performance.now();',
      'const c = globalThis.performance.now();',
      'const d = new Date();',
      'const e = new Date;',
      'const f = Date();',
      'const g = process.hrtime.bigint();',
      'const h = Temporal.Now.instant();',
      'const clock = Date.now;',
    ].join('\n');
    expect(clockReadsOf(text).map((r) => `${r.line} ${r.what}`)).toEqual([
      '1 Date.now',
      '2 performance.now',
      '3 globalThis.performance.now',
      '4 new Date()',
      '5 new Date',
      '6 Date()',
      '7 process.hrtime',
      '8 Temporal.Now.instant',
      '9 Date.now',
    ]);
  });

  it('lets a date be converted, and ignores comments and strings', () => {
    const text = [
      "const a = new Date('2026-01-01T00:00:00Z');",
      'const b = new Date(Date.UTC(2026, 0, 1));',
      '/** @example new Date() and Date.now() in a comment */',
      "const c = 'performance.now()';",
    ].join('\n');
    expect(clockReadsOf(text)).toEqual([]);
  });
});

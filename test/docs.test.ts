/**
 * Every ```ts block in README.md and docs/*.md runs here against the source, and the comment
 * lines that end a block are the output it must print, line for line. Docs that drift fail.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRATCH = join(ROOT, 'test', '.docs-scratch');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

interface Block {
  readonly code: string;
  readonly expected: readonly string[];
  readonly line: number;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  for (const match of markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const lines = (match[1] ?? '').trimEnd().split('\n');
    const expected: string[] = [];
    while (lines.length > 0 && lines.at(-1)?.startsWith('// '))
      expected.unshift((lines.pop() ?? '').slice(3));
    found.push({
      code: lines.join('\n'),
      expected,
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return found;
}

/** `from 'guanai/x'` becomes the source module, so the docs run against this checkout. */
function againstSource(code: string): string {
  return code.replace(/from 'guanai(?:\/([a-z0-9-]+))?'/g, (_, sub?: string) => {
    const target = join(ROOT, 'src', sub ?? '', 'index.ts');
    return `from '${pathToFileURL(target).href}'`;
  });
}

mkdirSync(SCRATCH, { recursive: true });
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe.each(DOCS)('%s', (doc) => {
  const found = blocks(readFileSync(join(ROOT, doc), 'utf8'));
  it('has runnable examples', () => {
    expect(found.length).toBeGreaterThan(0);
  });
  it.each(found.map((block, index) => ({ ...block, index })))(
    'block at line $line runs and prints what it says',
    async (block) => {
      const file = join(SCRATCH, `${doc.replace(/[^a-z0-9]/gi, '_')}_${block.index}.ts`);
      writeFileSync(file, `${againstSource(block.code)}\nexport {};\n`);
      const printed: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(...format(...args).split('\n'));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        spy.mockRestore();
      }
      for (const line of block.expected) expect(printed).toContain(line);
    },
    // A block may pair and plan a township: seconds, more on a loaded two-core machine.
    30_000,
  );
});

/**
 * Every source reference in the code (`S14 L359`, in data and comments alike) resolves to an
 * item of SOURCES and a line it quotes; every citation's text is the source's own words; and
 * docs/sources.md shows the same table. Where the seed compilation sits beside the project
 * (../shared, not in CI) the quotes, titles and dates are checked against it word for word.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CITATIONS } from '../src/eligibility/index.js';
import {
  SOURCE_COMPILATION,
  SOURCES,
  type SourceDocument,
  type SourceRef,
  sourceRefs,
} from '../src/models/index.js';
import { DEFAULT_DUTIES } from '../src/scheduling/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, '..', 'shared', 'seeds', '000_9a72e5382c001606.txt');
const DOC = join(ROOT, 'docs', 'sources.md');
const ITEMS: Readonly<Record<string, SourceDocument>> = SOURCES;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.includes('.test') ? [path] : [];
  });
}

/** Every reference written in src, with the file it is in. */
const written = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text) => (/S\d{2}/.test(text) ? sourceRefs(text) : []))
    .map((ref) => ({ ref, file: relative(ROOT, file) })),
);

function quoted(ref: SourceRef): readonly string[] {
  const item = ITEMS[ref.source];
  if (!item || ref.line === undefined) return [];
  return [ref.line, ref.toLine ?? ref.line].flatMap((line) => item.quotes[line] ?? []);
}

describe('every source reference in the code', () => {
  it('finds the references (the scan works)', () => {
    expect(written.length).toBeGreaterThan(300);
  });

  it.each(written)('$file: $ref.source $ref.line resolves', ({ ref }) => {
    const item = ITEMS[ref.source];
    expect(item, `${ref.source} is not in SOURCES`).toBeDefined();
    for (const line of ref.line === undefined ? [] : [ref.line, ref.toLine ?? ref.line]) {
      expect(item?.quotes[line], `${ref.source} L${line} has no quote`).toBeDefined();
    }
  });

  it('lists no item and no line nothing cites', () => {
    const cited = new Set(
      written.flatMap(({ ref }) => [
        ref.source,
        ...(ref.line === undefined ? [] : [`${ref.source} L${ref.line}`]),
        ...(ref.toLine === undefined ? [] : [`${ref.source} L${ref.toLine}`]),
      ]),
    );
    for (const item of Object.values(ITEMS)) {
      expect(cited).toContain(item.id);
      for (const line of Object.keys(item.quotes)) expect(cited).toContain(`${item.id} L${line}`);
    }
  });
});

describe('the sources table', () => {
  it.each(Object.entries(ITEMS))('%s is well formed', (key, item) => {
    expect(item.id).toBe(key);
    const [first, last] = item.lines;
    for (const [line, quotes] of Object.entries(item.quotes)) {
      expect(Number(line)).toBeGreaterThan(first);
      expect(Number(line)).toBeLessThanOrEqual(last);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(quote.length).toBeGreaterThan(1);
    }
    if (item.date) expect(item.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    if (item.sameAs) expect(ITEMS[item.sameAs]?.sameAs).toBe(key);
  });

  it("quotes each citation's text word for word from the lines it cites", () => {
    const citations = [
      ...Object.values(RULE_CITATIONS),
      ...DEFAULT_DUTIES.map((duty) => duty.citation),
    ];
    for (const { source, text } of citations) {
      if (!source || !text) continue;
      const quotes = sourceRefs(source).flatMap(quoted);
      for (const piece of text.split(/；|……/)) {
        expect(
          quotes.some((quote) => quote.includes(piece)),
          `「${piece}」 not in ${source}`,
        ).toBe(true);
      }
    }
  });
});

describe.runIf(existsSync(SEED))('against the seed compilation (../shared)', () => {
  const lines = existsSync(SEED) ? readFileSync(SEED, 'utf8').split('\n') : [];

  it('has the title and date of the compilation', () => {
    expect(lines[0]?.trim()).toBe(SOURCE_COMPILATION.title);
    expect(lines[2]).toContain(`时间:${SOURCE_COMPILATION.published}`);
    expect(lines[2]).toContain(`作者:${SOURCE_COMPILATION.author}`);
  });

  it.each(Object.values(ITEMS))('$id: heading, dates, basis and quotes are verbatim', (item) => {
    const [first, last] = item.lines;
    expect(lines[first - 1]?.trim()).toBe(item.title);
    const body = lines.slice(first - 1, last).join('\n');
    if (item.dateStated) expect(body).toContain(item.dateStated);
    if (item.basis) expect(body).toContain(item.basis);
    for (const [line, quotes] of Object.entries(item.quotes)) {
      for (const quote of quotes) expect(lines[Number(line) - 1]).toContain(quote);
    }
  });
});

/** The prose cell "what guanai takes" of an item's row in the doc as it is (written by hand). */
function takes(doc: string, id: string): string {
  const row = doc.split('\n').find((line) => new RegExp(`^\\|\\s*${id}\\s*\\|`).test(line));
  return row?.split('|')[7]?.trim() ?? '';
}

/**
 * The generated part of docs/sources.md: one row per item (all from the code but the prose of
 * what guanai takes), then one row per quoted line.
 */
function generated(doc: string): string {
  const modules = (id: string) =>
    [
      ...new Set(
        written
          .filter(
            ({ ref, file }) =>
              ref.source === id && !file.includes('.test') && !file.startsWith('src/_lib/source'),
          )
          .map(({ file }) => file.split('/')[1]),
      ),
    ]
      .sort()
      .map((name) => `\`${name}\``)
      .join(', ');
  const date = (item: SourceDocument) =>
    item.date ?? (item.dateStated ? `not stated (text: ${item.dateStated})` : 'not stated');
  const items = Object.values(ITEMS).map(
    (item) =>
      `| ${item.id} | ${item.title} | ${item.kind} | ${item.issuer} | ${date(item)} | L${item.lines[0]}–L${item.lines[1]} | ${takes(doc, item.id) || 'TODO'} | ${modules(item.id)} |`,
  );
  const quotes = Object.values(ITEMS).flatMap((item) =>
    Object.entries(item.quotes).flatMap(([line, texts]) =>
      texts.map((text) => `| ${item.id} L${line} | 「${text.replaceAll('|', '\\|')}」 |`),
    ),
  );
  return [
    '| item | title (heading as published) | kind | issuer | date | lines | what guanai takes | cited in |',
    '| ---- | ---------------------------- | ---- | ------ | ---- | ----- | ----------------- | -------- |',
    ...items,
    '',
    '| line | the words guanai takes from it |',
    '| ---- | ------------------------------ |',
    ...quotes,
  ].join('\n');
}

describe('docs/sources.md', () => {
  it('shows the table in the code (UPDATE_SOURCES_DOC=1 rewrites it)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [before, rest = ''] = doc.split('<!-- sources:begin -->\n');
    const after = rest.split('<!-- sources:end -->')[1] ?? '';
    const fresh = `${before}<!-- sources:begin -->\n${generated(doc)}\n<!-- sources:end -->${after}`;
    if (process.env.UPDATE_SOURCES_DOC) writeFileSync(DOC, fresh);
    // The formatter pads the tables' columns: compare with runs of spaces and dashes folded.
    const folded = (text: string) => text.replaceAll(/ {2,}/g, ' ').replaceAll(/-{3,}/g, '---');
    expect(folded(doc)).toBe(folded(fresh));
    expect(doc).not.toMatch(/\|\s*TODO\s*\|/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const examples = Object.entries(pkg.scripts).filter(([name]) => name.startsWith('example:'));

describe('the examples’ npm scripts', () => {
  it('make sure of dist/ (built once, JavaScript only), then run the example with tsx', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const [name, script] of examples)
      expect(script, name).toMatch(/^node test\/build\/ensureDist\.mjs && tsx examples\/\S+\.ts$/);
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isDistFresh } from '../build/distStamp.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/**
 * What an example printed, run as its npm script runs it (tsx, resolving `guanai` to dist/).
 * The tests are of the package as published, so dist/ must be `npm run build`'s, of the sources
 * as they are: neither an older build nor the examples' own JavaScript-only one.
 */
export async function runExample(
  file: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
  if (!isDistFresh(root, ['package']))
    throw new Error('dist/ is not the package built from these sources: run `npm run build` first');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The npm script that runs an example, so a test can check the README's command exists. */
export function npmScript(name: string): string | undefined {
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}/`), 'utf8'));
  return pkg.scripts?.[name];
}

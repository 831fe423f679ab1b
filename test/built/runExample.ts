import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** What an example printed, run as its npm script runs it (tsx, resolving `guanai` to dist/). */
export async function runExample(
  file: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<string> {
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

/** Bundle a snippet with esbuild as a browser or mini-program bundler would, and measure it. */
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '..');

export interface BundleSize {
  readonly min: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Minified ESM browser bundle of `source` (resolved from the project root); externals left out. */
export async function bundledSize(
  source: string,
  external: readonly string[] = [],
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: [...external],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

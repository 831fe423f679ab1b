/**
 * A tiny static server for the browser page. On start it bundles `app.ts` with esbuild, as an
 * app's bundler would: `guanai/…` resolves through the package's exports to the built ESM in
 * dist/, and zod and rrule come from node_modules (rrule's ESM has extensionless imports, which
 * a browser cannot load without a bundler).
 */

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

export interface PageServer {
  readonly url: string;
  /** Size of the page's script in bytes, and gzipped as served to browsers that accept it. */
  readonly scriptBytes: { readonly raw: number; readonly gzip: number };
  close(): Promise<void>;
}

/** Bundle the page's script and serve the page on 127.0.0.1 (port 0: any free port). */
export async function startServer(port = 0): Promise<PageServer> {
  const bundle = await build({
    entryPoints: [`${here}app.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'external',
    outdir: here,
    write: false,
    logLevel: 'silent',
  });
  const files = new Map<string, { type: string; body: Uint8Array; gzip: Uint8Array }>();
  const add = (name: string, type: string, body: Uint8Array) =>
    files.set(name, { type, body, gzip: gzipSync(body) });
  add('/', 'text/html; charset=utf-8', await readFile(`${here}index.html`));
  for (const file of bundle.outputFiles) {
    const name = `/${file.path.slice(here.length)}`;
    add(
      name,
      name.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
      file.contents,
    );
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path === '/index.html' ? '/' : path);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  const script = files.get('/app.js');
  return {
    url: `http://127.0.0.1:${bound}/`,
    scriptBytes: { raw: script?.body.length ?? 0, gzip: script?.gzip.length ?? 0 },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * A throwaway Redis for the example and the tests: `redis-server` (the Debian package) in a
 * temporary directory, on a free port, without persistence unless asked for; stopped with the
 * process that started it.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayRedis {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Stop it (SIGKILL when `hard`, as a crash) and keep its directory for a restart. */
  stop(options?: { readonly hard?: boolean }): Promise<void>;
  /** Start it again on the same port and directory (reading its append-only file, if any). */
  restart(): Promise<void>;
  /** Stop it and delete its directory. */
  dispose(): Promise<void>;
}

export interface RedisOptions {
  /** Append-only persistence, fsync on every write (default off: the example needs none). */
  readonly appendOnly?: boolean;
}

/** A free TCP port on 127.0.0.1, as the kernel hands one out. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/** Start `redis-server` on a free port in a new temporary directory. */
export async function startRedis(options: RedisOptions = {}): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'guanai-redis-'));
  const port = await freePort();
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    options.appendOnly ? 'yes' : 'no',
    '--appendfsync',
    'always',
    // BullMQ needs every key kept: never evict.
    '--maxmemory-policy',
    'noeviction',
  ];
  let child: ChildProcess | undefined;
  const launch = async () => {
    const started = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      started.once('error', (error) =>
        reject(
          new Error(
            `could not start redis-server (${error.message}): install it (Debian: apt-get install redis-server) or give REDIS_URL`,
          ),
        ),
      );
      started.once('spawn', () => resolve());
    });
    child = started;
    await waitForPing(port);
  };
  const stop = async ({ hard = false } = {}) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop,
    restart: launch,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until Redis answers PING (it loads its append-only file before it does). */
async function waitForPing(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.setTimeout(500);
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

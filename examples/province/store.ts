/**
 * The result store: SQLite by default (one file that the submitter and every worker process on
 * the machine open; on many machines, the app's shared database plays its part), and Redis
 * where the app wants results beside the queue. Both write a job's result once: the job id is
 * the key, a second write of the same id changes nothing and must carry the same digest.
 *
 * Tables follow the SQLite example's (`examples/sqlite-app/store.ts`): guanai's records whole
 * as JSON beside the columns queries need, here keyed by job as well, since the sample's ids
 * (`E-000001` …) repeat from county to county.
 */

import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import { type CountyInput, inputDigestOf, type ProvinceJobData, type TaskResult } from './jobs.js';

export type Db = Database.Database;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS county_inputs (
    input_digest TEXT PRIMARY KEY,
    county_code  TEXT NOT NULL,
    record       TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS job_results (
    job_id       TEXT PRIMARY KEY,
    county_code  TEXT NOT NULL,
    task         TEXT NOT NULL,
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    input_digest TEXT NOT NULL REFERENCES county_inputs (input_digest),
    digest       TEXT NOT NULL,
    summary      TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS pairings (
    job_id   TEXT NOT NULL REFERENCES job_results (job_id),
    id       TEXT NOT NULL,
    elder_id TEXT NOT NULL,
    record   TEXT NOT NULL,
    PRIMARY KEY (job_id, id)
  );
  CREATE TABLE IF NOT EXISTS scheduled_visits (
    job_id       TEXT NOT NULL REFERENCES job_results (job_id),
    key          TEXT NOT NULL,
    elder_id     TEXT NOT NULL,
    scheduled_on TEXT NOT NULL,
    caregiver_id TEXT NOT NULL,
    PRIMARY KEY (job_id, key)
  );
  CREATE TABLE IF NOT EXISTS writes (
    n      INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL
  );
`;

/** Open (and create if new) the store; WAL and a busy timeout let several processes share it. */
export function openStore(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

/** Store a county's input rows under their digest (once) and return the digest. */
export function saveInput(db: Db, input: CountyInput): string {
  const digest = inputDigestOf(input);
  db.prepare(
    'INSERT OR IGNORE INTO county_inputs (input_digest, county_code, record) VALUES (?, ?, ?)',
  ).run(digest, input.countyCode, JSON.stringify(input));
  return digest;
}

/** A county's input rows by digest, or undefined when the store has none. */
export function readInput(db: Db, digest: string): CountyInput | undefined {
  const row = db.prepare('SELECT record FROM county_inputs WHERE input_digest = ?').get(digest) as
    | { record: string }
    | undefined;
  return row ? (JSON.parse(row.record) as CountyInput) : undefined;
}

/** Whether a write stored the result or found it stored already (a retry or a duplicate). */
export type WriteOutcome = 'inserted' | 'duplicate';

/**
 * Write a job's result and its rows in one transaction, once. A result already stored under
 * the job id is left alone; if its digest differs, the job is not deterministic and this throws.
 */
export function saveResult(
  db: Db,
  jobId: string,
  data: ProvinceJobData,
  result: TaskResult,
  options: { readonly rows?: boolean } = {},
): WriteOutcome {
  const write = db.transaction((): WriteOutcome => {
    const inserted = db
      .prepare(
        `INSERT OR IGNORE INTO job_results
         (job_id, county_code, task, period_from, period_to, input_digest, digest, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        jobId,
        data.county,
        data.task,
        data.period.from,
        data.period.to,
        data.inputDigest,
        result.digest,
        JSON.stringify(result.summary),
      );
    if (inserted.changes === 0) {
      const stored = db.prepare('SELECT digest FROM job_results WHERE job_id = ?').get(jobId) as {
        digest: string;
      };
      if (stored.digest !== result.digest)
        throw new Error(`${jobId}: stored digest ${stored.digest} differs from ${result.digest}`);
      return 'duplicate';
    }
    db.prepare('INSERT INTO writes (job_id) VALUES (?)').run(jobId);
    if (options.rows !== false && result.rows) {
      const pairing = db.prepare(
        'INSERT INTO pairings (job_id, id, elder_id, record) VALUES (?, ?, ?, ?)',
      );
      for (const p of result.rows.pairings) pairing.run(jobId, p.id, p.elderId, p.record);
      const visit = db.prepare(
        'INSERT INTO scheduled_visits (job_id, key, elder_id, scheduled_on, caregiver_id) VALUES (?, ?, ?, ?, ?)',
      );
      for (const v of result.rows.visits) visit.run(jobId, v.key, v.elderId, v.date, v.caregiverId);
    }
    return 'inserted';
  });
  return write.immediate();
}

/** A stored result, as the merge reads it. */
export interface StoredResult {
  readonly jobId: string;
  readonly county: string;
  readonly task: string;
  readonly digest: string;
  readonly summary: Readonly<Record<string, unknown>>;
}

/** The stored results of some jobs, in the order of the ids given (missing ones left out). */
export function readResults(db: Db, jobIds: readonly string[]): StoredResult[] {
  const one = db.prepare(
    'SELECT job_id AS jobId, county_code AS county, task, digest, summary FROM job_results WHERE job_id = ?',
  );
  return jobIds.flatMap((id) => {
    const row = one.get(id) as (Omit<StoredResult, 'summary'> & { summary: string }) | undefined;
    return row ? [{ ...row, summary: JSON.parse(row.summary) }] : [];
  });
}

/** Row counts of the result tables (and of writes, one per stored result ever). */
export function countRows(db: Db): Record<'results' | 'pairings' | 'visits' | 'writes', number> {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    results: count('job_results'),
    pairings: count('pairings'),
    visits: count('scheduled_visits'),
    writes: count('writes'),
  };
}

/**
 * The same write to Redis: the result under `guanai:result:<job id>` with SET NX, so the
 * first write wins and a second with another digest is an error, as in SQLite. (Rows stay in
 * SQLite: Redis holds the queue and, here, small summaries.)
 */
export async function saveResultToRedis(
  redis: Redis,
  jobId: string,
  result: TaskResult,
): Promise<WriteOutcome> {
  const key = `guanai:result:${jobId}`;
  const value = JSON.stringify({ digest: result.digest, summary: result.summary });
  const set = await redis.set(key, value, 'NX');
  if (set === 'OK') return 'inserted';
  const stored = JSON.parse((await redis.get(key)) ?? '{}') as { digest?: string };
  if (stored.digest !== result.digest)
    throw new Error(`${jobId}: stored digest ${stored.digest} differs from ${result.digest}`);
  return 'duplicate';
}

/**
 * The app's storage: one SQLite file. Each row keeps guanai's record whole as JSON, beside the
 * few columns the app's screens query (ids, village codes, dates); reading a row back means
 * parsing its JSON through guanai's schemas again.
 */

import Database from 'better-sqlite3';
import type { Caregiver, Elder, Pairing, VillageArea } from 'guanai';
import type { ScheduledCaregiver, VisitRecord } from 'guanai/compliance';
import type { Occurrence, VisitPlan } from 'guanai/recurrence';
import type { ScheduledVisit } from 'guanai/scheduling';

export type Db = Database.Database;

const SCHEMA = `
  CREATE TABLE villages (
    code          TEXT PRIMARY KEY,
    township_code TEXT NOT NULL,
    name          TEXT NOT NULL
  );
  CREATE TABLE elders (
    id           TEXT PRIMARY KEY,
    village_code TEXT NOT NULL REFERENCES villages (code),
    record       TEXT NOT NULL
  );
  CREATE TABLE caregivers (
    id          TEXT PRIMARY KEY,
    region_code TEXT NOT NULL,
    record      TEXT NOT NULL
  );
  CREATE TABLE pairings (
    id           TEXT PRIMARY KEY,
    elder_id     TEXT NOT NULL REFERENCES elders (id),
    caregiver_id TEXT NOT NULL REFERENCES caregivers (id),
    record       TEXT NOT NULL
  );
  CREATE TABLE visit_plans (
    id     TEXT PRIMARY KEY,
    record TEXT NOT NULL
  );
  CREATE TABLE planned_visits (
    key          TEXT PRIMARY KEY,
    plan_id      TEXT NOT NULL REFERENCES visit_plans (id),
    elder_id     TEXT NOT NULL REFERENCES elders (id),
    village_code TEXT NOT NULL REFERENCES villages (code),
    due          TEXT NOT NULL,
    scheduled_on TEXT,
    caregiver_id TEXT REFERENCES caregivers (id),
    record       TEXT NOT NULL
  );
  CREATE INDEX planned_visits_by_day ON planned_visits (scheduled_on, caregiver_id);
  CREATE TABLE visit_records (
    id             TEXT PRIMARY KEY,
    occurrence_key TEXT REFERENCES planned_visits (key),
    elder_id       TEXT NOT NULL REFERENCES elders (id),
    village_code   TEXT NOT NULL REFERENCES villages (code),
    visited_on     TEXT NOT NULL,
    recorded_on    TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    record         TEXT NOT NULL
  );
  CREATE INDEX visit_records_by_village ON visit_records (village_code, visited_on);
`;

/** The tables, in the order they are filled. */
export const TABLES = [
  'villages',
  'elders',
  'caregivers',
  'pairings',
  'visit_plans',
  'planned_visits',
  'visit_records',
] as const;

/** Create a new database file with the app's schema. */
export function createStore(path: string): Db {
  const db = new Database(path, { fileMustExist: false });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

/** Open an existing database file. */
export function openStore(path: string): Db {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  return db;
}

/** Store the township's villages and its validated ledger, in one transaction. */
export function saveLedger(
  db: Db,
  villages: readonly (VillageArea & { townshipCode: string })[],
  elders: readonly Elder[],
  caregivers: readonly Caregiver[],
): void {
  const village = db.prepare('INSERT INTO villages VALUES (?, ?, ?)');
  const elder = db.prepare('INSERT INTO elders VALUES (?, ?, ?)');
  const caregiver = db.prepare('INSERT INTO caregivers VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const v of villages) village.run(v.code, v.townshipCode, v.name);
    for (const e of elders) elder.run(e.id, e.residence.villageCode, JSON.stringify(e));
    for (const c of caregivers) caregiver.run(c.id, c.home.regionCode, JSON.stringify(c));
  })();
}

/** Store the pairings, each with its primary caregiver as a column. */
export function savePairings(db: Db, pairings: readonly Pairing[]): void {
  const insert = db.prepare('INSERT INTO pairings VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const p of pairings) {
      const primary = p.members.find((m) => m.role === 'primary' && !m.to);
      insert.run(p.id, p.elderId, primary?.caregiverId, JSON.stringify(p));
    }
  })();
}

/** Store the plans and the month's planned visits, with the day and caregiver planned. */
export function saveVisits(
  db: Db,
  plans: readonly VisitPlan[],
  visits: readonly Occurrence[],
  scheduled: readonly ScheduledVisit[],
  villageOf: (elderId: string) => string,
): void {
  const plan = db.prepare('INSERT INTO visit_plans VALUES (?, ?)');
  const visit = db.prepare('INSERT INTO planned_visits VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const placed = new Map(scheduled.map((s) => [s.occurrenceKey, s]));
  db.transaction(() => {
    for (const p of plans) plan.run(p.id, JSON.stringify(p));
    for (const v of visits) {
      const s = placed.get(v.key);
      visit.run(
        v.key,
        v.planId,
        v.subject,
        villageOf(v.subject),
        v.due,
        s?.date ?? null,
        s?.caregiverId ?? null,
        JSON.stringify(v),
      );
    }
  })();
}

/** Store one day's validated visit records, all or none. */
export function saveRecords(
  db: Db,
  records: readonly VisitRecord[],
  villageOf: (elderId: string) => string,
): void {
  const insert = db.prepare('INSERT INTO visit_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of records)
      insert.run(
        r.id,
        r.occurrenceKey ?? null,
        r.elderId,
        villageOf(r.elderId),
        r.on,
        r.recordedOn,
        r.outcome,
        JSON.stringify(r),
      );
  })();
}

/** Every row's JSON of a table, in the order it was stored: unknown data until parsed. */
export function readRecords(
  db: Db,
  table: Exclude<(typeof TABLES)[number], 'villages'>,
): unknown[] {
  return db
    .prepare(`SELECT record FROM ${table} ORDER BY rowid`)
    .pluck()
    .all()
    .map((json) => JSON.parse(json as string));
}

/** Each village's name by code. */
export function villageNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT code, name FROM villages').all() as {
    code: string;
    name: string;
  }[];
  return new Map(rows.map((row) => [row.code, row.name]));
}

/** Who the stored schedule gave each planned visit to: what tracking needs to credit a deputy. */
export function readScheduled(db: Db): ScheduledCaregiver[] {
  return db
    .prepare(
      'SELECT key AS occurrenceKey, caregiver_id AS caregiverId FROM planned_visits WHERE caregiver_id IS NOT NULL ORDER BY rowid',
    )
    .all() as ScheduledCaregiver[];
}

/** How many rows each table holds. */
export function rowCounts(db: Db): Record<(typeof TABLES)[number], number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
  ) as Record<(typeof TABLES)[number], number>;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseLedger } from 'guanai';
import { coverage } from 'guanai/compliance';
import { expandPlans } from 'guanai/recurrence';
import { pairElders, planVisits } from 'guanai/scheduling';
import { afterAll, describe, expect, it } from 'vitest';
import { MONTH, monthLog, monthPlans, sampleTownship } from '../../examples/sqlite-app/township.js';
import { npmScript, runExample } from './runExample.js';

/** The same month made in memory, without SQLite: what the app must report after its restart. */
function inMemory() {
  const sample = sampleTownship();
  const ledger = parseLedger({ elders: sample.elders, caregivers: sample.caregivers });
  const pairing = pairElders(
    { elders: ledger.elders, caregivers: ledger.caregivers },
    { asOf: MONTH.from },
  );
  const plans = monthPlans(ledger.elders, pairing.pairings);
  const visits = [...expandPlans(plans, MONTH)];
  const schedule = planVisits(visits, {
    elders: ledger.elders,
    caregivers: ledger.caregivers,
    pairings: pairing.pairings,
  });
  const log = monthLog(visits, schedule.visits);
  const rows = coverage(
    {
      occurrences: visits,
      records: log,
      elders: ledger.elders,
      pairings: pairing.pairings,
      scheduled: schedule.visits,
    },
    { asOf: MONTH.to, from: MONTH.from, to: MONTH.to, by: 'village' },
  );
  return { sample, pairing, plans, visits, log, rows };
}

describe('examples/sqlite-app.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guanai-sqlite-app-test-'));
  const path = join(dir, 'app.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has its npm script', () => {
    expect(npmScript('example:sqlite-app')).toContain('examples/sqlite-app.ts');
  });

  it('reports, after reopening the file, the coverage computed without a database', async () => {
    const out = await runExample('examples/sqlite-app.ts', [path]);
    const expected = inMemory();

    expect(out).toContain('拒收：第 40 行 notDoneReason：未完成的走访须填写原因');
    expect(out).toContain('rejected: row 40 notDoneReason: A visit not done needs a reason');
    const printed = [
      ...out.matchAll(
        /^ {2}(\d{12}) {2}\S+\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)%$/gm,
      ),
    ].map((m) => [m[1], ...m.slice(2, 8).map(Number), m[8]]);
    expect(printed).toEqual(
      expected.rows.map((r) => [
        r.group,
        r.due,
        r.completed,
        r.notDone,
        r.overdue,
        r.expired,
        r.pending,
        (100 * r.completionRate).toFixed(1),
      ]),
    );
    expect(printed.length).toBe(6);

    const db = new Database(path, { readonly: true, fileMustExist: true });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    try {
      expect({
        villages: count('villages'),
        elders: count('elders'),
        caregivers: count('caregivers'),
        pairings: count('pairings'),
        visit_plans: count('visit_plans'),
        planned_visits: count('planned_visits'),
        visit_records: count('visit_records'),
      }).toEqual({
        villages: 6,
        elders: expected.sample.elders.length,
        caregivers: expected.sample.caregivers.length,
        pairings: expected.pairing.pairings.length,
        visit_plans: expected.plans.length,
        planned_visits: expected.visits.length,
        visit_records: expected.log.length,
      });
    } finally {
      db.close();
    }
  });
});

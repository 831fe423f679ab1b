/**
 * `npm run example:sqlite-app [-- path/to/new.db]`: guanai inside an app that keeps its data
 * in SQLite. The app stores a township's ledger, pairings and a month of planned visits, takes
 * the visit log day by day (validated before it is written), then — as after a restart — reads
 * everything back from the file, parses it through guanai's schemas again, and reports the
 * month's coverage by village.
 */

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { formatRowIssue, parseLedger, parseRows, plainDate } from 'guanai';
import { coverage, matchRecords, parseVisitRecords, type VisitRecord } from 'guanai/compliance';
import { expandPlans, VisitPlan } from 'guanai/recurrence';
import { pairElders, planVisits } from 'guanai/scheduling';
import { languageOf, positional, translator } from './language.js';
import {
  createStore,
  openStore,
  readRecords,
  readScheduled,
  rowCounts,
  saveLedger,
  savePairings,
  saveRecords,
  saveVisits,
  villageNames,
} from './sqlite-app/store.js';
import { MONTH, monthLog, monthPlans, sampleTownship } from './sqlite-app/township.js';

// `-- --lang en` prints in English; Simplified Chinese by default (rejected rows in both).
const args = process.argv.slice(2);
const locale = languageOf(args, 'zh-CN');
const t = translator(locale);
const bothLanguages = !args.some((arg) => arg.startsWith('--lang'));
const path =
  positional(args)[0] ?? join(mkdtempSync(join(tmpdir(), 'guanai-sqlite-app-')), 'app.db');
if (existsSync(path)) throw new Error(`${path} exists already: give the path of a new file`);

// 1. The ledger: validated as a batch, then stored (the sample has no bad rows).
const sample = sampleTownship();
const ledger = parseLedger({ elders: sample.elders, caregivers: sample.caregivers });
if (ledger.invalid.length > 0) throw new Error('the sample ledger should be valid');
const db = createStore(path);
const villages = sample.county.townships.flatMap((t) =>
  t.villages.map((v) => ({ ...v, townshipCode: t.code })),
);
saveLedger(db, villages, ledger.elders, ledger.caregivers);
const villageOf = new Map<string, string>(
  ledger.elders.map((e) => [e.id, e.residence.villageCode]),
);
const village = (elderId: string) => villageOf.get(elderId) as string;

// 2. Pairing and the month's plan.
const pairing = pairElders(
  { elders: ledger.elders, caregivers: ledger.caregivers },
  { asOf: MONTH.from },
);
savePairings(db, pairing.pairings);
const plans = monthPlans(ledger.elders, pairing.pairings);
const visits = [...expandPlans(plans, MONTH)];
const schedule = planVisits(visits, {
  elders: ledger.elders,
  caregivers: ledger.caregivers,
  pairings: pairing.pairings,
});
saveVisits(db, plans, visits, schedule.visits, village);
console.log(t(`数据库：${path}`, `Database: ${path}`));
const place = `${sample.county.name}${sample.county.townships[0]?.name}`;
console.log(
  t(
    `${place}：老人 ${ledger.elders.length} 人、帮扶人员 ${ledger.caregivers.length} 人入库；结对 ${pairing.pairings.length} 对；${MONTH.from} 至 ${MONTH.to} 计划走访 ${visits.length} 次（已排定 ${schedule.stats.placed} 次）`,
    `${place}: ${ledger.elders.length} elders and ${ledger.caregivers.length} caregivers stored; ${pairing.pairings.length} pairings; ${visits.length} visits planned from ${MONTH.from} to ${MONTH.to} (${schedule.stats.placed} scheduled)`,
  ),
);

// 3. The visit log, day by day as caregivers send it: JSON from their phones, validated
// against the ledger before each day's transaction. One typed row lacks a reason.
const log = monthLog(visits, schedule.visits);
const byDay = new Map<string, VisitRecord[]>();
for (const record of log)
  byDay.set(record.recordedOn, [...(byDay.get(record.recordedOn) ?? []), record]);
const elderIds = new Set<string>(villageOf.keys());
const caregiverIds = new Set<string>(ledger.caregivers.map((c) => c.id));
let stored = 0;
let rejected = 0;
for (const [day, records] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
  const rows: unknown[] = JSON.parse(JSON.stringify(records));
  if (day === '2026-09-10') {
    const visited = records[0];
    rows.push({
      id: 'R-typed-1',
      elderId: visited?.elderId,
      caregiverIds: visited?.caregiverIds,
      on: day,
      channel: 'inPerson',
      outcome: 'notDone',
      recordedOn: day,
    });
  }
  const parsed = parseVisitRecords(rows, { asOf: plainDate(day), elderIds, caregiverIds });
  for (const bad of parsed.invalid)
    for (const issue of bad.issues) {
      if (bothLanguages || locale === 'zh-CN')
        console.log(`${day} 拒收：${formatRowIssue(bad.index, issue)}`);
      if (bothLanguages || locale === 'en')
        console.log(`${day} rejected: ${formatRowIssue(bad.index, issue, { locale: 'en' })}`);
    }
  saveRecords(db, parsed.records, village);
  stored += parsed.records.length;
  rejected += parsed.invalid.length;
}
console.log(
  t(
    `走访记录：${byDay.size} 天共收到 ${stored + rejected} 条，入库 ${stored} 条，拒收 ${rejected} 条`,
    `Visit records: ${stored + rejected} received over ${byDay.size} days, ${stored} stored, ${rejected} rejected`,
  ),
);

// The columns are there for the app's own queries, e.g. a caregiver's busiest day of home
// visits (SQLite reads inside the JSON too).
const busiest = db
  .prepare(
    `SELECT caregiver_id AS caregiverId, scheduled_on AS day, count(*) AS homes
     FROM planned_visits
     WHERE scheduled_on IS NOT NULL AND json_extract(record, '$.channel') = 'inPerson'
     GROUP BY caregiver_id, scheduled_on ORDER BY homes DESC, day, caregiver_id LIMIT 1`,
  )
  .get() as { caregiverId: string; day: string; homes: number };
console.log(
  t(
    `入户最多的一天（SQL）：${busiest.caregiverId} 于 ${busiest.day} 入户 ${busiest.homes} 次`,
    `Busiest day of home visits (SQL): ${busiest.caregiverId} on ${busiest.day}, ${busiest.homes} homes`,
  ),
);
db.close();

// 4. As after a restart: open the file, and parse every row through guanai's schemas again.
const reopened = openStore(path);
const names = villageNames(reopened);
const stock = parseLedger({
  elders: readRecords(reopened, 'elders'),
  caregivers: readRecords(reopened, 'caregivers'),
  pairings: readRecords(reopened, 'pairings'),
});
const storedPlans = parseRows(VisitPlan, readRecords(reopened, 'visit_plans'), (p) => p.id);
const storedLog = parseVisitRecords(readRecords(reopened, 'visit_records'), {
  asOf: MONTH.to,
  elderIds: new Set(stock.elders.map((e) => e.id)),
});
const rejectedOnRead = stock.invalid.length + storedPlans.invalid.length + storedLog.invalid.length;
if (rejectedOnRead > 0) throw new Error(`${rejectedOnRead} stored rows no longer validate`);
// Planned visits are derived data: expand the stored plans again; their stable keys and
// windows must be what was stored.
const occurrences = [...expandPlans(storedPlans.valid, MONTH)];
const storedVisits = readRecords(reopened, 'planned_visits');
if (!isDeepStrictEqual(storedVisits, JSON.parse(JSON.stringify(occurrences))))
  throw new Error('the stored planned visits differ from the stored plans expanded again');
const counts = JSON.stringify(rowCounts(reopened));
console.log(
  t(
    `重新打开数据库：${counts}，全部通过校验；计划走访与重新展开的计划一致`,
    `Database reopened: ${counts}, every row valid; the planned visits equal the plans expanded again`,
  ),
);
const scheduledOnFile = readScheduled(reopened);
reopened.close();

// 5. The month's coverage by village, from what was read back.
// A duty's visit counts when its holder, or the colleague the schedule gave it to, made it.
const tracked = { pairings: stock.pairings, scheduled: scheduledOnFile };
const match = matchRecords(occurrences, storedLog.records, tracked);
console.log(
  t(
    `\n${MONTH.from} 至 ${MONTH.to} 按村统计（统计日 ${MONTH.to}）`,
    `\nBy village, ${MONTH.from} to ${MONTH.to} (as of ${MONTH.to})`,
  ),
);
console.log(
  t(
    '  村代码        村名      应访  已访  未访  逾期  过期  待访  完成率',
    '  village code  name       due  done   not  late  gone  open    rate',
  ),
);
for (const row of coverage(
  { occurrences, records: storedLog.records, elders: stock.elders, match, ...tracked },
  { asOf: MONTH.to, from: MONTH.from, to: MONTH.to, by: 'village' },
)) {
  const cells = [row.due, row.completed, row.notDone, row.overdue, row.expired, row.pending];
  console.log(
    `  ${row.group}  ${(names.get(row.group) ?? '').padEnd(4, '　')}${cells.map((n) => String(n).padStart(6)).join('')}  ${(100 * row.completionRate).toFixed(1).padStart(5)}%`,
  );
}

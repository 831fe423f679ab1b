/**
 * `npm run example:month-schedule [outDir]`: September's visits for the sample township, planned
 * and written as one iCalendar file per caregiver (`<outDir>/<caregiverId>.ics`), to import
 * into the calendar of their phone. Without `outDir`, a fresh folder in the system's temp dir.
 * `-- --lang en` prints, and writes the calendars, in English; Simplified Chinese by default.
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyLedger } from 'guanai/eligibility';
import { toICalendar } from 'guanai/ical';
import { indexAreas, PlainDateTime, parseLedger, plainDate } from 'guanai/models';
import { expandPlans, planFromPreset } from 'guanai/recurrence';
import { generateSampleCounty } from 'guanai/sample';
import { pairElders, planVisits, type ScheduledVisit } from 'guanai/scheduling';
import { languageOf, positional, translator } from './language.js';

const argv = process.argv.slice(2);
const locale = languageOf(argv, 'zh-CN');
const t = translator(locale);
const outDir = positional(argv)[0] ?? mkdtempSync(join(tmpdir(), 'guanai-month-'));
mkdirSync(outDir, { recursive: true });

// The quick start's township and month: ledger, 留守 and 空巢 elders paired, the programme's plans.
const asOf = plainDate('2026-09-01');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});
const ledger = parseLedger(sample);
const areas = indexAreas(sample.county);
const { results } = classifyLedger(ledger.elders, { asOf, areas });
const cared = new Set(
  results
    .filter((r) => r.statuses.leftBehindElder === 'yes' || r.statuses.emptyNestElder === 'yes')
    .map((r) => r.elderId),
);
const priority = new Set(
  results.filter((r) => r.statuses.priorityTarget === 'yes').map((r) => r.elderId),
);
const pairing = pairElders(
  { elders: ledger.elders.filter((e) => cared.has(e.id)), caregivers: ledger.caregivers },
  { asOf, priority: (elder) => priority.has(elder.id) },
);
// The 包保 cadres' weekly visit and monthly call go to each 空巢 elder (spec §5.1 K01–K02), the
// census and festival visits to every elder paired.
const emptyNest = results.filter((r) => r.statuses.emptyNestElder === 'yes').map((r) => r.elderId);
const contract = { whom: { elders: emptyNest }, validFrom: asOf };
const everyone = { whom: { elders: [...cared] }, validFrom: asOf };
const plans = [
  planFromPreset('townshipCadreWeeklyVisit', { id: 'weekly', ...contract }),
  planFromPreset('villageCadreMonthlyChildContact', {
    id: 'children',
    ...contract,
    time: '19:00',
    durationMinutes: 10,
  }),
  planFromPreset('census', { id: 'census', ...everyone }),
  planFromPreset('festivalVisits', { id: 'festivals', ...everyone }),
];
const visits = [...expandPlans(plans, { from: asOf, to: plainDate('2026-09-30') })];
const schedule = planVisits(
  visits,
  { elders: ledger.elders, caregivers: ledger.caregivers, pairings: pairing.pairings },
  { from: asOf },
);

// Each caregiver's share of the schedule, as planVisits gave it: day, elder and stop of the route.
const mine = new Map<string, ScheduledVisit[]>();
for (const scheduled of schedule.visits) {
  const list = mine.get(scheduled.caregiverId) ?? [];
  list.push(scheduled);
  mine.set(scheduled.caregiverId, list);
}

// One file per caregiver. Names only: the file leaves the office (PIPL), so no ID numbers.
const elders = new Map(ledger.elders.map((e) => [e.id as string, e]));
const villageOf = (id: string) => {
  const elder = elders.get(id);
  return elder && areas.get(elder.residence.villageCode)?.name;
};
console.log(outDir);
const caregiverNames = new Map(ledger.caregivers.map((c) => [c.id as string, c.name]));
for (const caregiver of ledger.caregivers) {
  const events = mine.get(caregiver.id);
  if (!events) continue;
  // The schedule goes in as it is: each visit on its planned day, its route stop described;
  // home visits all day, the evening calls at the plan's 19:00 China time.
  const ics = toICalendar(
    { visits: events, occurrences: visits },
    {
      stamp: PlainDateTime.parse(`${asOf}T08:00`), // when the file was made: fixed, not the clock
      calendarName: `${caregiver.name} · ${t('九月走访', 'September visits')}`,
      locale,
      subjectName: (visit) => elders.get(visit.subject)?.name,
      location: (visit) => villageOf(visit.subject),
      caregiverName: (id) => caregiverNames.get(id),
    },
  );
  writeFileSync(join(outDir, `${caregiver.id}.ics`), ics);
  console.log(
    t(
      `  ${caregiver.id}.ics　${caregiver.name}　${events.length} 次`,
      `  ${caregiver.id}.ics  ${caregiver.name}  ${events.length} visit${events.length === 1 ? '' : 's'}`,
    ),
  );
}
const idle = ledger.caregivers.length - mine.size;
console.log(
  t(
    `${mine.size} 个文件，共 ${schedule.visits.length} 次走访；${idle} 名帮扶人本月无走访`,
    `${mine.size} files, ${schedule.visits.length} visits in all; ${idle} caregivers have no visits this month`,
  ),
);

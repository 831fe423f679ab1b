/**
 * `npm run demo`: a sample township from guanai's generator, validated as a ledger, with one
 * deliberately bad row, and a summary an official would read. `npm run demo -- --lang en`
 * prints it in English (names and places stay as they are written).
 */

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayInfo, festivalDate, nextWorkingDay } from '../src/calendar/index.js';
import {
  coverage,
  escalations,
  holderSummary,
  matchRecords,
  supervisionSummary,
  VisitRecord,
} from '../src/compliance/index.js';
import { CATEGORY_KEYS, classifyElder, classifyLedger } from '../src/eligibility/index.js';
import {
  abilityAssessed,
  CaseEvent,
  censusUpdates,
  childCameHome,
  FactUpdate,
  followUp,
  ledgerChanges,
  parseCensusRecords,
  ReferralEvent,
  replayReferrals,
  spouseDied,
  tasksFor,
  verificationBacklog,
} from '../src/followup/index.js';
import {
  describeTask,
  enTasks,
  explainClassification,
  formatFactPath,
  reportTable,
  zhCNTasks,
} from '../src/i18n/index.js';
import { tasksToICalendar, toICalendar } from '../src/ical/index.js';
import {
  AbilityLevel,
  addDays,
  assessmentOn,
  type Elder,
  formatRowIssue,
  indexAreas,
  isoWeekdayOf,
  LivingArrangement,
  label,
  PlainDateTime,
  parseLedger,
  plainDate,
} from '../src/index.js';
import {
  expandPlans,
  occurrenceState,
  periodOf,
  planFromPreset,
  type VisitPlan,
} from '../src/recurrence/index.js';
import { generateSampleCounty, simulateVisitRecords } from '../src/sample/index.js';
import { type DefaultDutyKey, pairElders, planVisits } from '../src/scheduling/index.js';
import { languageOf, translator } from './language.js';

const locale = languageOf(process.argv.slice(2), 'zh-CN');
const t = translator(locale);
/** Chinese items are listed with 、 and clauses joined with ，; English with commas. */
const list = (items: readonly string[]) => items.join(t('、', ', '));
const also = (items: readonly string[]) => items.join(t('，', ', '));

const asOf = plainDate('2026-09-30');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});
const township = sample.county.townships[0];
if (!township) throw new Error('the sample has no township');

// One row as an official might type it: wrong check character, a county code where the village goes.
const badRow = {
  id: 'E-BAD-1',
  name: '张桂兰',
  residentId: '110105194912310021',
  residence: { villageCode: sample.county.code },
};
const ledger = parseLedger({ elders: [...sample.elders, badRow], caregivers: sample.caregivers });

const areas = indexAreas(sample.county);
console.log(
  t(
    `${sample.county.name} ${township.name} — 台账校验（统计日 ${asOf}）`,
    `${sample.county.name} ${township.name} — ledger check (as of ${asOf})`,
  ),
);
console.log(
  t(
    `老人 ${ledger.elders.length} 人、帮扶人员 ${ledger.caregivers.length} 人通过校验；${ledger.invalid.length} 行有误：`,
    `${ledger.elders.length} elders and ${ledger.caregivers.length} caregivers valid; ${ledger.invalid.length} bad row:`,
  ),
);
for (const row of ledger.invalid) {
  for (const issue of row.issues) console.log(`  ${formatRowIssue(row.index, issue, { locale })}`);
}

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function table(title: string, counts: Map<string, number>, order?: readonly string[]): void {
  console.log(`\n${title}`);
  const rank = (name: string) => (order?.indexOf(name) ?? -1) + 1 || Number.MAX_SAFE_INTEGER;
  counts = new Map(
    [...counts].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN')),
  );
  const width = Math.max(...[...counts.keys()].map((name) => name.length));
  for (const [name, count] of counts)
    console.log(`  ${padName(name, width + 2)}${String(count).padStart(4)}`);
}

/** A name padded to `width` characters: full-width spaces for Chinese, plain ones for English. */
function padName(name: string, width: number): string {
  return locale === 'en' ? name.padEnd(width + 1) : name.padEnd(width, '　');
}

table(
  t('按村统计', 'By village'),
  countBy(
    ledger.elders,
    (elder) => areas.get(elder.residence.villageCode)?.name ?? elder.residence.villageCode,
  ),
);
table(
  t('按居住方式统计', 'By living arrangement'),
  countBy(ledger.elders, (elder) => {
    const arrangement: LivingArrangement | undefined = elder.household.livingArrangement;
    return arrangement ? label('livingArrangement', arrangement, { locale }) : t('未知', 'unknown');
  }),
  LivingArrangement.options.map((value) => label('livingArrangement', value, { locale })),
);
table(
  t('按能力等级统计（GB/T 42195-2022）', 'By ability level (GB/T 42195-2022)'),
  countBy(ledger.elders, (elder) => {
    const level = assessmentOn(elder.health, asOf)?.level;
    return level ? label('abilityLevel', level, { locale }) : t('未评估', 'not assessed');
  }),
  AbilityLevel.options.map((value) => label('abilityLevel', value, { locale })),
);

// The working calendar as of the demo's date: when visits resume after the National Day
// holiday, and when the elders' day 重阳 (lunar 9/9) falls this year and next.
const year = Number(asOf.slice(0, 4));
const afterNationalDay = nextWorkingDay(plainDate(`${year}-10-01`));
const dayKind = label('dayKind', dayInfo(asOf).kind, { locale });
console.log(
  t(`\n工作日历（统计日 ${asOf}，${dayKind}）`, `\nWorking calendar (as of ${asOf}, ${dayKind})`),
);
console.log(
  t(
    `  国庆假期后第一个工作日：${afterNationalDay}`,
    `  First working day after the National Day holiday: ${afterNationalDay}`,
  ),
);
const [ninth, nextNinth] = [
  festivalDate('doubleNinth', year),
  festivalDate('doubleNinth', year + 1),
];
console.log(
  t(
    `  ${year} 年重阳节：${ninth}；${year + 1} 年重阳节：${nextNinth}`,
    `  Double Ninth (重阳) ${year}: ${ninth}; ${year + 1}: ${nextNinth}`,
  ),
);

// Who is who: every category of spec §1–§2 as of the demo's date, with reasons officials can read.
const classified = classifyLedger(ledger.elders, { asOf, areas });
console.log(t(`\n分类统计（是 / 否 / 待核实）`, '\nClassification (yes / no / unknown)'));
const categoryWidth = locale === 'en' ? 44 : 12;
for (const key of CATEGORY_KEYS) {
  const { yes, no, unknown } = classified.totals[key];
  console.log(
    `  ${padName(label('category', key, { locale }), categoryWidth)}${String(yes).padStart(4)} /${String(no).padStart(4)} /${String(unknown).padStart(4)}`,
  );
}
const shown = ['leftBehindElder', 'priorityTarget', 'trackContinuously'] as const;
// The ledger keeps statuses; an elder's explanation is built when someone opens the record.
const yes = classified.results.find((r) => r.statuses.leftBehindElder === 'yes');
const open = classified.results.find((r) => r.statuses.leftBehindElder === 'unknown');
for (const row of [yes, open]) {
  const elder = ledger.elders.find((e) => e.id === row?.elderId);
  if (!elder) continue;
  const result = classifyElder(elder, { asOf });
  console.log(t(`\n${elder.name ?? ''}（${elder.id}）`, `\n${elder.name ?? ''} (${elder.id})`));
  for (const line of explainClassification(result, { categories: [...shown], locale }))
    console.log(`  ${line}`);
}

// Visit plans (spec §5): per village, the township cadre's weekly visit to each 留守 or 空巢
// elder (by the village's cadre on record), the monthly contact with their children, the
// March/September census and the festival visits — expanded for the week of the demo's date.
const cared = new Set(
  classified.results
    .filter((r) => r.statuses.leftBehindElder === 'yes' || r.statuses.emptyNestElder === 'yes')
    .map((r) => r.elderId),
);
const plans: VisitPlan[] = [];
for (const village of township.villages) {
  const elders = ledger.elders
    .filter((elder) => elder.residence.villageCode === village.code && cared.has(elder.id))
    .map((elder) => elder.id);
  if (elders.length === 0) continue;
  const cadre = ledger.caregivers.find((c) => c.home.regionCode === village.code);
  const common = {
    whom: { elders },
    validFrom: plainDate(`${year}-01-01`),
    holidayPolicy: 'nextWorkingDay' as const,
  };
  plans.push(
    planFromPreset('townshipCadreWeeklyVisit', {
      ...common,
      id: `${village.code}-weekly`,
      ...(cadre ? { who: { caregiverId: cadre.id } } : {}),
    }),
    planFromPreset('villageCadreMonthlyChildContact', { ...common, id: `${village.code}-monthly` }),
    planFromPreset('census', { ...common, id: `${village.code}-census` }),
    planFromPreset('festivalVisits', { ...common, id: `${village.code}-festivals` }),
  );
}
const weekStart = addDays(asOf, 1 - isoWeekdayOf(asOf));
const week = [...expandPlans(plans, { from: weekStart, to: addDays(weekStart, 6) })];
console.log(
  t(
    `\n本周走访（${weekStart} 至 ${addDays(weekStart, 6)}，状态按 ${asOf}）：共 ${week.length} 次`,
    `\nThis week's visits (${weekStart} to ${addDays(weekStart, 6)}, states as of ${asOf}): ${week.length}`,
  ),
);
for (const [kind, count] of countBy(week, (visit) => visit.kind)) {
  const ofKind = week.filter((visit) => visit.kind === kind);
  const states = countBy(ofKind, (visit) =>
    label('occurrenceState', occurrenceState(visit, { asOf }), { locale }),
  );
  const detail = also([...states].map(([state, n]) => `${state} ${n}`));
  const kindName = label('visitKind', kind, { locale });
  console.log(t(`  ${kindName}　${count}（${detail}）`, `  ${kindName}  ${count} (${detail})`));
}
const names = new Map(ledger.elders.map((elder) => [elder.id, elder.name ?? elder.id]));
const someone = week[0]?.subject;
const someoneName = names.get(someone as Elder['id']) ?? someone;
console.log(
  t(`\n${someoneName}（${someone}）本周的走访：`, `\n${someoneName} (${someone}) this week:`),
);
for (const visit of week.filter((v) => v.subject === someone)) {
  const state = label('occurrenceState', occurrenceState(visit, { asOf }), { locale });
  const kind = label('visitKind', visit.kind, { locale });
  const channel = label('visitChannel', visit.channel, { locale });
  console.log(
    t(
      `  ${visit.openFrom} 至 ${visit.expiresAt}，${visit.due} 到期　${kind}（${channel}）　${state}`,
      `  ${visit.openFrom} to ${visit.expiresAt}, due ${visit.due}  ${kind} (${channel})  ${state}`,
    ),
  );
}

// One caregiver's visits for the next four weeks as an .ics file for their phone's calendar.
const firstCadre = plans.map((plan) => plan.who).find((who) => 'caregiverId' in who);
if (firstCadre && 'caregiverId' in firstCadre) {
  const caregiver = ledger.caregivers.find((c) => c.id === firstCadre.caregiverId);
  const mine = plans.filter(
    (plan) => 'caregiverId' in plan.who && plan.who.caregiverId === firstCadre.caregiverId,
  );
  const visits = [...expandPlans(mine, { from: asOf, to: addDays(asOf, 27) })];
  const ics = toICalendar(visits, {
    stamp: PlainDateTime.parse(`${asOf}T08:00`),
    calendarName: `${caregiver?.name ?? firstCadre.caregiverId} · ${t('走访计划', 'visits')}`,
    subjectName: (visit) => names.get(visit.subject as Elder['id']),
  });
  const file = join(tmpdir(), 'guanai-demo-visits.ics');
  writeFileSync(file, ics);
  console.log(
    t(
      `\n${caregiver?.name ?? ''}（${firstCadre.caregiverId}）未来四周的走访日历：${visits.length} 个日程，已写入 ${file}`,
      `\n${caregiver?.name ?? ''} (${firstCadre.caregiverId}), the next four weeks as a calendar: ${visits.length} events, written to ${file}`,
    ),
  );
}

// Pairing (spec §4): each 留守 or 空巢 elder with a caregiver nearby; 重点对象 and 随时跟踪 elders
// first, each with a second caregiver as partner (「多对一」).
const priorityIds = new Set(
  classified.results
    .filter((r) => r.statuses.priorityTarget === 'yes' || r.statuses.trackContinuously === 'yes')
    .map((r) => r.elderId),
);
const pairing = pairElders(
  { elders: ledger.elders.filter((elder) => cared.has(elder.id)), caregivers: ledger.caregivers },
  { asOf, priority: (elder) => priorityIds.has(elder.id) },
);
const { stats } = pairing;
const notPaired = pairing.unplaced.length;
console.log(
  t(
    `\n结对帮扶：${stats.placed}/${stats.elders} 名老人已结对（${stats.withPartner} 名重点对象另配一名帮扶人），未结对 ${notPaired} 名`,
    `\nPairing: ${stats.placed}/${stats.elders} elders paired (${stats.withPartner} priority elders with a second caregiver), ${notPaired} not paired`,
  ),
);
const [meanKm, maxKm, meanLoad] = [
  stats.meanKm.toFixed(2),
  stats.maxKm.toFixed(2),
  stats.meanLoad.toFixed(1),
];
console.log(
  t(
    `  到帮扶人住处平均 ${meanKm} 公里、最远 ${maxKm} 公里；每名帮扶人最多 ${stats.maxLoad} 名、平均 ${meanLoad} 名；${stats.optimal ? '总距离为最优' : ''}`,
    `  to the caregiver's home: mean ${meanKm} km, farthest ${maxKm} km; per caregiver at most ${stats.maxLoad} elders, mean ${meanLoad}${stats.optimal ? '; total distance optimal' : ''}`,
  ),
);

// Duties (包保, spec §3.1 · S18 L515): pairElders also gave each duty its holder.
console.log(
  t(
    '包保责任（职责：对象 / 已落实 / 责任人 / 最多一人承担）',
    'Duties (duty: subjects / held / holders / most held by one)',
  ),
);
for (const duty of pairing.duties?.stats ?? [])
  if (duty.subjects > 0)
    console.log(
      `  ${label('duty', duty.duty as DefaultDutyKey, { locale })}${t('：', ': ')}${duty.subjects} / ${duty.held} / ${duty.holders} / ${duty.maxCaseload}`,
    );

// Next week's 包保 visits: the township cadre's weekly visit to each 空巢 elder (K01), planned on
// working days (调休 included) and ordered into each cadre's daily round.
const nextMonday = addDays(weekStart, 7);
const emptyNest = classified.results
  .filter((r) => r.statuses.emptyNestElder === 'yes' && cared.has(r.elderId))
  .map((r) => r.elderId);
const weekly = [...byVillageOf(emptyNest)].map(([village, elders]) =>
  planFromPreset('townshipCadreWeeklyVisit', {
    id: `${village}-weekly`,
    whom: { elders },
    validFrom: plainDate(`${year}-01-01`),
  }),
);
const nextWeek = [...expandPlans(weekly, { from: nextMonday, to: addDays(nextMonday, 6) })];
const schedule = planVisits(nextWeek, {
  elders: ledger.elders,
  caregivers: ledger.caregivers,
  pairings: pairing.pairings,
});
const [totalKm, nearestKm] = [
  schedule.stats.totalKm.toFixed(1),
  schedule.stats.nearestFirstKm.toFixed(1),
];
console.log(
  t(
    `\n下周（${nextMonday} 起）入户走访排班：${schedule.stats.placed}/${schedule.stats.visits} 次已排定，按时 ${schedule.stats.onTime} 次；路线共 ${totalKm} 公里（按最近优先为 ${nearestKm} 公里）`,
    `\nNext week's home visits (from ${nextMonday}): ${schedule.stats.placed}/${schedule.stats.visits} scheduled, ${schedule.stats.onTime} on time; routes ${totalKm} km in all (nearest-first: ${nearestKm} km)`,
  ),
);
const busiest = [...schedule.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
if (busiest) {
  const who = ledger.caregivers.find((c) => c.id === busiest.caregiverId);
  const whoName = who?.name ?? busiest.caregiverId;
  console.log(
    t(
      `  ${whoName}（${busiest.caregiverId}）下周的路线：`,
      `  ${whoName} (${busiest.caregiverId}), next week's routes:`,
    ),
  );
  for (const route of schedule.routes.filter((r) => r.caregiverId === busiest.caregiverId)) {
    const stops = route.stops.map((id) => names.get(id) ?? id).join(' → ');
    const kind = label('dayKind', dayInfo(route.date).kind, { locale });
    const km = route.km.toFixed(2);
    console.log(
      t(
        `    ${route.date}（${kind}）：住处 → ${stops} → 住处，${km} 公里`,
        `    ${route.date} (${kind}): home → ${stops} → home, ${km} km`,
      ),
    );
  }
}

// A month of visit records (走访日志) for the township: the weekly visit, the monthly call to the
// children and the autumn census, simulated with misses, late visits and refusals, and one incident a visitor found.
const month = { from: plainDate(`${year}-09-01`), to: asOf };
const contracted = new Set(emptyNest);
const paired = [...byVillageOf([...cared])];
const monthPlans = paired.flatMap(([village, elders]) => [
  planFromPreset('townshipCadreWeeklyVisit', {
    id: `${village}-weekly`,
    whom: { elders: elders.filter((id) => contracted.has(id)) },
    validFrom: plainDate(`${year}-01-01`),
    window: { type: 'period', graceDays: 7 },
  }),
  planFromPreset('villageCadreMonthlyChildContact', {
    id: `${village}-children`,
    whom: { elders: elders.filter((id) => contracted.has(id)) },
    validFrom: plainDate(`${year}-01-01`),
  }),
  // September is a census month (spec §5.2 K31).
  planFromPreset('census', {
    id: `${village}-census`,
    whom: { elders },
    validFrom: plainDate(`${year}-01-01`),
  }),
]);
const monthVisits = [...expandPlans(monthPlans, month)];
// The month as planned with the pairings and duty holders in force since 1 September: a duty's
// visit by its holder (or a colleague standing in), the census by the elder's team; the log is
// written by whoever the plan gave each visit.
const september = pairElders(
  { elders: ledger.elders.filter((e) => cared.has(e.id)), caregivers: ledger.caregivers },
  { asOf: month.from, priority: (elder) => priorityIds.has(elder.id) },
);
const monthSchedule = planVisits(monthVisits, {
  elders: ledger.elders,
  caregivers: ledger.caregivers,
  pairings: september.pairings,
});
const madeBy = new Map(monthSchedule.visits.map((v) => [v.occurrenceKey, v.caregiverId]));
const log = simulateVisitRecords(monthVisits, {
  seed: 2026,
  asOf,
  caregiverOf: (visit) => madeBy.get(visit.key),
  missRate: 0.08,
});
const found = log.find((r) => r.outcome === 'completed' && r.channel === 'inPerson');
if (found)
  log.push(
    VisitRecord.parse({
      ...found,
      id: 'R-incident',
      amends: found.id,
      incident: { kind: 'majorDifficulty', note: '房屋漏雨，无人照料' },
      notes: '入户时发现老人面临重大困境，已电话报告村委会',
    }),
  );
const tracked = { pairings: september.pairings, scheduled: monthSchedule.visits };
const matched = matchRecords(monthVisits, log, tracked);
const corrections = log.filter((r) => r.amends).length;
// Per record, the place of the visit it answers (−1: none).
const answered = matched.matched.filter((at) => at >= 0).length;
console.log(
  t(
    `\n${month.from} 至 ${month.to} 走访记录 ${log.length} 条（其中更正 ${corrections} 条），对应计划走访 ${answered} 次，重复 ${matched.duplicates.length} 条、无对应计划 ${matched.orphans.length} 条`,
    `\n${month.from} to ${month.to}: ${log.length} visit records (${corrections} corrections) for ${answered} planned visits, ${matched.duplicates.length} duplicates, ${matched.orphans.length} with no planned visit`,
  ),
);
console.log(
  t(
    '按村统计（应访 / 已访 / 未访 / 逾期 / 过期；入户完成率；子女联系完成率）',
    'By village (due / done / not done / overdue / expired; home visits done; calls to children done)',
  ),
);
for (const row of coverage(
  { occurrences: monthVisits, records: log, elders: ledger.elders, match: matched, ...tracked },
  { asOf, ...month, by: 'village' },
)) {
  const calls = row.byKind.childContact;
  const homes = row.byKind.homeVisit;
  const homeRate = (100 * (homes ? homes.completed / Math.max(1, homes.due) : 0)).toFixed(0);
  const callRate = (100 * (calls ? calls.completed / Math.max(1, calls.due) : 0)).toFixed(0);
  const counts = `${row.due} / ${row.completed} / ${row.notDone} / ${row.overdue} / ${row.expired}`;
  console.log(
    `  ${padName(areas.get(row.group as never)?.name ?? row.group, 6)}${counts}${t('；', '; ')}${homeRate}%${t('；', '; ')}${callRate}%`,
  );
}
const raised = escalations(
  { occurrences: monthVisits, records: log, elders: ledger.elders, match: matched, ...tracked },
  { asOf },
);
console.log(
  t(
    `\n${asOf} 应发出的提醒与上报 ${raised.length} 条：`,
    `\nReminders and reports to send on ${asOf}: ${raised.length}`,
  ),
);
const RULE_NAMES: Readonly<Record<string, string>> = {
  overdueReminder: t('逾期 3 天提醒帮扶人', 'reminder to the caregiver, 3 days overdue'),
  overdueVillage: t('逾期 7 天报村委会', 'report to the village committee, 7 days overdue'),
  expiredDigest: t('过期未访列入乡镇周报', "expired visits in the township's weekly digest"),
  incident: t('发现事件立即上报', 'incident found: report at once'),
};
for (const [rule, count] of countBy(raised, (e) => e.ruleId))
  console.log(
    t(`  ${RULE_NAMES[rule] ?? rule}：${count} 条`, `  ${RULE_NAMES[rule] ?? rule}: ${count}`),
  );
for (const e of raised.filter((x) => x.trigger === 'incident')) {
  const elder = names.get(e.elderId) ?? e.elderId;
  const incident = e.incident ? label('incident', e.incident, { locale }) : '';
  const to =
    e.recipient === 'caregiver'
      ? e.caregiverId
      : label('escalationRecipient', e.recipient, { locale });
  console.log(
    t(
      `  事件上报：${elder}（${incident}）→ ${to} ${e.areaCode ?? ''}`,
      `  Incident reported: ${elder} (${incident}) → ${to} ${e.areaCode ?? ''}`,
    ),
  );
}
const monthly = supervisionSummary(
  {
    elders: ledger.elders,
    classification: classified,
    occurrences: monthVisits,
    records: log,
    match: matched,
    ...tracked,
  },
  { asOf, ...month },
);
const sheet = reportTable(
  'supervision',
  monthly.filter((row) => row.level !== 'county'),
  { locale },
);
console.log(t(`\n${year} 年 9 月工作情况（可导出为 CSV）`, `\nSeptember ${year} at work (as CSV)`));
for (const cells of [sheet.header, ...sheet.rows]) console.log(`  ${cells.join(',')}`);

// One 包保 cadre's month and how he kept it: the per-holder table the inspections read (K35).
const holders = holderSummary(
  {
    occurrences: monthVisits,
    records: log,
    elders: ledger.elders,
    caregivers: ledger.caregivers,
    match: matched,
    ...tracked,
  },
  { asOf, ...month },
);
const cadre = holders
  .filter((row) => row.duty === 'townshipContract' && row.caregiverId !== '')
  .sort((a, b) => b.visitsDue - a.visitsDue)[0];
if (cadre) {
  const name = ledger.caregivers.find((c) => c.id === cadre.caregiverId)?.name;
  const role = label('caregiverRole', cadre.role ?? 'townshipResponsibleCadre', { locale });
  console.log(
    t(
      `\n${name}（${cadre.caregiverId}，${role}）${month.from} 至 ${month.to}：包保 ${cadre.subjects} 名空巢老人，应访 ${cadre.visitsDue} 次、已访 ${cadre.visitsCompleted} 次（逾期补访 ${cadre.late} 次）、过期未访 ${cadre.expired} 次，完成率 ${cadre.visitRate}%`,
      `\n${name} (${cadre.caregiverId}, ${role}), ${month.from} to ${month.to}: holds ${cadre.subjects} empty-nest elders, ${cadre.visitsDue} visits due, ${cadre.visitsCompleted} made (${cadre.late} late), ${cadre.expired} expired, ${cadre.visitRate}% done`,
    ),
  );
  const mine = monthSchedule.visits.filter((v) => v.caregiverId === cadre.caregiverId && v.duty);
  for (const [week, n] of countBy(mine, (v) => periodOf('week', v.date).label))
    console.log(t(`  ${week}：排定 ${n} 次`, `  ${week}: ${n} scheduled`));
  console.log(
    t(
      `  未由责任人完成的记录（不计入完成）：${matched.notByHolder.length} 条`,
      `  Records not by the holder (not counted as done): ${matched.notByHolder.length}`,
    ),
  );
}

// A township's day of follow-up (spec §2 R2–R4, R6, R10; §8): on the last day of the month every
// flag becomes work with an owner and a deadline — tracking at all times, the family of a 重点帮扶对象,
// the facts to verify at the census, the visits due, the incident case and the referrals.
const subjectName = (subject: { readonly id: string }) => names.get(subject.id as Elder['id']);
const openedOn = found?.on ?? asOf;
const village = found
  ? ledger.elders.find((e) => e.id === found.elderId)?.residence.villageCode
  : undefined;
const caseId = found ? `case/${found.id}` : '';
// The village committee took the report the day it came and told the township the next day; the
// township has not yet reported to the county, nor recorded a response.
const caseEvents = village
  ? [
      { id: 'CE-1', type: 'acknowledged', on: openedOn, time: '16:00' },
      { id: 'CE-2', type: 'informed', body: 'townshipGovernment', on: addDays(openedOn, 1) },
    ].map((event) =>
      CaseEvent.parse({
        ...event,
        caseId,
        by: { kind: 'body', body: 'villageCommittee', areaCode: village },
      }),
    )
  : [];
const day = followUp(
  {
    elders: ledger.elders,
    caregivers: ledger.caregivers,
    holdings: september.duties?.holdings ?? [],
    occurrences: monthVisits,
    records: log,
    caseEvents,
    ...tracked,
  },
  { asOf },
);
console.log(
  t(
    `\n${asOf} 乡镇待办事项 ${day.tasks.tasks.length} 项：`,
    `\nThe township's tasks on ${asOf}: ${day.tasks.tasks.length}`,
  ),
);
const taskKinds = (locale === 'en' ? enTasks : zhCNTasks).kinds;
for (const [kind, n] of countBy(day.tasks.tasks, (task) => task.kind))
  console.log(t(`  ${taskKinds[kind]}：${n} 项`, `  ${taskKinds[kind]}: ${n}`));
const [incidentCase] = day.cases.cases;
if (incidentCase) {
  const who = names.get(incidentCase.elderId);
  const incident = label('incident', incidentCase.incident ?? 'majorDifficulty', { locale });
  const step = label('caseStep', incidentCase.step, { locale });
  console.log(
    t(
      `\n事件 ${incidentCase.id}（${who}，${incident}，${incidentCase.openedOn} 立案）：${step}`,
      `\nCase ${incidentCase.id} (${who}, ${incident}, opened ${incidentCase.openedOn}): ${step}`,
    ),
  );
  for (const task of day.tasks.tasks.filter((task) => task.id.includes(incidentCase.id)))
    console.log(`  ${describeTask(task, { asOf, subjectName, locale }).line}`);
}
// A referral: the village committee helps the first elder suggested for 低保 apply, the same day.
const lowIncome = day.newSuggestions.find((s) => s.programme === 'minimumLivingAllowance');
if (lowIncome) {
  const applied = ReferralEvent.parse({
    id: 'RE-1',
    referralId: lowIncome.id,
    type: 'applied',
    on: asOf,
    by: { kind: 'body', body: 'villageCommittee', areaCode: village ?? '530325101203' },
  });
  const { referrals } = replayReferrals(
    { suggestions: day.newSuggestions, events: [applied], elders: ledger.elders },
    { asOf },
  );
  const referral = referrals.find((r) => r.id === lowIncome.id);
  const who = names.get(lowIncome.elderId);
  const state = label('referralState', referral?.state ?? 'suggested', { locale });
  const owner = referral?.next
    ? label(
        'escalationRecipient',
        referral.next.owner.kind === 'body' ? referral.next.owner.body : 'caregiver',
        { locale },
      )
    : '—';
  const due = referral?.next?.due ?? '—';
  console.log(
    t(
      `\n转介 ${lowIncome.id}（${who}）：${state}，下一步由${owner}在 ${due} 前办理`,
      `\nReferral ${lowIncome.id} (${who}): ${state}; next step by ${owner} before ${due}`,
    ),
  );
  const programmes = [...countBy(day.newSuggestions, (s) => s.programme)].map(
    ([p, n]) => `${label('programme', p, { locale })} ${n}`,
  );
  console.log(
    t(
      `  本月新建议转介 ${day.newSuggestions.length} 项：${also(programmes)}`,
      `  New referrals suggested this month: ${day.newSuggestions.length}: ${also(programmes)}`,
    ),
  );
}
// One 包保 cadre's list for the day, most urgent first, and the same list for his phone.
const busiestOwner = [
  ...countBy(day.tasks.tasks, (t) => (t.owner.kind === 'caregiver' ? t.owner.caregiverId : '')),
]
  .filter(([id]) => id !== '')
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
if (busiestOwner) {
  const caregiverId = busiestOwner as (typeof ledger.caregivers)[number]['id'];
  const mine = tasksFor({ caregiverId }, day.tasks);
  const who = ledger.caregivers.find((c) => c.id === caregiverId)?.name ?? caregiverId;
  console.log(
    t(
      `\n${who}（${caregiverId}）的待办 ${mine.length} 项，前 6 项：`,
      `\n${who} (${caregiverId}): ${mine.length} tasks, the first 6:`,
    ),
  );
  for (const task of mine.slice(0, 6))
    console.log(`  ${describeTask(task, { asOf, subjectName, locale }).line}`);
  const phone = tasksToICalendar(mine, {
    asOf,
    stamp: PlainDateTime.parse(`${asOf}T07:00`),
    subjectName,
    locale,
  });
  const todoFile = join(tmpdir(), 'guanai-demo-todo.ics');
  writeFileSync(todoFile, phone);
  console.log(
    t(
      `  手机日历文件：${todoFile}（${mine.length} 个事件）`,
      `  Calendar file for the phone: ${todoFile} (${mine.length} events)`,
    ),
  );
}
const backlog = verificationBacklog(day.tasks.tasks, { asOf, by: 'village' });
console.log(
  t(
    '\n待核实信息（按村：对象 / 待核实事项 / 最常问的事项）',
    '\nFacts to verify (by village: elders / open facts / the fact most asked)',
  ),
);
for (const row of backlog) {
  const top = row.topFacts[0] ? formatFactPath(row.topFacts[0].fact, { locale }) : '—';
  console.log(
    `  ${padName(areas.get(row.areaCode)?.name ?? row.areaCode, 6)}${row.elders} / ${row.openFacts} / ${top}`,
  );
}

// The 台账 changes since last month (动态管理, spec §7 · S14 L365, L379): what visitors and the
// September census learned, as append-only fact updates — a son came home, a husband died, an
// assessment found an elder disabled, an elder nobody had registered — and who entered or left
// each category because of them, or because time passed (an 80th birthday, half a year away).
const lastMonthEnd = plainDate(`${year}-08-31`);
const leftBehind = classified.results.filter((r) => r.statuses.leftBehindElder === 'yes');
const byId = new Map(ledger.elders.map((elder) => [elder.id, elder]));
const cameHome = leftBehind
  .map((r) => byId.get(r.elderId))
  .find((e) => e?.household.children?.[0]?.livesWithElder === false);
const widowed = ledger.elders.find(
  (e) => e.household.spouse?.status === 'married' && e.household.livingArrangement === 'spouseOnly',
);
const assessed = leftBehind.map((r) => byId.get(r.elderId)).find((e) => e && e !== cameHome);
const villageOfCensus = township.villages[0]?.code ?? '';
const update = (id: string, elderId: string, on: string, source: string, changes: unknown) =>
  FactUpdate.parse({ id, elderId, on, recordedOn: on, source, changes });
const { records: census } = parseCensusRecords([
  {
    id: 'CR-0930-01',
    on: `${year}-09-12`,
    villageCode: villageOfCensus,
    recordedBy: ledger.caregivers[0]?.id,
    elderId: 'E-NEW-1',
    register: {
      id: 'E-NEW-1',
      name: '李大山',
      birthDate: '1942-01-02',
      residence: { setting: 'rural', villageCode: villageOfCensus },
      household: { livingArrangement: 'alone', spouse: { status: 'widowed' }, children: [] },
    },
  },
]);
const updates = [
  ...(cameHome ? [update('FU-1', cameHome.id, `${year}-09-05`, 'visit', childCameHome(0))] : []),
  ...(widowed
    ? [
        update(
          'FU-2',
          widowed.id,
          `${year}-09-18`,
          'familyReport',
          spouseDied({ livingArrangement: 'alone' }),
        ),
      ]
    : []),
  ...(assessed
    ? [
        update(
          'FU-3',
          assessed.id,
          `${year}-09-20`,
          'assessment',
          abilityAssessed({
            level: 'severe',
            assessedOn: plainDate(`${year}-09-20`),
            assessor: '县评估中心',
          }),
        ),
      ]
    : []),
  ...censusUpdates(census),
];
const registered = new Map(
  census.flatMap((record) => (record.register ? [[record.register.id, record.register.name]] : [])),
);
const changed = ledgerChanges({ elders: ledger.elders, updates }, { from: lastMonthEnd, to: asOf });
console.log(
  t(
    `\n${lastMonthEnd} 至 ${asOf} 台账变动（纳入 / 退出 / 核实排除 / 待核实）：`,
    `\nLedger changes ${lastMonthEnd} to ${asOf} (entered / left / ruled out / in doubt):`,
  ),
);
for (const key of [
  'leftBehindElder',
  'emptyNestElder',
  'livesAlone',
  'advancedAge',
  'disabled',
  'trackContinuously',
] as const) {
  const n = changed.totals[key];
  if (!n) continue;
  const counts = `${n.entered} / ${n.left} / ${n.ruledOut} / ${n.inDoubt}`;
  const category = label('category', key, { locale });
  console.log(
    t(
      `  ${category}：${counts}（${n.yesOnFrom} → ${n.yesOnTo} 人）`,
      `  ${category}: ${counts} (${n.yesOnFrom} → ${n.yesOnTo} elders)`,
    ),
  );
}
// One line per fact: the elder, the day, where it came from, and each category it moved.
const byFact = new Map<string, (typeof changed.changes)[number][]>();
for (const change of changed.changes)
  if (change.cause.kind !== 'time')
    byFact.set(change.cause.updateId, [...(byFact.get(change.cause.updateId) ?? []), change]);
for (const moves of byFact.values()) {
  const [first] = moves;
  if (!first || first.cause.kind === 'time') continue;
  const who =
    names.get(first.elderId) ??
    `${registered.get(first.elderId) ?? first.elderId}${t('（新登记）', ' (newly registered)')}`;
  const directions = [...new Set(moves.map((m) => m.direction))];
  const moved = directions.map(
    (direction) =>
      `${label('ledgerChangeDirection', direction, { locale })} ${list(
        moves
          .filter((m) => m.direction === direction)
          .map((m) => label('category', m.category, { locale })),
      )}`,
  );
  const source = label('factSource', first.cause.source, { locale });
  console.log(
    t(
      `  ${first.on} ${who}（${source}）：${moved.join('；')}`,
      `  ${first.on} ${who} (${source}): ${moved.join('; ')}`,
    ),
  );
}
const byTime = changed.changes.filter((c) => c.cause.kind === 'time').length;
console.log(
  t(
    `  因时间推移（年满高龄、外出满半年等）变动 ${byTime} 项`,
    `  Changes as time passed (reaching advanced age, half a year away …): ${byTime}`,
  ),
);

function byVillageOf(ids: readonly Elder['id'][]): Map<string, Elder['id'][]> {
  const wanted = new Set(ids);
  const groups = new Map<string, Elder['id'][]>();
  for (const elder of ledger.elders) {
    if (!wanted.has(elder.id)) continue;
    const code = elder.residence.villageCode;
    groups.set(code, [...(groups.get(code) ?? []), elder.id]);
  }
  return groups;
}

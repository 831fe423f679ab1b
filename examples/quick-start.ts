/**
 * `npm run example:quick-start`: a township's month in one file. Validate a ledger, find out who
 * is who, pair the elders who need care with caregivers nearby, attach the programme's visit
 * plans, and plan September's visits — day, caregiver and route.
 */

import { classifyLedger } from 'guanai/eligibility';
import { label } from 'guanai/i18n';
import { indexAreas, isoWeekdayOf, parseLedger, plainDate } from 'guanai/models';
import { expandPlans, periodOf, planFromPreset } from 'guanai/recurrence';
import { generateSampleCounty } from 'guanai/sample';
import { type DefaultDutyKey, pairElders, planVisits } from 'guanai/scheduling';
import { languageOf, translator } from './language.js';

// `-- --lang en` prints in English; Simplified Chinese by default.
const locale = languageOf(process.argv.slice(2), 'zh-CN');
const t = translator(locale);
// Chinese labels line up on full-width spaces, English ones on plain spaces.
const pad = (text: string, width: number) =>
  locale === 'en' ? `${text} `.padEnd(34) : text.padEnd(width, '　');

// 1. A ledger (台账). Here a synthetic township; in an app, rows from a spreadsheet or a form.
// Everything is dated by `asOf`, never the clock, so the output is the same on every run.
const asOf = plainDate('2026-09-01');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});
const ledger = parseLedger(sample); // good rows kept, each bad row returned with coded issues
console.log(
  t(`样例乡镇（seed 2026），统计日 ${asOf}`, `Sample township (seed 2026), as of ${asOf}`),
);
console.log(
  t(
    `台账：老人 ${ledger.elders.length} 人、帮扶人员 ${ledger.caregivers.length} 人，有误 ${ledger.invalid.length} 行`,
    `Ledger: ${ledger.elders.length} elders, ${ledger.caregivers.length} caregivers, ${ledger.invalid.length} bad rows`,
  ),
);

// 2. Who is who. Each category is yes, no or unknown (a fact is missing), as of `asOf`.
const classified = classifyLedger(ledger.elders, { asOf, areas: indexAreas(sample.county) });
console.log(t('\n分类（是 / 待核实）', '\nClassification (yes / unknown)'));
const shown = [
  'leftBehindElder',
  'emptyNestElder',
  'livesAlone',
  'advancedAge',
  'disabled',
] as const;
for (const key of [...shown, 'priorityTarget'] as const) {
  const { yes, unknown } = classified.totals[key];
  console.log(`  ${pad(label('category', key, { locale }), 8)}${yes} / ${unknown}`);
}

// 3. Pairing (结对帮扶) and duties (包保): every 留守 or 空巢 elder gets a caregiver nearby (priority
// elders first, with a second caregiver), and each duty of the programme text its holder — the
// township cadre who visits weekly, the village cadre who calls the children monthly, and so on.
const cared = new Set(
  classified.results
    .filter((r) => r.statuses.leftBehindElder === 'yes' || r.statuses.emptyNestElder === 'yes')
    .map((r) => r.elderId),
);
const priority = new Set(
  classified.results.filter((r) => r.statuses.priorityTarget === 'yes').map((r) => r.elderId),
);
const pairing = pairElders(
  { elders: ledger.elders.filter((e) => cared.has(e.id)), caregivers: ledger.caregivers },
  { asOf, priority: (elder) => priority.has(elder.id) },
);
console.log(
  t(
    `\n结对：${pairing.stats.placed}/${cared.size} 名留守或空巢老人已结对，其中 ${pairing.stats.withPartner} 名另配一名帮扶人`,
    `\nPairing: ${pairing.stats.placed}/${cared.size} left-behind or empty-nest elders paired, ${pairing.stats.withPartner} of them with a second caregiver`,
  ),
);
console.log(
  t(
    '包保责任（职责　对象 / 已落实 / 责任人 / 最多一人承担）',
    'Duties (duty: subjects / held / holders / most held by one)',
  ),
);
for (const duty of pairing.duties?.stats ?? [])
  if (duty.subjects > 0)
    console.log(
      `  ${pad(label('duty', duty.duty as DefaultDutyKey, { locale }), 6)}${duty.subjects} / ${duty.held} / ${duty.holders} / ${duty.maxCaseload}`,
    );

// 4. The programme's cadences as plans (spec §5): the 包保 cadres' weekly visit to each 空巢
// elder and monthly call to their children (after work), and for every elder the September
// census and the festival visits (中秋 this month).
const CALL_TIME = '19:00';
const emptyNest = classified.results.filter((r) => r.statuses.emptyNestElder === 'yes');
const contract = { whom: { elders: emptyNest.map((r) => r.elderId) }, validFrom: asOf };
const everyone = { whom: { elders: [...cared] }, validFrom: asOf };
const plans = [
  planFromPreset('townshipCadreWeeklyVisit', { id: 'weekly', ...contract }),
  planFromPreset('villageCadreMonthlyChildContact', {
    id: 'children',
    ...contract,
    time: CALL_TIME,
  }),
  planFromPreset('census', { id: 'census', ...everyone }),
  planFromPreset('festivalVisits', { id: 'festivals', ...everyone }),
];

// 5. Plan the month: each visit gets a day in its window and a caregiver — a duty's visit its
// holder (or a colleague of the same role standing in), any other the elder's team.
const visits = [...expandPlans(plans, { from: asOf, to: plainDate('2026-09-30') })];
const schedule = planVisits(
  visits,
  { elders: ledger.elders, caregivers: ledger.caregivers, pairings: pairing.pairings },
  { from: asOf }, // not before today: the window of this week's visits opened on Monday
);
console.log(
  t(
    `\n九月走访：计划 ${visits.length} 次，已排定 ${schedule.stats.placed} 次`,
    `\nSeptember visits: ${visits.length} planned, ${schedule.stats.placed} scheduled`,
  ),
);
const count = (keys: string[]) =>
  keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
const weeks = schedule.visits.map((v) => periodOf('week', v.date));
for (const [week, n] of count(
  weeks.map((w) => t(`${w.label}（${w.start} 起）`, `${w.label} (from ${w.start})`)),
))
  console.log(t(`  ${week}　${n} 次`, `  ${week}  ${n}`));
const byDuty = count(schedule.visits.flatMap((v) => (v.duty ? [v.duty] : [])));
const deputised = schedule.visits.filter((v) => v.deputyFor !== undefined).length;
const dutyVisits = [...byDuty].map(([duty, n]) => [
  label('duty', duty as DefaultDutyKey, { locale }),
  n,
]);
console.log(
  t(
    `包保走访：${dutyVisits.map(([duty, n]) => `${duty} ${n} 次`).join('、')}，均由包保责任人承担（同岗代办 ${deputised} 次）`,
    `Duty visits: ${dutyVisits.map(([duty, n]) => `${duty} ${n}`).join(', ')}, all by the duty's holder (${deputised} by a deputy of the same role)`,
  ),
);
const names = new Map<string, string>(
  [...ledger.elders, ...ledger.caregivers].map((p) => [p.id, p.name ?? p.id]),
);
const busiest = [...count(schedule.visits.map((v) => v.caregiverId))].sort((a, b) => b[1] - a[1]);
console.log(t('走访最多的帮扶人：', 'Busiest caregivers:'));
for (const [id, n] of busiest.slice(0, 3))
  console.log(t(`  ${names.get(id)}（${id}）${n} 次`, `  ${names.get(id)} (${id}) ${n} visits`));
const REASONS = {
  noCaregiver: t('无帮扶人', 'no caregiver'),
  noHolder: t('无包保责任人', "no holder of the visit's duty"),
  noAvailableDay: t('窗口内无可用日', 'no available day in the window'),
  noCapacity: t('已排满', 'every day full'),
};
for (const { occurrenceKey, reason } of schedule.unplaced)
  console.log(
    t(
      `未排定：${occurrenceKey}（${REASONS[reason]}）`,
      `Not scheduled: ${occurrenceKey} (${REASONS[reason]})`,
    ),
  );

// 6. One 乡包保干部's month: the elders he holds the weekly visit for, and who makes those visits.
const cadreLines = (pairing.duties?.current ?? []).filter((l) => l.duty === 'townshipContract');
const [cadre = ''] =
  [...count(cadreLines.map((l) => l.caregiverId))].sort((a, b) => b[1] - a[1])[0] ?? [];
const his = new Set(
  cadreLines.filter((l) => l.caregiverId === cadre).map((l) => l.subject.id as string),
);
const weeklyDue = visits.filter((v) => v.planId === 'weekly' && his.has(v.subject)).length;
const byHim = schedule.visits.filter(
  (v) => v.caregiverId === cadre && v.duty === 'townshipContract',
);
const forHim = schedule.visits.filter((v) => v.deputyFor === cadre).length;
console.log(
  t(
    `\n${names.get(cadre)}（${cadre}，乡包保干部）九月：包保 ${his.size} 名空巢老人，每周走访应排 ${weeklyDue} 次，本人排定 ${byHim.length} 次、同岗代办 ${forHim} 次`,
    `\n${names.get(cadre)} (${cadre}, township contract cadre) in September: holds ${his.size} empty-nest elders, ${weeklyDue} weekly visits due, ${byHim.length} scheduled to him, ${forHim} to a deputy`,
  ),
);

// 7. The busiest caregiver's first week as an agenda. Home visits follow the day's route from
// 09:00; the day's calls to children are made in one sitting, in the evening.
const SLOTS = ['09:00', '10:00', '11:00', '14:30', '15:30', '16:30'];
const byKey = new Map(visits.map((v) => [v.key, v]));
const [first = ''] = busiest[0] ?? [];
const weekEnd = periodOf('week', asOf).end;
console.log(
  t(
    `\n${names.get(first)}（${first}）${asOf} 至 ${weekEnd} 的安排：`,
    `\n${names.get(first)} (${first}), ${asOf} to ${weekEnd}:`,
  ),
);
const week = schedule.visits.filter((v) => v.caregiverId === first && v.date <= weekEnd);
const isCall = (key: string) => byKey.get(key)?.channel === 'phone';
const WEEKDAYS = t('一二三四五六日', 'MonTueWedThuFriSatSun');
const dayOf = (date: string) => {
  const day = isoWeekdayOf(plainDate(date)) - 1;
  return t(
    `${date.slice(5)} 周${WEEKDAYS[day]}`,
    `${date.slice(5)} ${WEEKDAYS.slice(day * 3, day * 3 + 3)}`,
  );
};
const agenda = week
  .filter((v) => !isCall(v.occurrenceKey))
  .map((v) => {
    const kind = label('visitKind', byKey.get(v.occurrenceKey)?.kind ?? 'homeVisit', { locale });
    return t(
      `${dayOf(v.date)} ${SLOTS[v.stop - 1]}　${names.get(v.elderId)}　${kind}`,
      `${dayOf(v.date)} ${SLOTS[v.stop - 1]}  ${names.get(v.elderId)}  ${kind}`,
    );
  });
for (const [date, n] of count(week.filter((v) => isCall(v.occurrenceKey)).map((v) => v.date)))
  agenda.push(
    t(
      `${dayOf(date)} ${CALL_TIME}　${n} 位老人的子女　联系子女（电话）`,
      `${dayOf(date)} ${CALL_TIME}  children of ${n} elders  contact children (phone)`,
    ),
  );
for (const line of agenda.sort()) console.log(`  ${line}`);

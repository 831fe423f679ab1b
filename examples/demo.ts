/**
 * `npm run demo`: a sample township from guanai's generator, validated as a ledger, with one
 * deliberately bad row, and a summary an official would read.
 */

import { dayInfo, festivalDate, nextWorkingDay } from '../src/calendar/index.js';
import { CATEGORY_KEYS, classifyElder, classifyLedger } from '../src/eligibility/index.js';
import { explainClassification } from '../src/i18n/index.js';
import {
  AbilityLevel,
  assessmentOn,
  type Elder,
  formatRowIssue,
  indexAreas,
  LivingArrangement,
  label,
  parseLedger,
  plainDate,
} from '../src/index.js';
import { generateSampleCounty } from '../src/sample/index.js';

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
console.log(`${sample.county.name} ${township.name} — 台账校验（统计日 ${asOf}）`);
console.log(
  `老人 ${ledger.elders.length} 人、帮扶人员 ${ledger.caregivers.length} 人通过校验；${ledger.invalid.length} 行有误：`,
);
for (const row of ledger.invalid) {
  for (const issue of row.issues) console.log(`  ${formatRowIssue(row.index, issue)}`);
}

function countBy<K extends string>(
  elders: readonly Elder[],
  key: (elder: Elder) => K,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const elder of elders) counts.set(key(elder), (counts.get(key(elder)) ?? 0) + 1);
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
    console.log(`  ${name.padEnd(width + 2, '　')}${String(count).padStart(4)}`);
}

table(
  '按村统计',
  countBy(
    ledger.elders,
    (elder) => areas.get(elder.residence.villageCode)?.name ?? elder.residence.villageCode,
  ),
);
table(
  '按居住方式统计',
  countBy(ledger.elders, (elder) => {
    const arrangement: LivingArrangement | undefined = elder.household.livingArrangement;
    return arrangement ? label('livingArrangement', arrangement) : '未知';
  }),
  LivingArrangement.options.map((value) => label('livingArrangement', value)),
);
table(
  '按能力等级统计（GB/T 42195-2022）',
  countBy(ledger.elders, (elder) => {
    const level = assessmentOn(elder.health, asOf)?.level;
    return level ? label('abilityLevel', level) : '未评估';
  }),
  AbilityLevel.options.map((value) => label('abilityLevel', value)),
);

// The working calendar as of the demo's date: when visits resume after the National Day
// holiday, and when the elders' day 重阳 (lunar 9/9) falls this year and next.
const year = Number(asOf.slice(0, 4));
const afterNationalDay = nextWorkingDay(plainDate(`${year}-10-01`));
console.log(`\n工作日历（统计日 ${asOf}，${label('dayKind', dayInfo(asOf).kind)}）`);
console.log(`  国庆假期后第一个工作日：${afterNationalDay}`);
console.log(
  `  ${year} 年重阳节：${festivalDate('doubleNinth', year)}；${year + 1} 年重阳节：${festivalDate('doubleNinth', year + 1)}`,
);

// Who is who: every category of spec §1–§2 as of the demo's date, with reasons officials can read.
const classified = classifyLedger(ledger.elders, { asOf, areas });
console.log(`\n分类统计（是 / 否 / 待核实）`);
for (const key of CATEGORY_KEYS) {
  const { yes, no, unknown } = classified.totals[key];
  console.log(
    `  ${label('category', key).padEnd(12, '　')}${String(yes).padStart(4)} /${String(no).padStart(4)} /${String(unknown).padStart(4)}`,
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
  console.log(`\n${elder.name ?? ''}（${elder.id}）`);
  for (const line of explainClassification(result, { categories: [...shown] }))
    console.log(`  ${line}`);
}

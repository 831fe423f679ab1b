/**
 * `npm run example:eligibility-explained`: four elders typed by hand, classified as of one day,
 * and why — in Simplified Chinese and English. An answer is `yes`, `no` or `unknown`; an unknown
 * one names the facts (paths into the record) that would decide it.
 */

import {
  type CategoryKey,
  type Classification,
  classifyElder,
  DEFAULT_POLICY,
  parsePolicy,
  selectPolicy,
} from 'guanai/eligibility';
import { explainClassification } from 'guanai/i18n';
import { Elder, parse, plainDate } from 'guanai/models';
import { type Language, languageOf } from './language.js';

// Both languages by default; `-- --lang en` (or `zh-CN`) prints one.
const locales: readonly Language[] = process.argv.some((arg) => arg.startsWith('--lang'))
  ? [languageOf(process.argv.slice(2), 'zh-CN')]
  : ['zh-CN', 'en'];

// A fixed day: the answers depend on it (ages, how long children have been away), never the clock.
const asOf = plainDate('2026-09-01');
const village = '530325101203';

// Clearly 留守 (spec §1.1 · S14 L359): 60+, rural, both children working outside the county
// for years, nobody able to support her at her side.
const wang = parse(Elder, {
  id: 'E-1',
  name: '王秀英',
  birthDate: '1956-05-10',
  residence: { setting: 'rural', villageCode: village },
  household: {
    livingArrangement: 'withGrandchildren',
    spouse: { status: 'widowed' },
    otherSupportObligors: [],
    children: [
      {
        relation: 'son',
        livesWithElder: false,
        whereabouts: { inElderCounty: false, address: '广东省东莞市' },
        awaySince: '2021-02-20',
        awayReason: 'migrantWork',
      },
      {
        relation: 'daughter',
        livesWithElder: false,
        whereabouts: { inElderCounty: false },
        awaySince: '2023-03-01',
        awayReason: 'business',
      },
    ],
  },
});

// 空巢 and living alone at 85 (高龄): his daughter lives in the county town, so he is not 留守.
const li = parse(Elder, {
  id: 'E-2',
  name: '李德明',
  birthDate: '1941-02-14',
  residence: { setting: 'rural', villageCode: village },
  household: {
    livingArrangement: 'alone',
    spouse: { status: 'widowed' },
    otherSupportObligors: [],
    children: [
      { relation: 'daughter', livesWithElder: false, whereabouts: { inElderCounty: true } },
    ],
  },
});

// A record half filled in: no birth date, and one son's absence without a start date. A missing
// key means "not known", so the answer is unknown — with the facts to ask for on the next visit.
const zhang = parse(Elder, {
  id: 'E-3',
  name: '张桂兰',
  residence: { setting: 'rural', villageCode: village },
  household: {
    livingArrangement: 'alone',
    otherSupportObligors: [],
    children: [
      {
        relation: 'son',
        livesWithElder: false,
        whereabouts: { inElderCounty: false },
        awayReason: 'migrantWork',
      },
    ],
  },
});

// 高龄 starts at 80 by default; a city's policy may start it at 70 (spec §1.8). The policy in
// force for an elder is the most specific one whose jurisdiction holds the elder's village.
const shaoxing = parsePolicy({
  id: 'zj-shaoxing-2024',
  name: '绍兴市（高龄 70 周岁起）',
  jurisdiction: '330600',
  validFrom: '2024-01-01',
  parameters: { advancedAgeThreshold: 70 },
});
const chen = parse(Elder, {
  id: 'E-4',
  name: '陈阿土',
  birthDate: '1953-03-01',
  residence: { setting: 'rural', villageCode: '330621101203' },
});

/** An elder's name and id, in parentheses of the language shown. */
function named(elder: Elder): string {
  return locales.includes('zh-CN') ? `${elder.name}（${elder.id}）` : `${elder.name} (${elder.id})`;
}

/** Print an elder's chosen categories in the chosen languages, and the facts still missing. */
function show(title: string, result: Classification, categories: CategoryKey[]): void {
  console.log(`\n== ${title}`);
  for (const locale of locales) {
    if (locales.length > 1) console.log(`[${locale}]`);
    for (const line of explainClassification(result, { categories, locale })) console.log(line);
  }
  for (const key of categories) {
    const { missing } = result.categories[key];
    if (missing.length > 0) console.log(`missing facts (${key}): ${missing.join(', ')}`);
  }
}

console.log(`Classified as of ${asOf}`);
show(`${named(wang)}`, classifyElder(wang, { asOf }), ['leftBehindElder', 'emptyNestElder']);
show(`${named(li)}`, classifyElder(li, { asOf }), [
  'leftBehindElder',
  'emptyNestElder',
  'livesAlone',
  'advancedAge',
]);
show(`${named(zhang)}`, classifyElder(zhang, { asOf }), ['leftBehindElder', 'advancedAge']);
const policy = selectPolicy([DEFAULT_POLICY, shaoxing], {
  region: chen.residence.villageCode,
  asOf,
});
if (!policy) throw new Error('no policy in force');
show(`${named(chen)}, national default policy`, classifyElder(chen, { asOf }), ['advancedAge']);
show(
  `${named(chen)}, policy in force: ${policy.name} (${policy.id})`,
  classifyElder(chen, { asOf, policy }),
  ['advancedAge'],
);

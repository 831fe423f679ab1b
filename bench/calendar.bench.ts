/**
 * The calendar beside the libraries its tables were generated from and verified against, in
 * the same process: `dayInfo` over every day 2007–2026 against chinese-days (`getDayDetail`) and
 * tyme4ts (`LegalHoliday`); `toLunar` over every day 1900–2100 against solarlunar and tyme4ts;
 * and the bundle each costs a mini-program. Needs `npm run build` first (for the sizes).
 */
import { createRequire } from 'node:module';
import { dayInfo, toLunar } from '../src/calendar/index.js';
import { fromDayNumber, type PlainDate, plainDate, toDayNumber } from '../src/models/index.js';
import { bundledSize, kb } from './bundle.js';
import { measure, report } from './harness.js';

const require = createRequire(import.meta.url);
const chineseDays = require('chinese-days') as {
  getDayDetail(date: string): { work: boolean; name: string };
};
const tyme = require('tyme4ts') as {
  LegalHoliday: { fromYmd(y: number, m: number, d: number): { isWork(): boolean } | null };
  SolarDay: { fromYmd(y: number, m: number, d: number): { getLunarDay(): { getDay(): number } } };
};
const solarlunar = (
  require('solarlunar') as { default: { solar2lunar(y: number, m: number, d: number): unknown } }
).default;

function days(from: string, to: string, every = 1): PlainDate[] {
  const list: PlainDate[] = [];
  for (let n = toDayNumber(plainDate(from)); n <= toDayNumber(plainDate(to)); n += every)
    list.push(fromDayNumber(n));
  return list;
}
const ymd = (date: string) =>
  [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))] as const;

const holidayYears = days('2007-01-01', '2026-12-31');
dayInfo(holidayYears[0] ?? plainDate('2007-01-01')); // build the table before timing
report(
  `dayInfo, every day 2007–2026 (${holidayYears.length.toLocaleString('en-US')} days; calls/s)`,
  [
    measure('guanai dayInfo', holidayYears.length, () => holidayYears.map((d) => dayInfo(d))),
    measure('chinese-days getDayDetail', holidayYears.length, () =>
      holidayYears.map((d) => chineseDays.getDayDetail(d)),
    ),
    measure('tyme4ts LegalHoliday.fromYmd', holidayYears.length, () =>
      holidayYears.map((d) => tyme.LegalHoliday.fromYmd(...ymd(d))),
    ),
  ],
  'guanai dayInfo',
);

const lunarYears = days('1900-01-31', '2100-12-31');
// tyme4ts takes ~12 s for the whole range: time it on every 20th day and report per call.
const lunarSample = days('1900-01-31', '2100-12-31', 20);
report(
  `toLunar, every day 1900–2100 (${lunarYears.length.toLocaleString('en-US')} days; tyme4ts on every 20th day; calls/s)`,
  [
    measure('guanai toLunar', lunarYears.length, () => lunarYears.map((d) => toLunar(d))),
    measure('solarlunar solar2lunar', lunarYears.length, () =>
      lunarYears.map((d) => solarlunar.solar2lunar(...ymd(d))),
    ),
    measure(
      'tyme4ts SolarDay.getLunarDay',
      lunarSample.length,
      () => lunarSample.map((d) => tyme.SolarDay.fromYmd(...ymd(d)).getLunarDay()),
      3,
    ),
  ],
  'guanai toLunar',
);

console.log('\n## Bundle size of a calendar (esbuild, minified, ESM, browser; zod counted)\n');
console.log('| what | min | min + gzip |');
console.log('| --- | ---: | ---: |');
// guanai by its package name from the built package, as an app imports it; everything the app
// ships is counted, zod included (guanai's calendar functions import none of it).
const BUNDLES: [string, string][] = [
  ['guanai/calendar, everything', "export * from 'guanai/calendar';"],
  ['guanai/calendar { dayInfo }', "export { dayInfo } from 'guanai/calendar';"],
  [
    'guanai/calendar { toLunar, festivalDate }',
    "export { toLunar, festivalDate } from 'guanai/calendar';",
  ],
  ['chinese-days (holidays + lunar)', "export { default } from 'chinese-days';"],
  ['tyme4ts { LegalHoliday, SolarDay }', "export { LegalHoliday, SolarDay } from 'tyme4ts';"],
  ['solarlunar (lunar only)', "export { default } from 'solarlunar';"],
];
for (const [name, source] of BUNDLES) {
  const size = await bundledSize(source);
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} |`);
}

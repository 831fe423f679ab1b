/**
 * Size budgets (`npm run size`): what an app ships for each subpath and for the single imports
 * the issues name, minified and gzipped, **zod counted**. size-limit leaves every peer
 * dependency out of the bundle unless told otherwise; zod is a peer, but an app that imports
 * guanai ships it, so it is put back here. exceljs stays out: it is an optional peer that only
 * guanai/xlsx's writers load. Limits are the measured size plus about 1 %, or the issue's aim
 * where the size is under it.
 */

/** Bundle zod, which size-limit leaves out as a peer dependency. */
const countZod = (config) => ({
  ...config,
  external: (config.external ?? []).filter((name) => name !== 'zod'),
});

/** The built ESM file of a subpath (`index` for the root). */
const esm = (subpath) => `dist/esm/${subpath === 'index' ? 'index' : `${subpath}/index`}.js`;

/** @type {[name: string, subpath: string, limit: string, imports?: string][]} */
const BUDGETS = [
  ['guanai', 'index', '182.3 kB'],
  ['guanai/models', 'models', '44.2 kB'],
  ['guanai/calendar', 'calendar', '34.3 kB'],
  ['guanai/eligibility', 'eligibility', '55.2 kB'],
  ['guanai/recurrence', 'recurrence', '60.8 kB'],
  ['guanai/ical', 'ical', '70.8 kB'],
  ['guanai/ical', 'ical', '57.6 kB', '{ toICalendar }'],
  ['guanai/scheduling', 'scheduling', '68.3 kB'],
  ['guanai/compliance', 'compliance', '61.7 kB'],
  ['guanai/followup', 'followup', '82.4 kB'],
  ['guanai/io', 'io', '91.5 kB'],
  ['guanai/xlsx', 'xlsx', '89.9 kB'],
  ['guanai/errors', 'errors', '1.6 kB'],
  ['guanai/i18n', 'i18n', '41.7 kB'],
  ['guanai/sample', 'sample', '33.8 kB'],
  ['guanai/models', 'models', '24.2 kB', '{ ResidentIdNumber, maskResidentId }'],
  ['guanai', 'index', '22.3 kB', '{ formatIssue }'],
  ['guanai/calendar', 'calendar', '4.3 kB', '{ dayInfo }'],
  ['guanai/calendar', 'calendar', '3.6 kB', '{ toLunar, festivalDate }'],
  ['guanai/eligibility', 'eligibility', '15.0 kB', '{ classifyElder }'],
  ['guanai/recurrence', 'recurrence', '1.7 kB', '{ occurrenceState }'],
  ['guanai/scheduling', 'scheduling', '9.3 kB', '{ solveAssignment }'],
];

/** A note on what else the bundle holds or leaves out, where it matters. */
const NOTES = {
  io: 'zod and papaparse counted',
  xlsx: 'zod counted; exceljs, an optional peer, not',
};

export default BUDGETS.map(([name, subpath, limit, imports]) => ({
  name: `${name}${imports ? ` ${imports}` : ''} (${NOTES[subpath] ?? 'zod counted'})`,
  path: esm(subpath),
  ...(imports ? { import: imports } : {}),
  gzip: true,
  limit,
  modifyEsbuildConfig: countZod,
}));

// Imports the built package (dist/) through its own name, once with `require` and once with
// `import`, for every subpath in package.json "exports", and checks that both builds expose
// the same names and behave the same. Vitest cannot see packaging mistakes; this can.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter(
  (key) => key !== './package.json' && !key.includes('*'),
);

/** Names each subpath must export (a sample of its public API). */
const EXPECTED = {
  '.': [
    'Elder',
    'parseLedger',
    'formatIssue',
    'GuanaiError',
    'plainDate',
    'expandPlan',
    'isGuanaiError',
    'formatError',
  ],
  './errors': ['GuanaiError', 'issue', 'fromZodIssues', 'isGuanaiError'],
  './models': [
    'Elder',
    'Caregiver',
    'Pairing',
    'ResidentIdNumber',
    'RegionCode',
    'CountyArea',
    'parseLedger',
    // api-sources
    'SOURCES',
    'SOURCE_COMPILATION',
    'sourceRefs',
  ],
  './calendar': [
    'dayInfo',
    'isWorkingDay',
    'nextWorkingDay',
    'toLunar',
    'fromLunar',
    'festivalDate',
    'extendHolidayCalendar',
  ],
  './eligibility': [
    'CitationSchema', // api-sources
    'classifyElder',
    'classifyLedger',
    'classifyChild',
    'classifyUnderDefinitions',
    'classifyChildUnderDefinitions',
    'EMPTY_NEST_DEFINITIONS',
    'CHILD_DEFINITIONS',
    'selectPolicy',
    'validatePolicies',
    'DEFAULT_POLICY',
    'Policy',
  ],
  './recurrence': [
    'VisitPlan',
    'Cadence',
    'expandPlan',
    'expandPlans',
    'expandRRule',
    'occurrenceState',
    'planFromPreset',
  ],
  './ical': ['toICalendar'],
  './scheduling': ['solveAssignment', 'pairElders', 'planVisits', 'replan', 'haversineKm'],
  './compliance': [
    'VisitRecord',
    'parseVisitRecords',
    'matchRecords',
    'coverage',
    'currentRecords',
  ],
  './followup': [
    'Party',
    'compareTasks',
    'replayCases',
    'caseTasks',
    'replayReferrals',
    'suggestReferrals',
    'trackingTasks',
    'verificationTasks',
    'applyFactUpdates',
    'ledgerChanges',
    'followUp',
    'tasksFor',
  ],
  './io': [
    'readLedgerCsv',
    'writeLedgerCsv',
    'readLedgerRows',
    'writeLedgerRows',
    'LEDGER_COLUMNS',
    'reportCsv',
    'reportTables',
    'groupHeading',
    'parseGroupHeading',
    'CHILDREN_SHEET_NAMES',
  ],
  './xlsx': ['readLedgerXlsx', 'writeLedgerXlsx', 'writeReportXlsx'],
  './i18n': [
    'formatIssue',
    'formatError',
    'label',
    'zhCN',
    'en',
    'explain',
    'explainClassification',
  ],
  './sample': ['generateSampleCounty', 'simulateVisitRecords'],
};
/** Names a subpath must not export: sample data stays out of the root and the domain modules. */
const ABSENT = {
  '.': ['generateSampleCounty', 'simulateVisitRecords'],
  './compliance': ['simulateVisitRecords'],
};

for (const subpath of subpaths) {
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const fromRequire = require(specifier);
  const fromImport = await import(specifier);
  const esmNames = Object.keys(fromImport)
    .filter((name) => name !== 'default')
    .sort();
  assert.deepEqual(
    Object.keys(fromRequire).sort(),
    esmNames,
    `${specifier}: CJS and ESM export different names`,
  );
  for (const name of EXPECTED[subpath] ?? assert.fail(`${specifier}: no expected names listed`)) {
    assert.ok(name in fromImport, `${specifier} lacks ${name}`);
  }
  for (const name of ABSENT[subpath] ?? []) {
    assert.ok(!(name in fromImport), `${specifier} should not export ${name}`);
  }
  console.log(`ok ${specifier} (${esmNames.length} exports, require and import)`);
}

// The bundlers' ESM (the `default` condition: one file per module in dist/esm/) has the same
// names as Node's (the `node` condition: chunks); Node never picks it, so it is loaded by path.
const modular = {};
for (const subpath of subpaths) {
  const file = pkg.exports[subpath].import.default;
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  modular[subpath] = await import(new URL(`../../${file}`, import.meta.url).href);
  assert.deepEqual(
    Object.keys(modular[subpath]).sort(),
    Object.keys(await import(specifier))
      .filter((name) => name !== 'default')
      .sort(),
    `${file}: the bundlers' ESM and Node's export different names`,
  );
}
console.log(`ok ${subpaths.length} subpaths: the bundlers' ESM (dist/esm) exports the same names`);

// Behaviour through both builds: a bad resident ID gives the same coded, translated issue.
const esm = await import(pkg.name);
const cjs = require(pkg.name);
for (const lib of [esm, cjs]) {
  const result = lib.safeParse(lib.ResidentIdNumber, '110105194912310021');
  assert.equal(result.ok, false);
  assert.equal(result.issues[0].code, 'resident_id_checksum');
  assert.equal(
    lib.formatIssue(result.issues[0], { locale: 'en' }),
    'Resident ID number check character is wrong: expected X, got 1',
  );
}
// api-errors: an error thrown by one build is a GuanaiError to the other's isGuanaiError
// (instanceof cannot see across the two classes), with its English sentence, ID masked.
for (const [thrower, checker] of [
  [esm, cjs],
  [cjs, esm],
]) {
  let caught;
  try {
    thrower.parse(thrower.Elder, { id: 'E-1', name: 'x', residentId: '110105194912310021' });
  } catch (error) {
    caught = error;
  }
  assert.equal(checker.isGuanaiError(caught), true, 'isGuanaiError across the builds');
  assert.equal(thrower.isGuanaiError(caught), true);
  assert.equal(caught instanceof thrower.GuanaiError, true);
  assert.equal(checker.isGuanaiError(new Error('x')), false);
  assert.match(caught.message, /^residentId: Resident ID number check character is wrong/);
  assert.ok(!caught.message.includes('110105194912310021'), 'the ID is masked');
  assert.match(checker.formatError(caught), /^residentId：公民身份号码/);
  assert.throws(
    () => thrower.planFromPreset('weekly', {}),
    (error) =>
      checker.isGuanaiError(error) && /^preset: Unknown preset "weekly"/.test(error.message),
  );
}
const { generateSampleCounty } = await import(`${pkg.name}/sample`);
const county = generateSampleCounty({ seed: 7, elders: 20 });
assert.equal(esm.parseLedger(county).invalid.length, 0);
assert.deepEqual(
  require(`${pkg.name}/sample`).generateSampleCounty({ seed: 7, elders: 20 }),
  county,
);
const calendarEsm = await import(`${pkg.name}/calendar`);
const calendarCjs = require(`${pkg.name}/calendar`);
for (const calendar of [calendarEsm, calendarCjs, modular['./calendar']]) {
  assert.equal(calendar.festivalDate('doubleNinth', 2026), '2026-10-18');
  assert.equal(calendar.nextWorkingDay('2026-09-30'), '2026-10-08');
}
const eligibilityEsm = await import(`${pkg.name}/eligibility`);
const eligibilityCjs = require(`${pkg.name}/eligibility`);
const statuses = [eligibilityEsm, eligibilityCjs, modular['./eligibility']].map((eligibility) =>
  county.elders
    .map(
      (elder) =>
        eligibility.classifyElder(elder, { asOf: '2026-06-30' }).categories.leftBehindElder.status,
    )
    .join(),
);
assert.equal(statuses[0], statuses[1]);
assert.equal(statuses[0], statuses[2]);
// rrule is CommonJS without named exports: both builds must reach it (RRULE and plan expansion).
const recurrenceEsm = await import(`${pkg.name}/recurrence`);
const recurrenceCjs = require(`${pkg.name}/recurrence`);
for (const recurrence of [recurrenceEsm, recurrenceCjs, modular['./recurrence']]) {
  assert.deepEqual(
    recurrence.expandRRule('DTSTART:20260105T093000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2', {
      from: '2026-01-01',
      to: '2026-12-31',
    }),
    ['2026-01-05T09:30:00', '2026-01-12T09:30:00'],
  );
  const plan = recurrence.planFromPreset('festivalVisits', {
    id: 'festivals',
    whom: { elders: ['E-1'] },
    validFrom: '2026-01-01',
  });
  const days = recurrence.expandPlan(plan, { from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(
    days.map((visit) => visit.due),
    ['2026-02-17', '2026-09-25', '2026-10-01', '2026-10-18'],
  );
}
const schedulingEsm = await import(`${pkg.name}/scheduling`);
const schedulingCjs = require(`${pkg.name}/scheduling`);
for (const scheduling of [schedulingEsm, schedulingCjs, modular['./scheduling']]) {
  const solution = scheduling.solveAssignment({
    agents: [
      { id: 'a', capacity: 1 },
      { id: 'b', capacity: 1 },
    ],
    jobs: [{ id: 'x' }, { id: 'y' }],
    candidates: [
      { agent: 'a', job: 'x', cost: 1 },
      { agent: 'b', job: 'x', cost: 2 },
      { agent: 'a', job: 'y', cost: 1 },
    ],
  });
  assert.equal(solution.cost, 3);
  assert.equal(solution.optimal, true);
}
const complianceEsm = await import(`${pkg.name}/compliance`);
const complianceCjs = require(`${pkg.name}/compliance`);
for (const compliance of [complianceEsm, complianceCjs]) {
  const { records, invalid } = compliance.parseVisitRecords(
    [
      {
        id: 'R-1',
        elderId: 'E-1',
        caregiverIds: ['C-1'],
        on: '2026-03-03',
        channel: 'inPerson',
        outcome: 'completed',
        recordedOn: '2026-03-03',
      },
      {
        id: 'R-2',
        elderId: 'E-1',
        caregiverIds: ['C-1'],
        on: '2026-03-09',
        channel: 'inPerson',
        outcome: 'completed',
        recordedOn: '2026-03-09',
      },
    ],
    { asOf: '2026-03-05' },
  );
  assert.equal(records.length, 1);
  assert.deepEqual(
    invalid[0].issues.map((i) => i.code),
    ['date_after_as_of', 'date_after_as_of'],
  );
}
// Ledger files: CSV and XLSX round trips through both builds (papaparse and exceljs load in each).
const ioEsm = await import(`${pkg.name}/io`);
const ioCjs = require(`${pkg.name}/io`);
const xlsxEsm = await import(`${pkg.name}/xlsx`);
const xlsxCjs = require(`${pkg.name}/xlsx`);
const csvText = '编号,姓名,村（社区）代码,出生日期\r\nE-1,王秀英,530325101203,1950年3月8日\r\n';
for (const [io, xlsx] of [
  [ioEsm, xlsxEsm],
  [ioCjs, xlsxCjs],
]) {
  const read = io.readLedgerCsv(csvText, { kind: 'elders' });
  assert.equal(read.records[0].birthDate, '1950-03-08');
  const bytes = await xlsx.writeLedgerXlsx(read);
  const back = await xlsx.readLedgerXlsx(bytes, { kind: 'elders' });
  assert.deepEqual(back.records, read.records);
}
console.log('ok behaviour matches in ESM and CJS');

/** `npm run bench`: every benchmark in bench/, one after another, printed as Markdown tables. */
import { cpus } from 'node:os';

const only = process.argv[2];
console.log(
  `# guanai benchmarks — Node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`,
);
if (!only || only === 'parseLedger') await import('./parseLedger.bench.js');
if (!only || only === 'calendar') await import('./calendar.bench.js');
if (!only || only === 'size') await import('./size.bench.js');
if (!only || only === 'eligibility') await import('./eligibility.bench.js');
if (!only || only === 'recurrence') await import('./recurrence.bench.js');
if (!only || only === 'assignment') await import('./assignment.bench.js');
if (!only || only === 'planning') await import('./planning.bench.js');
if (!only || only === 'duties') await import('./duties.bench.js');
if (!only || only === 'tracking') await import('./tracking.bench.js');
if (!only || only === 'ledgerFiles') await import('./ledgerFiles.bench.js');
if (!only || only === 'followup') await import('./followup.bench.js');
// Needs redis-server and takes many minutes at its default size: only when asked for by name.
// The province bench imports the province example, which imports the built package: it is
// type-checked with the examples (examples/tsconfig.json), so not named here as a literal.
const provinceBench = './province.bench.js';
if (only === 'province') await import(provinceBench);

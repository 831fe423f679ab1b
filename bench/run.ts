/** `npm run bench`: every benchmark in bench/, one after another, printed as Markdown tables. */
import { cpus } from 'node:os';

console.log(
  `# guanai benchmarks — Node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`,
);
await import('./parseLedger.bench.js');
await import('./size.bench.js');

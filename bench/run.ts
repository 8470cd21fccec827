/**
 * `npm run bench [-- name...]`: the performance benchmarks named in the issues, with their targets.
 * Numbers go to docs/benchmarks.md by hand, with the machine they were measured on.
 */
import os from 'node:os';
import { benchCoding } from './coding';
import { benchColdStart } from './coldStart';
import { benchExports } from './exports';
import { benchBulkImport, benchImportOne } from './import';
import { benchNotesTyping } from './notesTyping';
import { benchSynthesis } from './synthesis';
import { benchReaderPaint } from './readerPaint';
import { benchRefi } from './refi';
import { report, type BenchResult } from './util';

const BENCHES: Record<string, () => Promise<BenchResult[]>> = {
  'cold-start': () => benchColdStart(),
  'import-one': () => benchImportOne(),
  'import-bulk': () => benchBulkImport(),
  coding: () => benchCoding(),
  'notes-typing': () => benchNotesTyping(),
  synthesis: () => benchSynthesis(),
  'reader-paint': () => benchReaderPaint(),
  exports: () => benchExports(),
  refi: () => benchRefi(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
const results: BenchResult[] = [];
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  process.stderr.write(`running ${name}…\n`);
  results.push(...(await bench()));
}
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}`);
console.log(report(results));

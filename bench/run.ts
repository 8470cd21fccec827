/**
 * `npm run bench [-- name...] [--scale N]`: the performance benchmarks named in the issues, with their
 * targets, on the standard corpus or N times it. Numbers go to docs/benchmarks.md by hand, with the
 * machine they were measured on and its load average (printed before and after).
 */
import os from 'node:os';
import { benchAgreement } from './agreement';
import { benchCli } from './cli';
import { benchCoding } from './coding';
import { benchColdStart } from './coldStart';
import { benchDocumentImport } from './documents';
import { benchExports } from './exports';
import { benchBulkImport, benchImportIntoCorpus, benchImportOne } from './import';
import { benchImportMemory, benchImportStall } from './importBudgets';
import { benchMerge } from './merge';
import { benchNotesTyping } from './notesTyping';
import { benchPseudonymise } from './pseudonymise';
import { benchProjectSafety } from './projectSafety';
import { benchQueries } from './queries';
import { benchQuoteExport } from './quoteExport';
import { setScale } from './standardCorpus';
import { benchSynthesis } from './synthesis';
import { benchReaderPaint } from './readerPaint';
import { benchScreens } from './screens';
import { benchRefi } from './refi';
import { report, type BenchResult } from './util';

const BENCHES: Record<string, () => Promise<BenchResult[]>> = {
  'cold-start': () => benchColdStart(),
  'import-one': () => benchImportOne(),
  'import-bulk': () => benchBulkImport(),
  'import-into-corpus': () => benchImportIntoCorpus(),
  coding: () => benchCoding(),
  'notes-typing': () => benchNotesTyping(),
  synthesis: () => benchSynthesis(),
  'reader-paint': () => benchReaderPaint(),
  exports: () => benchExports(),
  pseudonymise: () => benchPseudonymise(),
  'project-safety': () => benchProjectSafety(),
  'import-memory': () => benchImportMemory(),
  'import-stall': () => benchImportStall(),
  queries: () => benchQueries(),
  screens: () => benchScreens(),
  cli: () => benchCli(),
  refi: () => benchRefi(),
  documents: () => benchDocumentImport(),
  'quote-export': () => benchQuoteExport(),
  merge: () => benchMerge(),
  agreement: () => benchAgreement(),
};

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
if (!Number.isInteger(scale) || scale < 1 || scale > 16) {
  console.error('--scale takes a whole number from 1 to 16 (4 builds the 4× corpus).');
  process.exit(2);
}
setScale(scale);
const wanted = args.filter((a, i) => !a.startsWith('-') && !(scaleAt >= 0 && i === scaleAt + 1));
const names = wanted.length ? wanted : Object.keys(BENCHES);
const results: BenchResult[] = [];
const loadBefore = os.loadavg();
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  process.stderr.write(`running ${name}… (load ${os.loadavg()[0]!.toFixed(2)})\n`);
  // One benchmark failing (a browser that would not start) does not lose the others' figures.
  try {
    const rows = await bench();
    results.push(...rows);
    process.stderr.write(`${report(rows)}\n`);
  } catch (err) {
    process.exitCode = 1;
    process.stderr.write(`${name} failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
}
const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()}; scale ×${scale}`,
);
console.log(`load average (1/5/15 min) before: ${loads(loadBefore)}, after: ${loads(os.loadavg())}`);
console.log(report(results));

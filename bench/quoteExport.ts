/**
 * The quote library export on the standard corpus (issue 17, item 6): all 50,000 quotes (one row per
 * quote × tag) to XLSX, end to end as `exports.quoteLibrary` does it — the rows read, dressed and written
 * in the export worker through its own read-only connection, the file wrapped for the wire here — with
 * real names and pseudonymised; inline as tests and the CLI run it; and as CSV. Target: ≤ 5 s. The
 * longest stall of the answering thread meanwhile (as importBudgets.ts measures it) is reported too.
 */
import os from 'node:os';
import path from 'node:path';
import type { NameChoice } from '../electron/core/services/export/quoteLibrarySheet';
import { inlineRenderer, workerRenderer, type DocumentRenderer } from '../electron/core/services/export/renderDocument';
import { exportReadTable } from '../electron/core/services/export/tableFile';
import type { TableFormat } from '../shared/ipc/contract/exports';
import { QuoteLibraryExportFilter } from '../shared/ipc/contract/exports';
import { longestStall } from './importBudgets';
import { corpusCopy } from './standardCorpus';
import { median, type BenchResult } from './util';

const RUNS = 3;

export async function benchQuoteExport(): Promise<BenchResult[]> {
  const { ctx, dispose } = await corpusCopy('quote-export', { automaticBackups: false });
  const worker = workerRenderer({
    file: path.resolve('electron/core/services/export/renderWorker.dev.mjs'),
  });
  try {
    const filter = QuoteLibraryExportFilter.parse({});
    const quotes = (ctx.db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n;
    let bytes = 0;
    const time = async (names: NameChoice, renderer: DocumentRenderer, format: TableFormat) => {
      const total: number[] = [];
      const stalls: number[] = [];
      // One warm-up: exceljs and the worker load on the first export, once per process.
      for (let i = 0; i <= RUNS; i++) {
        const s = performance.now();
        const { value, stallMs } = await longestStall(() =>
          exportReadTable(ctx.emit, { baseName: 'quotes', format }, () =>
            renderer.quoteLibrary({ projectPath: ctx.projectPath, filter, names, format }),
          ),
        );
        bytes = value.content.length;
        if (i === 0) continue;
        total.push(performance.now() - s);
        stalls.push(stallMs);
      }
      return { total: median(total), stall: Math.max(...stalls) };
    };
    const viaWorker = await time('real', worker, 'xlsx');
    const xlsxBytes = (bytes * 3) / 4;
    const pseudo = await time('pseudonym', worker, 'xlsx');
    const inline = await time('real', inlineRenderer, 'xlsx');
    const csv = await time('real', worker, 'csv');
    const load = os.loadavg()[0]!.toFixed(2);
    const detail = (extra: string) => `median of ${RUNS} after a warm-up; ${extra}; load average ${load}`;
    const stall = (r: { stall: number }) => `longest answering-thread stall ${r.stall.toFixed(0)} ms`;
    return [
      {
        name: `quote library → XLSX, ${quotes} quotes, real names, export worker (read there)`,
        value: viaWorker.total,
        unit: 'ms',
        target: 5000,
        detail: detail(`${(xlsxBytes / 1e6).toFixed(1)} MB; ${stall(viaWorker)}`),
      },
      {
        name: `quote library → XLSX, ${quotes} quotes, pseudonymised, export worker (read there)`,
        value: pseudo.total,
        unit: 'ms',
        target: 5000,
        detail: detail(stall(pseudo)),
      },
      {
        name: `quote library → XLSX, ${quotes} quotes, real names, inline (tests, CLI)`,
        value: inline.total,
        unit: 'ms',
        target: 5000,
        detail: detail('all of it on the calling thread'),
      },
      {
        name: `quote library → CSV, ${quotes} quotes, real names, export worker`,
        value: csv.total,
        unit: 'ms',
        target: Number.POSITIVE_INFINITY,
        detail: detail(stall(csv)),
      },
      {
        name: 'longest answering-thread stall during a worker export (XLSX, either names)',
        value: Math.max(viaWorker.stall, pseudo.stall),
        unit: 'ms',
        target: 50,
        detail: 'the 1 ms timer of importBudgets.ts#longestStall',
      },
    ];
  } finally {
    await worker.close();
    dispose();
  }
}

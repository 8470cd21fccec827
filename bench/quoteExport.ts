/**
 * The quote library export on the standard corpus (issue 17, item 6): all 50,000 quotes (one row per
 * quote × tag) to XLSX, end to end — read and dress the rows on the answering thread, then write the
 * workbook — with real names and pseudonymised, inline and through the export worker the app uses.
 * Target: ≤ 5 s. The part on the answering thread (reading the rows, pseudonymising) is reported apart.
 */
import os from 'node:os';
import path from 'node:path';
import { quoteLibrarySheet, type NameChoice } from '../electron/core/services/export/quoteLibrarySheet';
import { inlineRenderer, workerRenderer, type DocumentRenderer } from '../electron/core/services/export/renderDocument';
import { sheetCsv } from '../electron/core/services/export/sheets';
import { QuoteLibraryExportFilter } from '../shared/ipc/contract/exports';
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
    let rows = 0;
    let bytes = 0;
    const time = async (names: NameChoice, renderer: DocumentRenderer | 'csv') => {
      const build: number[] = [];
      const total: number[] = [];
      // One warm-up: exceljs and the worker load on the first export, once per process.
      for (let i = 0; i <= RUNS; i++) {
        const s = performance.now();
        const sheet = quoteLibrarySheet(ctx.db, filter, names);
        const built = performance.now() - s;
        if (renderer === 'csv') bytes = sheetCsv(sheet).length;
        else bytes = (await renderer.renderSheets([sheet])).byteLength;
        rows = sheet.rows.length;
        if (i === 0) continue;
        build.push(built);
        total.push(performance.now() - s);
      }
      return { build: median(build), total: median(total) };
    };
    const inline = await time('real', inlineRenderer);
    const xlsxBytes = bytes;
    const viaWorker = await time('real', worker);
    const pseudo = await time('pseudonym', worker);
    const csv = await time('real', 'csv');
    const load = os.loadavg()[0]!.toFixed(2);
    const detail = (extra: string) => `median of ${RUNS} after a warm-up; ${extra}; load average ${load}`;
    return [
      {
        name: `quote library → XLSX, ${quotes} quotes (${rows} rows), real names, inline`,
        value: inline.total,
        unit: 'ms',
        target: 5000,
        detail: detail(`${(xlsxBytes / 1e6).toFixed(1)} MB; reading the rows ${inline.build.toFixed(0)} ms`),
      },
      {
        name: `quote library → XLSX, ${quotes} quotes, real names, export worker`,
        value: viaWorker.total,
        unit: 'ms',
        target: 5000,
        detail: detail(`on the answering thread ${viaWorker.build.toFixed(0)} ms`),
      },
      {
        name: `quote library → XLSX, ${quotes} quotes, pseudonymised, export worker`,
        value: pseudo.total,
        unit: 'ms',
        target: 5000,
        detail: detail(`on the answering thread ${pseudo.build.toFixed(0)} ms`),
      },
      {
        name: `quote library → CSV, ${quotes} quotes, real names`,
        value: csv.total,
        unit: 'ms',
        target: Number.POSITIVE_INFINITY,
        detail: detail(`reading the rows ${csv.build.toFixed(0)} ms`),
      },
    ];
  } finally {
    await worker.close();
    dispose();
  }
}

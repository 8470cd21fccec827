/**
 * Pseudonymising on the standard corpus: building the project's pseudonymiser (every participant's
 * names, aliases and e-mail, companies, interviewers, speaker labels) and running it over every quote
 * of the study, as a pseudonymised evidence CSV does — plus the whole evidence CSV end to end.
 */
import os from 'node:os';
import { evidenceCsv } from '../electron/core/services/export/evidenceCsv';
import { projectPseudonymiser } from '../electron/core/services/export/names';
import { corpusCopy } from './standardCorpus';
import { median, type BenchResult } from './util';

const RUNS = 7;

export async function benchPseudonymise(): Promise<BenchResult[]> {
  const { ctx, dispose } = await corpusCopy('pseudonymise');
  try {
    const quotes = (ctx.db.prepare('SELECT exact_text FROM quotes').all() as { exact_text: string }[]).map(
      (r) => r.exact_text,
    );
    const people = (ctx.db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
    const chars = quotes.reduce((n, q) => n + q.length, 0);
    const buildMs: number[] = [];
    const textMs: number[] = [];
    const csvMs: number[] = [];
    projectPseudonymiser(ctx.db).text(quotes[0] ?? ''); // warm
    for (let i = 0; i < RUNS; i++) {
      let s = performance.now();
      const ps = projectPseudonymiser(ctx.db);
      buildMs.push(performance.now() - s);
      s = performance.now();
      for (const q of quotes) ps.text(q);
      textMs.push(performance.now() - s);
      s = performance.now();
      evidenceCsv(ctx, { pseudonymise: true });
      csvMs.push(performance.now() - s);
    }
    const load = os.loadavg()[0]!.toFixed(2);
    return [
      {
        name: `pseudonymiser, built from ${people} participants`,
        value: median(buildMs),
        unit: 'ms',
        target: 100,
        detail: `median of ${RUNS}; load average ${load}`,
      },
      {
        name: `pseudonymising ${quotes.length} quotes (${Math.round(chars / 1000)}k characters)`,
        value: median(textMs),
        unit: 'ms',
        target: 1000,
        detail: `median of ${RUNS}; load average ${load}`,
      },
      {
        name: `pseudonymised evidence CSV, ${quotes.length} quotes`,
        value: median(csvMs),
        unit: 'ms',
        target: Number.POSITIVE_INFINITY,
        detail: `median of ${RUNS}; load average ${load}`,
      },
    ];
  } finally {
    dispose();
  }
}

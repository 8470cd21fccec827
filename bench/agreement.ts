/**
 * Intercoder agreement on the standard corpus (issue 18): its codings split between two coders with
 * disagreements — coder A holds every coding of the corpus; coder B re-codes each quote on a copy of
 * its own, except that B leaves out 1 coding in 10, starts 1 quote in 20 a few characters later, and
 * adds a coding A did not give to 1 quote in 25 — then agreement over all 500 interviews, every tag
 * used, at the turn (target ≤ 2 s) and at the character. Where the time goes is reported beside it:
 * the two reads (turns, codings) against building the tables and computing the coefficients.
 */
import os from 'node:os';
import path from 'node:path';
import { computeAgreement, loadAgreementData } from '../electron/core/services/agreement/compute';
import { workerRenderer } from '../electron/core/services/export/renderDocument';
import { longestStall } from './importBudgets';
import { corpusCopy } from './standardCorpus';
import { median, type BenchResult } from './util';

const RUNS = 3;

export async function benchAgreement(): Promise<BenchResult[]> {
  const { ctx, dispose } = await corpusCopy('agreement', { automaticBackups: false });
  try {
    const { db } = ctx;
    const setupStart = performance.now();
    const [a, b] = db.transaction(() => {
      const coder = (guid: string, name: string, initials: string, colour: string) =>
        Number(
          db
            .prepare('INSERT INTO coders (guid, name, initials, colour, created_at) VALUES (?, ?, ?, ?, 0)')
            .run(guid, name, initials, colour).lastInsertRowid,
        );
      const a = coder('bench-a', 'Coder A', 'A', '#1864ab');
      const b = coder('bench-b', 'Coder B', 'B', '#c2255c');
      db.prepare('UPDATE codings SET coder_id = ?').run(a);
      db.prepare('UPDATE quotes SET coder_id = ?').run(a);
      // B's own quotes on A's spans; one in 20 starts a few characters later (a char-level difference).
      db.prepare(
        `INSERT INTO quotes (guid, interview_id, source, start_segment_id, start_offset, end_segment_id, end_offset,
                             exact_text, prefix, suffix, created_at, updated_at, coder_id)
         SELECT 'b-' || id, interview_id, source, start_segment_id,
                CASE WHEN id % 20 = 1 AND start_segment_id = end_segment_id AND end_offset - start_offset > 8
                     THEN start_offset + 4 ELSE start_offset END,
                end_segment_id, end_offset, exact_text, prefix, suffix, created_at, updated_at, ?
           FROM quotes WHERE coder_id = ?`,
      ).run(b, a);
      db.prepare(
        `INSERT INTO codings (guid, quote_id, tag_id, intensity, created_at, stance, coder_id)
         SELECT 'b-' || c.id, q.id, c.tag_id, c.intensity, c.created_at, c.stance, ?
           FROM codings c JOIN quotes q ON q.guid = 'b-' || c.quote_id
          WHERE c.id % 10 != 3`,
      ).run(b);
      // A tag only B gave, on one quote in 25 (a tag A used elsewhere, not on this quote).
      db.prepare(
        `INSERT OR IGNORE INTO codings (guid, quote_id, tag_id, intensity, created_at, stance, coder_id)
         SELECT 'b-extra-' || q.id, q.id, (SELECT t.id FROM tags t WHERE t.id >= (SELECT min(id) FROM tags) + q.id % 150 ORDER BY t.id LIMIT 1), NULL, 0, 'supports', ?
           FROM quotes q WHERE q.coder_id = ? AND q.id % 25 = 0`,
      ).run(b, b);
      return [a, b];
    })();
    const setupMs = performance.now() - setupStart;
    const codings = (
      db.prepare('SELECT coder_id, count(*) AS n FROM codings GROUP BY coder_id').all() as {
        coder_id: number;
        n: number;
      }[]
    ).map((r) => `${r.coder_id === a ? 'A' : 'B'} ${r.n}`);

    const time = (unit: 'turn' | 'char') => {
      const totals: number[] = [];
      const reads: number[] = [];
      let report = computeAgreement(db, { coderIds: [a!, b!], unit });
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        loadAgreementData(db, [a!, b!], null, unit);
        reads.push(performance.now() - s);
        const t = performance.now();
        report = computeAgreement(db, { coderIds: [a!, b!], unit });
        totals.push(performance.now() - t);
      }
      return { total: median(totals), reads: median(reads), report };
    };
    const turn = time('turn');
    const char = time('char');

    // What agreement.compute does in the app and the web host: the document worker computes through its
    // own read-only connection; the answering thread only waits (its longest stall measured by a timer).
    const worker = workerRenderer({ file: path.resolve('electron/core/services/export/renderWorker.dev.mjs') });
    const inWorker = { totals: [] as number[], stalls: [] as number[] };
    try {
      const read = { projectPath: ctx.projectPath, scope: { coderIds: [a!, b!], unit: 'turn' as const } };
      await worker.agreement(read);
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        const { stallMs } = await longestStall(() => worker.agreement(read));
        inWorker.totals.push(performance.now() - s);
        inWorker.stalls.push(stallMs);
      }
    } finally {
      await worker.close();
    }
    const load = os.loadavg()[0]!.toFixed(2);
    const detail = (r: ReturnType<typeof time>) =>
      `median of ${RUNS} after a warm-up; ${r.report.tags.length} tags, ${r.report.overall.units.toLocaleString('en')} units pooled, ` +
      `α overall ${r.report.overall.alpha.value?.toFixed(3)}, ${r.report.disagreementsTotal} disagreements; ` +
      `reading turns and codings ${r.reads.toFixed(0)} ms, tables and coefficients ${(r.total - r.reads).toFixed(0)} ms; ` +
      `codings ${codings.join(', ')}; setup ${(setupMs / 1000).toFixed(1)} s; load average ${load}`;
    return [
      {
        name: `agreement, 2 coders, ${turn.report.interviews.length} interviews, turn level`,
        value: turn.total,
        unit: 'ms',
        target: 2000,
        detail: detail(turn),
      },
      {
        name: `agreement.compute in the document worker, turn level (answering thread's longest stall ${median(inWorker.stalls).toFixed(0)} ms)`,
        value: median(inWorker.totals),
        unit: 'ms',
        target: 2000,
        detail: `median of ${RUNS} after a warm-up; stalls ${inWorker.stalls.map((x) => x.toFixed(0)).join(', ')} ms (importBudgets.ts#longestStall, a 1 ms timer on the answering thread); load average ${os.loadavg()[0]!.toFixed(2)}`,
      },
      {
        name: `agreement, 2 coders, ${char.report.interviews.length} interviews, character level`,
        value: char.total,
        unit: 'ms',
        target: Number.POSITIVE_INFINITY,
        detail: detail(char),
      },
    ];
  } finally {
    dispose();
  }
}

/**
 * Issue 17, item 2: importing a 50,000-row support-ticket CSV (5,000 requesters at 800 companies, a
 * year of dates) into a copy of the standard corpus through the import worker, as the app and the web
 * host do — target ≤ 10 s from stage to commit; and the longest stall of the thread that answers the UI
 * meanwhile (measured as in importBudgets.ts: the longest gap between 1 ms timer ticks) — target ≤ 50 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/createCore';
import type { DocumentCommitResult, DocumentPreview, DocumentStaged } from '../shared/domain/document';
import { longestStall } from './importBudgets';
import { benchScale, DOMAIN_WORDS, standardCorpus } from './standardCorpus';
import type { BenchResult } from './util';

const ROWS = 50_000;

/** A deterministic Zendesk-style export: id, created, requester, e-mail, organisation, subject, description. */
export function supportTicketCsv(rows = ROWS): string {
  // mulberry32: exact in doubles, unlike an LCG multiplied past 2^53.
  let seed = 17;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const words = DOMAIN_WORDS;
  const out = ['Ticket ID,Created,Requester,Requester Email,Organization,Subject,Description'];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < rows; i++) {
    const who = Math.floor(rnd() * 5000);
    const company = who % 800;
    const date = new Date(start + Math.floor(rnd() * 365) * 86_400_000).toISOString().slice(0, 10);
    const text = Array.from({ length: 20 + Math.floor(rnd() * 30) }, () => pick(words)).join(' ');
    out.push(
      `${100000 + i},${date},Customer ${who},customer${who}@company${company}.example,Company ${company},${pick(words)} issue,"${text}."`,
    );
  }
  return out.join('\r\n') + '\r\n';
}

export async function benchDocumentImport(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-documents-'));
  const file = path.join(dir, 'corpus.groundwork');
  fs.copyFileSync(await standardCorpus(), file);
  const core = await createCore({
    projectPath: file,
    userDataDir: path.join(dir, 'user-data'),
    importWorker: { file: new URL('../electron/core/services/transcripts/importWorker.dev.mjs', import.meta.url) },
  });
  const csv = supportTicketCsv();
  const input = { fileName: 'zendesk-tickets.csv', dataBase64: Buffer.from(csv).toString('base64') };
  const call = async <T>(method: string, body: unknown): Promise<T> => {
    const env = await core.dispatch(method as never, body as never);
    if (!env.ok) throw new Error(`${method}: ${JSON.stringify(env.error)}`);
    return env.value as T;
  };
  // The worker's first start (under tsx here, a bundle in the app) is measured apart from the import.
  const warm = await longestStall(() =>
    call<DocumentStaged>('documents.stageFile', {
      fileName: 'warm-up.csv',
      dataBase64: Buffer.from('Date,Message\r\n2026-01-01,hello\r\n').toString('base64'),
    }),
  );
  const t0 = performance.now();
  const stage = await longestStall(() => call<DocumentStaged>('documents.stageFile', input));
  const t1 = performance.now();
  const preview = await longestStall(() =>
    call<DocumentPreview>('documents.preview', { stagingId: stage.value.stagingId, mapping: stage.value.suggested }),
  );
  const t2 = performance.now();
  const commit = await longestStall(() =>
    call<DocumentCommitResult>('documents.commit', {
      stagingId: stage.value.stagingId,
      mapping: stage.value.suggested,
      sourceKind: 'support_tickets',
    }),
  );
  const t3 = performance.now();
  // The first roll-up after the import (the synthesis screen's first paint) on the answering thread.
  const r0 = performance.now();
  await call('synthesis.rollup', {});
  const rollupMs = performance.now() - r0;
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const mb = (csv.length / 1024 / 1024).toFixed(1);
  const stall = Math.max(stage.stallMs, preview.stallMs, commit.stallMs);
  return [
    {
      name: `import a ${ROWS.toLocaleString('en-GB')}-row support-ticket CSV into the standard corpus ×${benchScale()} (stage, preview, commit)`,
      value: (t3 - t0) / 1000,
      unit: 's',
      target: 10,
      detail: `${mb} MB; stage ${((t1 - t0) / 1000).toFixed(1)} s, preview ${((t2 - t1) / 1000).toFixed(1)} s, commit ${((t3 - t2) / 1000).toFixed(1)} s; ${commit.value.turns} turns, ${preview.value.counts.newParticipants} new participants`,
    },
    {
      name: 'longest UI-thread stall during that import (import worker)',
      value: stall,
      unit: 'ms',
      target: 50,
      detail: `stage ${stage.stallMs.toFixed(0)} ms, preview ${preview.stallMs.toFixed(0)} ms, commit ${commit.stallMs.toFixed(0)} ms`,
    },
    {
      name: 'longest UI-thread stall while the import worker starts (first use, dev loader)',
      value: warm.stallMs,
      unit: 'ms',
      target: Infinity,
      detail: 'a two-row file staged before the import',
    },
    { name: 'first roll-up after it (answering thread)', value: rollupMs, unit: 'ms', target: Infinity, detail: '' },
  ];
}

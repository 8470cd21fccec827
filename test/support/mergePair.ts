/**
 * Two copies of one study for merge tests: project A with an interview, the copy for a colleague made
 * through the real method (host.copyForColleague), each opened by its own core under its own coder
 * (Ada in A, Bo in B), with random-looking GUIDs kept apart by prefix as real copies' would be.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { createCore } from '../../electron/core/createCore';
import type { Transcript } from '../../shared/domain/transcript';
import type { MergeChoice, MergePreview, MergeReport } from '../../shared/domain/merge';
import { callerFor, makeCore, sequentialGuids, steppingClock, type Caller, type TestCore } from './core';
import { importTurns } from './study';

export const ADA = { name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' };
export const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };

export const TURNS = [
  { speaker: 'Maya', text: 'What slows you down at month end?' },
  { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse.' },
  { speaker: 'Maya', text: 'Why is that?' },
  { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
];

export interface Side extends Caller {
  path: string;
  host: TestCore['host'];
  close(): void;
}

export interface Pair {
  a: Side;
  b: Side;
  transcript: Transcript;
  /** A transcript span of turn i from the first `from` to the end of `to` (ids as in A; B's differ only by row id). */
  span(
    side: Side,
    i: number,
    from: string,
    to: string,
  ): Promise<{
    interviewId: number;
    start: { turnId: number; offset: number };
    end: { turnId: number; offset: number };
  }>;
  close(): void;
}

export async function makePair(opts: { copy?: boolean } = {}): Promise<Pair> {
  const ta = await makeCore({ core: { newGuid: sequentialGuids('a') } });
  await ta.call('coders.identify', ADA);
  const transcript = await importTurns(ta, 'Call with Tom', TURNS);
  const bPath = path.join(ta.dir, 'colleague.groundwork');
  if (opts.copy === false) {
    // A plain copy made outside Groundwork: no base is recorded in either project.
    await ta.host('host.copyForColleague', { path: path.join(ta.dir, 'scratch.groundwork') });
  }
  await ta.host('host.copyForColleague', { path: bPath });
  const core = await createCore({
    userDataDir: path.join(ta.dir, 'user-data-b'),
    projectPath: bPath,
    clock: steppingClock(Date.UTC(2026, 1, 1)),
    newGuid: sequentialGuids('b'),
    checkOutputs: true,
  });
  const bCaller = callerFor(core);
  await bCaller.call('coders.identify', BO);
  const a: Side = { ...ta, call: ta.call, path: ta.projectPath, host: ta.host, close: () => ta.close() };
  const b: Side = {
    call: bCaller.call,
    path: bPath,
    host: ((method: string, input?: unknown) =>
      callerFor({ dispatch: (m, i) => core.host.dispatch(m as never, i as never) }).call(
        method as never,
        input as never,
      )) as TestCore['host'],
    close: () => core.close(),
  };
  const span: Pair['span'] = async (side, i, from, to) => {
    const interviews = await side.call('interviews.list', {});
    const interviewId = interviews.find((x) => x.title === 'Call with Tom')!.id;
    const tr = (await side.call('transcripts.get', { interviewId }))!;
    const turn = tr.turns[i]!;
    return {
      interviewId,
      start: { turnId: turn.id, offset: turn.text.indexOf(from) },
      end: { turnId: turn.id, offset: turn.text.indexOf(to) + to.length },
    };
  };
  return { a, b, transcript, span, close: () => (a.close(), b.close()) };
}

/** Stages `other`'s file into `into` and previews it. */
export function preview(into: Side, other: Side): Promise<MergePreview> {
  return into.host('host.stageMergeFile', { path: other.path });
}

/** Previews and commits with one choice for every conflict (or per conflict id). */
export async function mergeInto(
  into: Side,
  other: Side,
  choose: MergeChoice | ((c: MergePreview['conflicts'][number]) => MergeChoice) = 'mine',
): Promise<{ preview: MergePreview; report: MergeReport }> {
  const p = await preview(into, other);
  const resolutions = p.conflicts.map((c) => ({
    conflictId: c.id,
    choice: typeof choose === 'function' ? choose(c) : choose,
  }));
  const report = await into.call('merge.commit', { stagingId: p.stagingId, resolutions });
  return { preview: p, report };
}

/** Reads rows straight from a project file (read-only), for assertions by GUID. */
export function readRows<T = Record<string, unknown>>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** SQLite's own checks: integrity, foreign keys, and each full-text index against its table. */
export function integrityFindings(file: string): string[] {
  // FTS5's integrity-check is spelt as an INSERT, so this connection may write (it changes nothing).
  const db = new Database(file);
  try {
    const out: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') out.push(`integrity: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) out.push(`foreign keys: ${JSON.stringify(fk.slice(0, 5))}`);
    for (const fts of ['quotes_fts', 'notes_fts', 'transcript_fts']) {
      try {
        db.prepare(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (err) {
        out.push(`${fts}: ${(err as Error).message}`);
      }
    }
    // The materialised evidence must equal the rule it materialises (a merge re-derives it in bulk).
    const stale = db
      .prepare(
        `SELECT (SELECT count(*) FROM (SELECT * FROM evidence EXCEPT SELECT * FROM evidence_source))
              + (SELECT count(*) FROM (SELECT * FROM evidence_source EXCEPT SELECT * FROM evidence))`,
      )
      .pluck()
      .get() as number;
    if (stale) out.push(`evidence: ${stale} rows differ from evidence_source`);
    const triggers = db
      .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'evidence_codings_a_'")
      .pluck()
      .get() as number;
    if (triggers !== 3) out.push(`evidence triggers: ${triggers} of 3`);
    return out;
  } finally {
    db.close();
  }
}

/**
 * The reads behind each screen, through the real dispatch (validation included), on the standard
 * corpus at the current scale: codebook counts, the quote library's first screenful under each filter
 * and sort, the interviews list, the matrix, co-occurrence, saturation, the history state and the
 * frame's counts. Each is reported beside the floors measured in the same run, so a loaded machine
 * shows as a higher floor rather than as a slower query.
 */
import fs from 'node:fs';
import { createCore } from '../electron/core/createCore';
import { measureFloors, type Floors } from './floors';
import { benchScale, standardCorpus } from './standardCorpus';
import { median, percentile, type BenchResult } from './util';

type Dispatch = (method: string, input: unknown) => Promise<unknown>;

async function time(call: Dispatch, method: string, input: unknown, runs: number): Promise<number[]> {
  await call(method, input); // warm: statements prepared, pages cached
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await call(method, input);
    out.push(performance.now() - s);
  }
  return out;
}

/** The library's first screenful, as QuotesScreen asks for it. */
export const LIBRARY_PAGE = 40;

export async function benchQueries(floors?: Floors): Promise<BenchResult[]> {
  const source = await standardCorpus();
  const file = source.replace(/\.groundwork$/, '.queries.groundwork');
  fs.copyFileSync(source, file);
  const core = await createCore({ projectPath: file });
  const call: Dispatch = async (method, input) => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const db = core.session.context().db;
  const f = floors ?? measureFloors(db);
  const one = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 1;
  const tagId = one('SELECT tag_id FROM evidence GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1');
  const participantId = one(
    'SELECT participant_id FROM evidence GROUP BY participant_id ORDER BY count(*) DESC LIMIT 1',
  );
  const segmentId = one('SELECT id FROM segments LIMIT 1');
  const noFilters = {
    segmentIds: [],
    companyIds: [],
    industries: [],
    methods: [],
    participantIds: [],
    from: null,
    to: null,
  };
  const page = { limit: LIBRARY_PAGE, offset: 0 };
  const window = { rowOffset: 0, rowCount: 40, colOffset: 0, colCount: 30 };
  const cases: { name: string; method: string; input: unknown; runs: number; target?: number }[] = [
    { name: 'codebook: tags.list with counts', method: 'tags.list', input: {}, runs: 15 },
    { name: 'interviews list', method: 'interviews.list', input: {}, runs: 15 },
    { name: 'quote library, unfiltered, newest, first screenful', method: 'quotes.list', input: { ...page }, runs: 15 },
    {
      name: 'quote library, unfiltered, most coded',
      method: 'quotes.list',
      input: { ...page, sort: 'most_coded' },
      runs: 10,
    },
    {
      name: 'quote library, by interview order',
      method: 'quotes.list',
      input: { ...page, sort: 'interview' },
      runs: 10,
    },
    { name: 'quote library, one tag', method: 'quotes.list', input: { ...page, tagIds: [tagId] }, runs: 15 },
    {
      name: 'quote library, one participant',
      method: 'quotes.list',
      input: { ...page, participantIds: [participantId] },
      runs: 15,
    },
    {
      name: 'quote library, one segment',
      method: 'quotes.list',
      input: { ...page, segmentIds: [segmentId] },
      runs: 15,
    },
    { name: 'quote library, starred', method: 'quotes.list', input: { ...page, starred: true }, runs: 15 },
    { name: 'quote library, text "invoice"', method: 'quotes.list', input: { ...page, text: 'invoice' }, runs: 15 },
    {
      name: 'quote library, supporting evidence',
      method: 'quotes.list',
      input: { ...page, evidence: 'supporting' },
      runs: 10,
    },
    {
      // What the synthesis screen asks for: every row's totals and the cells of its first block.
      name: 'matrix, tags × participants, first window (40 × 30 cells)',
      method: 'synthesis.matrix',
      input: { filters: noFilters, axis: 'participant', kinds: [], window },
      runs: 5,
    },
    {
      name: 'matrix, tags × segments, first window',
      method: 'synthesis.matrix',
      input: { filters: noFilters, axis: 'segment', kinds: [], window },
      runs: 5,
    },
    {
      name: 'co-occurrence, same quote',
      method: 'synthesis.cooccurrence',
      input: { filters: noFilters, scope: 'quote', limit: 50 },
      runs: 5,
    },
    {
      name: 'co-occurrence, same participant',
      method: 'synthesis.cooccurrence',
      input: { filters: noFilters, scope: 'participant', limit: 50 },
      runs: 3,
    },
    {
      name: 'saturation',
      method: 'synthesis.saturation',
      input: { filters: noFilters, kind: null, window: 3 },
      runs: 5,
    },
    { name: 'full roll-up', method: 'synthesis.rollup', input: { filters: noFilters }, runs: 5, target: 150 },
    { name: 'history.state (long operation log)', method: 'history.state', input: {}, runs: 50 },
    { name: 'frame counts (project.counts)', method: 'project.counts', input: {}, runs: 15 },
  ];
  const results: BenchResult[] = [];
  for (const c of cases) {
    const samples = await time(call, c.method, c.input, c.runs);
    const value = median(samples);
    results.push({
      name: c.name,
      value,
      unit: 'ms',
      target: c.target ?? Infinity,
      detail: `median of ${c.runs}; ${(value / f.groupBy).toFixed(1)}× bare GROUP BY; max ${percentile(samples, 100).toFixed(1)} ms`,
    });
  }
  core.close();
  for (const x of ['', '-wal', '-shm']) fs.rmSync(file + x, { force: true });
  results.push(...floorResults(f, benchScale()));
  return results;
}

export function floorResults(f: Floors, scale: number): BenchResult[] {
  return [
    {
      name: 'floor: bare GROUP BY over the evidence table',
      value: f.groupBy,
      unit: 'ms',
      target: Infinity,
      detail: `SELECT tag_id, count(*) … GROUP BY tag_id; ×${scale}`,
    },
    {
      name: 'floor: bare FTS5 query',
      value: f.fts,
      unit: 'ms',
      target: Infinity,
      detail: 'top 50 turns for a mid-frequency word',
    },
    {
      name: 'floor: bare insert-and-commit',
      value: f.commit,
      unit: 'ms',
      target: Infinity,
      detail: 'one row, synchronous=FULL',
    },
  ];
}

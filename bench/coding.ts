/** Coding workspace benchmarks on the standard corpus: search, applying a tag, tag picker filtering. */
import Fuse from 'fuse.js';
import { standaloneSession } from '../electron/core/project/standalone';
import { toMatchQuery } from '../electron/core/repos/ftsQuery';
import { searchText } from '../electron/core/repos/search';
import { listTags } from '../electron/core/repos/tags';
import { applyTag, removeTag } from '../electron/core/services/coding/quotes';
import { historyState, step } from '../electron/core/history/undo';
import { seeded } from './corpus';
import { standardCorpus } from './standardCorpus';
import { percentile, type BenchResult } from './util';

export async function benchCoding(): Promise<BenchResult[]> {
  const t0 = performance.now();
  const file = await standardCorpus();
  const built = performance.now() - t0;
  const session = standaloneSession({ automaticBackups: false });
  await session.open(file);
  await session.settled(); // the integrity check of a large file runs in the background first
  const ctx = session.context();
  const counts = ctx.db
    .prepare(
      'SELECT (SELECT count(*) FROM transcript_segments) AS turns, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM codings) AS codings, (SELECT count(*) FROM tags) AS tags',
    )
    .get() as Record<string, number>;
  const r = seeded(7);

  // Search: what a researcher types, prefix words, all three kinds, default limit.
  const queries = [
    'recon',
    'invoice',
    'spreadsheet',
    'detention',
    'approval budget',
    'onboard',
    'manual',
    'escal',
    'pricing contract',
    'carrier',
    'integr',
    'audit',
  ];
  const filters = { interviewId: null, participantId: null, tagId: null, from: null, to: null, limit: 50 };
  for (const q of queries) searchText(ctx.db, toMatchQuery(q), ['turn', 'note', 'quote'], filters); // warm
  const searchMs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const q = queries[i % queries.length]!;
    const s = performance.now();
    searchText(ctx.db, toMatchQuery(q), ['turn', 'note', 'quote'], filters);
    searchMs.push(performance.now() - s);
  }

  // Worst case for ranking: a word in a large share of all turns (reported, no target).
  const commonMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    searchText(ctx.db, toMatchQuery('people'), ['turn', 'note', 'quote'], filters);
    commonMs.push(performance.now() - s);
  }
  const commonHits = (
    ctx.db.prepare(`SELECT count(*) AS n FROM transcript_fts WHERE transcript_fts MATCH '"people"*'`).get() as {
      n: number;
    }
  ).n;

  // Applying a tag: the whole service call with its durable (synchronous=FULL) commit.
  const tags = listTags(ctx.db);
  const quoteCount = counts['quotes']!;
  const applyMs: number[] = [];
  const undoMs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const quoteId = 1 + Math.floor(r() * quoteCount);
    const tag = tags[Math.floor(r() * tags.length)]!;
    const had = ctx.db.prepare('SELECT 1 FROM codings WHERE quote_id = ? AND tag_id = ?').get(quoteId, tag.id);
    if (had) continue;
    const s = performance.now();
    applyTag(ctx, quoteId, tag.id, null);
    applyMs.push(performance.now() - s);
    // Undo and redo it (each a durable commit), with the history state the toolbar reads after each.
    const u = performance.now();
    step(ctx, 'undo');
    historyState(ctx);
    step(ctx, 'redo');
    historyState(ctx);
    undoMs.push((performance.now() - u) / 2);
    removeTag(ctx, quoteId, tag.id);
  }
  const logRows = (ctx.db.prepare('SELECT count(*) AS n FROM operations').get() as { n: number }).n;

  // Tag picker: fuse.js over the codebook as the researcher types each character.
  const fuse = new Fuse(tags, {
    keys: [{ name: 'name', weight: 2 }, 'path', 'definition'],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const typed = ['s', 'sp', 'spr', 'spre', 'sprea', 'pain', 'pa', 'in', 'budg', 'onb', 'recon', 'x', 'man', 'manual'];
  const pickMs: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    fuse.search(typed[i % typed.length]!, { limit: 20 });
    pickMs.push(performance.now() - s);
  }
  session.close();
  const corpus = `${counts['turns']} turns, ${counts['quotes']} quotes, ${counts['codings']} codings, ${counts['tags']} tags`;
  return [
    {
      name: 'search p95 (turns, notes, quotes; prefix words)',
      value: percentile(searchMs, 95),
      unit: 'ms',
      target: 30,
      detail: `${corpus}${built > 1000 ? `; corpus built in ${(built / 1000).toFixed(1)} s` : ''}`,
    },
    {
      name: 'search p95, a very common word (worst case, no target)',
      value: percentile(commonMs, 95),
      unit: 'ms',
      target: Infinity,
      detail: `matches ${commonHits} turns`,
    },
    {
      name: 'apply a tag, durable commit, p95',
      value: percentile(applyMs, 95),
      unit: 'ms',
      target: 10,
      detail: `${applyMs.length} applications; operation log of ${logRows} rows`,
    },
    {
      name: 'undo or redo a tag + history state, durable commit, p95',
      value: percentile(undoMs, 95),
      unit: 'ms',
      target: Infinity,
      detail: `${undoMs.length} undo/redo pairs`,
    },
    {
      name: 'tag picker filtering p95 (fuse.js, 200 tags)',
      value: percentile(pickMs, 95),
      unit: 'ms',
      target: 5,
      detail: '300 keystrokes',
    },
  ];
}

/**
 * Merging two copies of the standard corpus (issue 18): a copy for a colleague is made from the
 * corpus, then each side adds 10,000 codings as its own coder (written straight through SQL, as the
 * corpus itself is); the colleague's copy is previewed and committed into the first. Target: preview
 * plus commit ≤ 10 s. Also timed: one side read into memory (the step both phases repeat).
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { step } from '../electron/core/history/undo';
import { upsertCoder } from '../electron/core/repos/coders';
import { standaloneSession } from '../electron/core/project/standalone';
import { stageOtherPath } from '../electron/core/services/merge/otherProject';
import { commitStaged, copyForColleague, mergeStaging, previewStaged } from '../electron/core/services/merge/service';
import { readSnapshot } from '../electron/core/services/merge/snapshot';
import { corpusCopy } from './standardCorpus';
import type { BenchResult } from './util';

const ADDED = 10_000;

/** 10,000 new codings by one coder: quotes from `firstQuote` on, each with a tag it does not have yet. */
function addCodings(db: Database, coder: string, firstQuote: number, tagShift: number): void {
  const coderId = upsertCoder(
    db,
    { guid: coder, name: coder, initials: coder.slice(0, 2).toUpperCase(), colour: '#1864ab' },
    1,
  );
  const quotes = db
    .prepare('SELECT id FROM quotes ORDER BY id LIMIT ? OFFSET ?')
    .pluck()
    .all(ADDED * 2, firstQuote) as number[];
  const tags = db.prepare('SELECT id FROM tags ORDER BY id').pluck().all() as number[];
  const has = db.prepare('SELECT 1 FROM codings WHERE quote_id = ? AND tag_id = ?').pluck();
  const insert = db.prepare(
    'INSERT INTO codings (guid, quote_id, tag_id, created_at, coder_id) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    let added = 0;
    for (let i = 0; added < ADDED && i < quotes.length; i++) {
      for (let k = 0; k < tags.length; k++) {
        const tag = tags[(i * 7 + tagShift + k) % tags.length]!;
        if (has.get(quotes[i], tag)) continue;
        insert.run(`${coder}-coding-${added}`, quotes[i], tag, Date.UTC(2026, 3, 1), coderId);
        added++;
        break;
      }
    }
  })();
}

export async function benchMerge(): Promise<BenchResult[]> {
  const mine = await corpusCopy('merge-mine');
  const theirsFile = mine.file.replace(/\.groundwork$/, '.theirs.groundwork');
  for (const f of [theirsFile, `${theirsFile}-wal`, `${theirsFile}-shm`]) fs.rmSync(f, { force: true });
  let t = performance.now();
  await copyForColleague(mine.ctx, theirsFile);
  const copyMs = performance.now() - t;
  const theirs = standaloneSession({ automaticBackups: false });
  try {
    await theirs.open(theirsFile);
    await theirs.settled();
    addCodings(mine.ctx.db, 'ada', 0, 11);
    // Half of the colleague's quotes are the same quotes, with other tags: both sides coded them.
    addCodings(theirs.context().db, 'bo', ADDED / 2, 97);
    theirs.close();

    t = performance.now();
    readSnapshot(mine.ctx.db);
    const snapshotMs = performance.now() - t;

    t = performance.now();
    const preview = await previewStaged(mine.ctx, mergeStaging, stageOtherPath(theirsFile, mine.file));
    const previewMs = performance.now() - t;
    t = performance.now();
    const report = await commitStaged(mine.ctx, mergeStaging, preview.stagingId, []);
    const commitMs = performance.now() - t;
    const codings = report.counts.find((c) => c.kind === 'coding')!;
    t = performance.now();
    step(mine.ctx, 'undo');
    const undoMs = performance.now() - t;
    return [
      {
        name: 'merge: copy for a colleague (backup API + fingerprints)',
        value: copyMs / 1000,
        unit: 's',
        target: Infinity,
      },
      { name: 'merge: read one side into memory', value: snapshotMs / 1000, unit: 's', target: Infinity },
      {
        name: 'merge: preview (copy the file, read both sides, compare)',
        value: previewMs / 1000,
        unit: 's',
        target: Infinity,
        detail: `${preview.conflicts.length} conflicts, ${preview.kinds.find((k) => k.kind === 'coding')!.newTheirs} new codings there`,
      },
      {
        name: 'merge: commit (compare again, one undoable step)',
        value: commitMs / 1000,
        unit: 's',
        target: Infinity,
        detail: `${codings.added} codings added`,
      },
      { name: 'merge: undo the merge (one step)', value: undoMs / 1000, unit: 's', target: Infinity },
      {
        name: 'merge: preview + commit, 10k codings each side',
        value: (previewMs + commitMs) / 1000,
        unit: 's',
        target: 10,
      },
    ];
  } finally {
    theirs.close();
    mine.dispose();
    for (const f of [theirsFile, `${theirsFile}-wal`, `${theirsFile}-shm`]) fs.rmSync(f, { force: true });
  }
}

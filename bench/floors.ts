/**
 * Floors: the cheapest version of each kind of work, measured in the same run as the benchmarks so a
 * figure can be read as a ratio to it. On a shared 2-core machine every figure moves with the load;
 * the ratio to a floor moves much less. Three floors: a bare GROUP BY over the evidence table (what
 * every roll-up is), a bare FTS5 query (what search is), a bare insert-and-commit (what every edit is).
 */
import type { Database } from 'better-sqlite3';
import os from 'node:os';
import { median } from './util';

export interface Floors {
  groupBy: number;
  fts: number;
  commit: number;
  /** 1-minute load average when the floors were measured. */
  load: number;
}

export function measureFloors(db: Database): Floors {
  const groupBy = db.prepare('SELECT tag_id, count(*) FROM evidence GROUP BY tag_id');
  const fts = db.prepare(
    `SELECT rowid FROM transcript_fts WHERE transcript_fts MATCH '"invoice"*' ORDER BY rank LIMIT 50`,
  );
  db.exec('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v TEXT) STRICT');
  const insert = db.prepare('INSERT INTO bench_floor (v) VALUES (?)');
  const sample = (fn: () => void, runs: number) => {
    fn();
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      fn();
      out.push(performance.now() - s);
    }
    return median(out);
  };
  const floors = {
    groupBy: sample(() => groupBy.all(), 15),
    fts: sample(() => fts.all(), 30),
    commit: sample(() => insert.run('x'), 30),
    load: os.loadavg()[0]!,
  };
  db.exec('DROP TABLE bench_floor');
  return floors;
}

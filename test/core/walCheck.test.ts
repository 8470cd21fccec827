/**
 * The WAL check reads a log the way SQLite replays it and finds committed transactions SQLite
 * would silently drop after a damaged frame — without false alarms for what a crash leaves (an
 * unfinished last frame) or for frames of an older log generation that SQLite reuses.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWal } from '../../electron/core/project/walCheck';
import { tempDir } from '../support/core';
import { flipWalBit } from '../support/damage';

/** A crash image: the database and its WAL copied while the writer still has them open. */
function crashImage(build: (db: Database.Database) => void): string {
  const dir = tempDir();
  const live = path.join(dir, 'live.db');
  const db = new Database(live);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (x TEXT)');
  build(db);
  const image = path.join(dir, 'image.db');
  fs.copyFileSync(live, image);
  fs.copyFileSync(`${live}-wal`, `${image}-wal`);
  db.close();
  return image;
}

const insert = (db: Database.Database, n: number) => {
  for (let i = 0; i < n; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(3000));
};

describe('checkWal', () => {
  it('finds nothing wrong in a sound log, and counts its commits', () => {
    const image = crashImage((db) => insert(db, 12));
    expect(checkWal(`${image}-wal`)).toEqual({ replayedCommits: 13, droppedCommits: 0, damageAt: null });
  });

  it('reports the commits after a damaged frame that SQLite would drop', () => {
    const image = crashImage((db) => insert(db, 12));
    flipWalBit(image, 2);
    const report = checkWal(`${image}-wal`);
    expect(report.droppedCommits).toBeGreaterThanOrEqual(10);
    expect(report.damageAt).toBe(32 + 2 * (24 + 4096));
    const db = new Database(image, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBeLessThan(12);
    db.close();
  });

  it('raises no alarm for damage in the last frame (indistinguishable from a write cut short by a crash)', () => {
    const image = crashImage((db) => insert(db, 5));
    const frames = (fs.statSync(`${image}-wal`).size - 32) / (24 + 4096);
    flipWalBit(image, frames - 1);
    expect(checkWal(`${image}-wal`).droppedCommits).toBe(0);
  });

  it('ignores frames of an older generation that SQLite left behind when it restarted the log', () => {
    const image = crashImage((db) => {
      insert(db, 20);
      db.pragma('wal_checkpoint(PASSIVE)');
      insert(db, 2); // restarts the log from the top; older frames remain after these
    });
    expect(fs.statSync(`${image}-wal`).size).toBeGreaterThan(10 * (24 + 4096));
    expect(checkWal(`${image}-wal`)).toEqual({ replayedCommits: 2, droppedCommits: 0, damageAt: null });
  });

  it('treats a missing or empty log as sound', () => {
    const dir = tempDir();
    expect(checkWal(path.join(dir, 'none-wal')).droppedCommits).toBe(0);
    fs.writeFileSync(path.join(dir, 'empty-wal'), '');
    expect(checkWal(path.join(dir, 'empty-wal')).droppedCommits).toBe(0);
  });
});

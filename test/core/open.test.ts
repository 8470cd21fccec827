/** Opening project files: what is not ours, damaged or too new is refused clearly and left untouched. */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openProjectDb } from '../../electron/core/db/open';
import { LATEST_VERSION } from '../../electron/core/db/migrations/index';
import { tempDir } from '../support/core';

function hash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function refused(file: string, code: string, message: RegExp) {
  const before = fs.existsSync(file) && fs.statSync(file).isFile() ? hash(file) : null;
  await expect(openProjectDb(file)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  if (before) expect(hash(file)).toBe(before);
}

describe('openProjectDb', () => {
  it('creates a project with WAL, foreign keys, synchronous=FULL and the latest schema', async () => {
    const file = path.join(tempDir(), 'new.groundwork');
    const db = await openProjectDb(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('refuses to create over an existing file', async () => {
    const file = path.join(tempDir(), 'taken.groundwork');
    fs.writeFileSync(file, 'precious');
    await expect(openProjectDb(file, { create: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('refuses a missing path, a folder and a text file', async () => {
    const dir = tempDir();
    await refused(path.join(dir, 'missing.groundwork'), 'IO', /No project file/);
    await refused(dir, 'IO', /is a folder/);
    const text = path.join(dir, 'notes.groundwork');
    fs.writeFileSync(text, 'Interview notes, not a database\n'.repeat(20));
    await refused(text, 'PROJECT_CORRUPT', /not an SQLite database/);
  });

  it('refuses a truncated project', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'whole.groundwork');
    const db = await openProjectDb(file, { create: true });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const cut = path.join(dir, 'cut.groundwork');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 4096 + 100));
    await refused(cut, 'PROJECT_CORRUPT', /truncated/);
  });

  it("refuses another application's SQLite database", async () => {
    const file = path.join(tempDir(), 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE t(x)');
    other.pragma('user_version = 3');
    other.close();
    await refused(file, 'PROJECT_CORRUPT', /not a Groundwork project/);
  });

  it('refuses a file from a newer Groundwork without changing it', async () => {
    const file = path.join(tempDir(), 'future.groundwork');
    const db = await openProjectDb(file, { create: true });
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    await refused(file, 'PROJECT_NEWER', /newer version of Groundwork/);
  });
});

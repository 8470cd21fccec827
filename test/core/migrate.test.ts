/** The migration runner: one transaction, backup through the backup API first, rollback on failure. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import type { Migration } from '../../electron/core/db/migration';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index';
import { openProjectDb } from '../../electron/core/db/open';
import { tempDir } from '../support/core';

const addColumn: Migration = {
  version: LATEST_VERSION + 1,
  name: 'add-colour-to-segments',
  up: (db) => db.exec("ALTER TABLE segments ADD COLUMN colour TEXT NOT NULL DEFAULT ''"),
};
const broken: Migration = {
  version: LATEST_VERSION + 2,
  name: 'broken',
  up: (db) => db.exec('ALTER TABLE no_such_table ADD COLUMN x TEXT'),
};

async function projectWithData(): Promise<{ file: string; db: Database.Database }> {
  const file = path.join(tempDir(), 'study.groundwork');
  const db = await openProjectDb(file, { create: true });
  db.prepare("INSERT INTO segments (guid, name, created_at, updated_at) VALUES ('s1', 'Mid-market', 1, 1)").run();
  return { file, db };
}

describe('migrate', () => {
  it('applies pending migrations and bumps user_version, after a backup that holds the old data', async () => {
    const { file, db } = await projectWithData();
    const result = await migrate(db, file, () => 1234, [...MIGRATIONS, addColumn]);
    expect(result).toMatchObject({ from: LATEST_VERSION, to: addColumn.version });
    expect(db.pragma('user_version', { simple: true })).toBe(addColumn.version);
    expect(db.prepare('SELECT colour FROM segments').get()).toEqual({ colour: '' });

    expect(result.backup).toBe(`${file}.v${LATEST_VERSION}-1234.backup`);
    const backup = new Database(result.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(backup.prepare('SELECT name FROM segments').all()).toEqual([{ name: 'Mid-market' }]);
    backup.close();
    db.close();
  });

  it('rolls every pending migration back when one fails', async () => {
    const { file, db } = await projectWithData();
    await expect(migrate(db, file, () => 1, [...MIGRATIONS, addColumn, broken])).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/nothing was changed/),
    });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const columns = (db.prepare('PRAGMA table_info(segments)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('colour');
    db.close();
  });

  it('does nothing (and takes no backup) when the schema is current', async () => {
    const { file, db } = await projectWithData();
    const result = await migrate(db, file, () => 1);
    expect(result).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backup: null });
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.backup'))).toEqual([]);
    db.close();
  });

  it('numbers migrations from 1 in increasing order, each once', () => {
    // Numbers are handed out to parallel branches (0007, 0008 and 0009 at once), so one branch may
    // hold a gap until the others land; the runner applies whatever is above user_version, in order.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
  });
});

describe('0002 quote speaker', () => {
  it('backfills the speaker of existing quotes and keeps it in step when turns change speaker', async () => {
    const file = path.join(tempDir(), 'v1.groundwork');
    const db = await openProjectDb(file, { create: true });
    db.close();
    // Rebuild the file at v1 only, with a quote, then let the real runner bring it to the latest version.
    fs.rmSync(file);
    const v1 = new Database(file);
    v1.pragma('journal_mode = WAL');
    v1.pragma(`application_id = ${0x47574b31}`);
    await migrate(v1, file, () => 1, MIGRATIONS.slice(0, 1));
    v1.exec(`
      INSERT INTO interviews (id, guid, title, created_at, updated_at) VALUES (1, 'i', 'Call', 0, 0);
      INSERT INTO transcripts (id, guid, interview_id, format, imported_at) VALUES (1, 't', 1, 'text', 0);
      INSERT INTO speakers (id, transcript_id, label) VALUES (1, 1, 'Tom'), (2, 1, 'Ana');
      INSERT INTO transcript_segments (id, guid, transcript_id, seq, speaker_id, text) VALUES (1, 's1', 1, 0, 1, 'hello there');
      INSERT INTO quotes (id, guid, interview_id, start_segment_id, end_segment_id, end_offset, exact_text, created_at, updated_at)
        VALUES (1, 'q', 1, 1, 1, 5, 'hello', 0, 0);`);
    const result = await migrate(v1, file, () => 2);
    expect(result).toMatchObject({ from: 1, to: LATEST_VERSION });
    expect(v1.prepare('SELECT speaker_id FROM quotes WHERE id = 1').get()).toEqual({ speaker_id: 1 });
    v1.prepare('UPDATE transcript_segments SET speaker_id = 2 WHERE id = 1').run();
    expect(v1.prepare('SELECT speaker_id FROM quotes WHERE id = 1').get()).toEqual({ speaker_id: 2 });
    v1.prepare(
      "INSERT INTO quotes (id, guid, interview_id, start_segment_id, end_segment_id, end_offset, exact_text, created_at, updated_at) VALUES (2, 'q2', 1, 1, 1, 3, 'hel', 0, 0)",
    ).run();
    expect(v1.prepare('SELECT speaker_id FROM quotes WHERE id = 2').get()).toEqual({ speaker_id: 2 });
    v1.close();
  });
});

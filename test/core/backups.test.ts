/**
 * Backups (issue 12, deliver 2): taken with SQLite's backup API on open when the newest is over a
 * day old, before every migration, before a transcript replace and before a codebook merge; kept
 * by the 3 newest + 7 daily + 4 weekly policy; listed with what each holds; restored so that the
 * earlier state comes back and the current file is kept as a copy first.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StagedTranscript } from '../../shared/domain/transcript';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS, LATEST_VERSION } from '../../electron/core/db/migrations/index';
import { createCore, type Core } from '../../electron/core/createCore';
import { backupsToKeep, dailyBackupDue, POLICY } from '../../electron/core/project/backupPolicy';
import { callerFor, tempDir } from '../support/core';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const cores: Core[] = [];
let now = T0;
const clock = { now: () => now };

afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  now = T0;
});

async function open(file: string) {
  const core = await createCore({ projectPath: file, clock, checkOutputs: true });
  cores.push(core);
  await core.session.settled();
  const close = () => {
    // Only if still listed: splice(indexOf) of a missing core would drop the last one instead.
    const at = cores.indexOf(core);
    if (at >= 0) cores.splice(at, 1);
    core.close();
  };
  return { core, ...callerFor(core), close };
}

const list = (c: { call: ReturnType<typeof callerFor>['call'] }) => c.call('backups.list');
const projectFile = () => path.join(tempDir(), 'Pricing study.groundwork');

describe('the retention policy', () => {
  it('keeps the 3 newest, the newest of each of the last 7 days and of the last 4 weeks, and every pre-restore copy', () => {
    // 60 days, three backups a day, and two pre-restore copies long ago.
    const entries = [];
    for (let d = 0; d < 60; d++)
      for (const h of [9, 13, 17])
        entries.push({ id: `d${d}-h${h}`, takenAt: T0 - d * DAY + (h - 9) * 3_600_000, pinned: false });
    entries.push(
      { id: 'old-copy-1', takenAt: T0 - 90 * DAY, pinned: true },
      { id: 'old-copy-2', takenAt: T0 - 200 * DAY, pinned: true },
    );
    const keep = backupsToKeep(entries);
    expect(keep.has('old-copy-1') && keep.has('old-copy-2')).toBe(true);
    for (const id of ['d0-h17', 'd0-h13', 'd0-h9']) expect(keep.has(id), id).toBe(true); // the newest three
    for (let d = 1; d < 7; d++) expect(keep.has(`d${d}-h17`), `day ${d}`).toBe(true); // newest of each day
    expect(keep.has('d1-h9')).toBe(false);
    expect(keep.has('d10-h13')).toBe(false);
    expect(keep.size).toBeLessThanOrEqual(POLICY.newest + POLICY.daily + POLICY.weekly + 2);
    // The weekly ones reach back three to four weeks (this week counts as one), not sixty days.
    const oldest = Math.min(...entries.filter((e) => keep.has(e.id) && !e.pinned).map((e) => e.takenAt));
    expect(T0 - oldest).toBeLessThan(29 * DAY);
    expect(T0 - oldest).toBeGreaterThan(14 * DAY);
  });

  it('asks for a daily backup when none was taken in the last 24 hours', () => {
    expect(dailyBackupDue([], T0)).toBe(true);
    expect(dailyBackupDue([{ id: 'a', takenAt: T0 - DAY + 1, pinned: false }], T0)).toBe(false);
    expect(dailyBackupDue([{ id: 'a', takenAt: T0 - DAY, pinned: false }], T0)).toBe(true);
  });
});

describe('automatic backups', () => {
  it('are taken on open when the newest is over a day old, and pruned as days pass', async () => {
    const file = projectFile();
    (await open(file)).close(); // created: nothing to back up yet
    expect(fs.existsSync(`${file}-backups`)).toBe(false);
    now += 3_600_000;
    const first = await open(file);
    expect((await list(first)).map((b) => b.reason)).toEqual(['daily']);
    first.close();
    now += 3_600_000;
    const second = await open(file);
    expect(await list(second)).toHaveLength(1); // an hour later: not due
    second.close();
    for (let d = 1; d <= 40; d++) {
      now += DAY;
      const c = await open(file);
      await c.call('companies.create', { name: `Day ${d}` });
      c.close();
    }
    const last = await open(file);
    const all = await list(last);
    expect(all.length).toBeLessThanOrEqual(POLICY.newest + POLICY.daily + POLICY.weekly);
    expect(all[0]!.takenAt).toBe(now);
    // Newest first, each saying what it holds: the newest has the companies of days 1–39.
    expect(all.map((b) => b.takenAt)).toEqual([...all.map((b) => b.takenAt)].sort((a, b) => b - a));
    expect(all[0]!.counts).toEqual({ interviews: 0, participants: 0, quotes: 0 });
    expect(all[0]!.schemaVersion).toBe(LATEST_VERSION);
    const copy = new Database(path.join(`${file}-backups`, all[0]!.id), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n).toBe(39);
    copy.close();
    // Written as rollback-journal files: reading one leaves no -wal/-shm in the folder.
    expect(fs.readdirSync(`${file}-backups`).filter((n) => !n.endsWith('.backup'))).toEqual([]);
  }, 60_000);

  it('are taken before a migration, into the backups folder, holding the old format', async () => {
    const file = projectFile();
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    await migrate(old, file, clock.now, MIGRATIONS.slice(0, -1));
    old.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Old study')").run();
    old.close();
    const c = await open(file);
    const backups = await list(c);
    const before = backups.find((b) => b.reason === 'before-upgrade')!;
    expect(before.schemaVersion).toBe(MIGRATIONS[MIGRATIONS.length - 2]!.version);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.backup'))).toEqual([]);
  });

  it('are taken before a transcript is replaced, and before tags are merged or a codebook merged in', async () => {
    const c = await open(projectFile());
    const stage = async (name: string) =>
      c.call('imports.stageFile', {
        fileName: name,
        dataBase64: fs.readFileSync(path.resolve('test/fixtures/transcripts', name)).toString('base64'),
      });
    const speakers = (s: StagedTranscript) =>
      s.speakers.map((sp) => ({
        label: sp.label,
        role: sp.suggestion.role,
        participantId: sp.suggestion.participantId,
        createParticipant: false,
      }));
    const a = await stage('interview.srt');
    const { interviewId } = await c.call('imports.commit', {
      stagingId: a.stagingId,
      target: { kind: 'new' },
      speakers: speakers(a),
    });
    expect(await list(c)).toEqual([]); // a new interview is not a replace
    now += 1000;
    const b = await stage('teams.vtt');
    await c.call('imports.commit', {
      stagingId: b.stagingId,
      target: { kind: 'existing', interviewId, replace: true },
      speakers: speakers(b),
    });
    const replaced = (await list(c))[0]!;
    expect(replaced.reason).toBe('before-replace');
    const inside = new Database(path.join(`${c.core.session.context().projectPath}-backups`, replaced.id), {
      readonly: true,
    });
    expect((inside.prepare('SELECT source_name FROM transcripts').get() as { source_name: string }).source_name).toBe(
      'interview.srt',
    );
    inside.close();

    now += 1000;
    const x = await c.call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    const y = await c.call('tags.create', { name: 'Exports hurt', kind: 'pain_point' });
    await c.call('tags.merge', { sourceId: y.id, targetId: x.id });
    now += 1000;
    await c.call('tags.importCsv', { csv: 'path,kind\nOnboarding friction,pain_point\n' });
    expect((await list(c)).map((e) => e.reason)).toEqual(['before-merge', 'before-merge', 'before-replace']);
  });
});

describe('restoring a backup', () => {
  it('brings the earlier state back and keeps the current file as a copy, which can itself be restored', async () => {
    const file = projectFile();
    const c = await open(file);
    for (const name of ['Acme', 'Globex']) await c.call('companies.create', { name });
    now += 1000;
    const earlier = await c.call('backups.create');
    now += 1000;
    await c.call('companies.create', { name: 'Initech' });
    const events: string[] = [];
    c.core.onEvent((e) => events.push(e.name));
    now += 1000;
    const result = await c.call('backups.restore', { id: earlier.id });
    expect(result.restored.id).toBe(earlier.id);
    expect(events).toContain('project.opened');
    const names = async () => (await c.call('companies.list')).map((x) => x.name).sort();
    expect(await names()).toEqual(['Acme', 'Globex']);
    expect(result.keptCopy.reason).toBe('before-restore');
    expect((await list(c)).map((e) => e.id)).toEqual([result.keptCopy.id, earlier.id]);
    // Still the one writer: the lock was held throughout.
    await expect(createCore({ projectPath: file })).rejects.toMatchObject({ code: 'PROJECT_LOCKED' });
    // And back again.
    now += 1000;
    await c.call('backups.restore', { id: result.keptCopy.id });
    expect(await names()).toEqual(['Acme', 'Globex', 'Initech']);
    await c.call('companies.create', { name: 'Umbrella' });
  });

  it('refuses anything that is not a listed backup', async () => {
    const c = await open(projectFile());
    for (const id of ['../../etc/passwd', '2026-01-15T09-00-00-000Z-daily.backup', '/tmp/x.backup']) {
      await expect(c.call('backups.restore', { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});

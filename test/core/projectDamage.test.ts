/**
 * Damage is noticed (issue 12, found item 4): a project with a damaged page, or with a damaged
 * write-ahead log that would make SQLite drop committed transactions, opens read-only with a
 * sentence and the latest good backup offered; nothing is written to either file; restoring the
 * offered backup brings the project back and keeps the damaged files as they were.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { checkWal } from '../../electron/core/project/walCheck';
import { bundleChild, spawnChild } from '../support/children';
import { callerFor, tempDir } from '../support/core';
import { corruptLeafPage, digest, flipWalBit } from '../support/damage';

let writer: string;
const open: Core[] = [];

beforeAll(async () => {
  writer = await bundleChild('test/support/projectWriter.ts', 'project-writer');
});

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** Drops a closed core from the list (a plain splice(indexOf) would drop the last one if it were missing). */
function forget(c: (typeof open)[number]): void {
  const at = open.indexOf(c);
  if (at >= 0) open.splice(at, 1);
}

async function core(projectPath: string, extra: { syncCheckMaxBytes?: number } = {}) {
  const c = await createCore({ projectPath, checkOutputs: true, ...extra });
  open.push(c);
  return { core: c, ...callerFor(c) };
}

/** A project with 300 companies and one backup of that state, closed and checkpointed. */
async function studyWithBackup(): Promise<{ file: string; backupId: string }> {
  const file = path.join(tempDir(), 'Pricing study.groundwork');
  const { core: c, call } = await core(file);
  for (let i = 0; i < 300; i++) await call('companies.create', { name: `Company ${i}`, notes: 'x'.repeat(200) });
  const backup = await call('backups.create');
  await call('companies.create', { name: 'After the backup' });
  c.close();
  forget(c);
  return { file, backupId: backup.id };
}

const sidecarsOf = (file: string) => ({ main: digest(file), wal: digest(`${file}-wal`) });

describe('a damaged project', () => {
  it('with a damaged page opens read-only, offers the latest good backup, writes nothing, and restores', async () => {
    const { file, backupId } = await studyWithBackup();
    corruptLeafPage(file, 'companies');
    const before = sidecarsOf(file);

    const { core: c, call } = await core(file);
    const status = await call('project.status');
    expect(status).toMatchObject({
      writable: false,
      reason: 'damaged',
      offeredBackup: { id: backupId, reason: 'manual' },
    });
    expect(status.message).toMatch(
      /"Pricing study.groundwork" is damaged: SQLite.s integrity check found errors in it. Groundwork opened it read-only so that nothing more is lost/,
    );
    await expect(call('companies.create', { name: 'Lost?' })).rejects.toMatchObject({
      code: 'READ_ONLY',
      message: expect.stringMatching(/damaged, so Groundwork opened it read-only\. Nothing was changed\./),
    });
    await expect(call('backups.create')).rejects.toMatchObject({ code: 'READ_ONLY' });
    c.close();
    forget(c);
    expect(sidecarsOf(file).main).toBe(before.main);
    expect(fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);

    // Restore the offered backup: the project is whole again, and the damaged file is kept.
    const again = await core(file);
    const result = await again.call('backups.restore', { id: backupId });
    expect(result.keptCopy.reason).toBe('before-restore');
    expect(await again.call('project.status')).toMatchObject({ writable: true, reason: null });
    const companies = await again.call('companies.list');
    expect(companies).toHaveLength(300);
    await again.call('companies.create', { name: 'Written after the restore' });
    const kept = path.join(`${file}-backups`, result.keptCopy.id);
    expect(digest(kept)).toBe(before.main);
  });

  it('with a damaged WAL opens read-only, leaves the file and its WAL byte for byte, and offers a backup', async () => {
    const file = path.join(tempDir(), 'Pricing study.groundwork');
    (await core(file)).core.close();
    open.splice(0);
    // A writer that dies leaves its committed transactions in the WAL (its daily backup was taken on open).
    const child = spawnChild(writer, [file, 'the Groundwork web host', 'write', 'w']);
    await child.waitFor((l) => l.includes('"ready"'));
    await child.waitFor(() => child.lines.filter((l) => l.startsWith('ack ')).length >= 60);
    await child.kill();
    const acked = child.lines.filter((l) => l.startsWith('ack ')).length;
    flipWalBit(file, 3);
    expect(checkWal(`${file}-wal`).droppedCommits).toBeGreaterThan(0);
    // What SQLite alone would show: the transactions after the damage are silently gone.
    const plain = new Database(file, { readonly: true });
    const seen = (plain.prepare('SELECT count(*) AS n FROM companies').get() as { n: number }).n;
    plain.close();
    expect(seen).toBeLessThan(acked);
    const before = sidecarsOf(file);

    const { core: c, call } = await core(file);
    const status = await call('project.status');
    expect(status).toMatchObject({ writable: false, reason: 'damaged-wal', offeredBackup: { reason: 'daily' } });
    expect(status.message).toMatch(
      /change log \("Pricing study.groundwork-wal"\) is damaged, and \d+ saved changes? after the damage would be lost/,
    );
    await expect(call('companies.create', { name: 'Lost?' })).rejects.toMatchObject({ code: 'READ_ONLY' });
    c.close();
    open.splice(0);
    expect(sidecarsOf(file)).toEqual(before);

    // Restoring keeps both damaged files, byte for byte, beside the kept copy.
    const again = await core(file);
    const result = await again.call('backups.restore', { id: status.offeredBackup!.id });
    const kept = path.join(`${file}-backups`, result.keptCopy.id);
    expect({ main: digest(kept), wal: digest(`${kept}-wal`) }).toEqual(before);
    expect(await again.call('project.status')).toMatchObject({ writable: true });
  }, 30_000);

  it('found by the background check of a large file switches to read-only while open', async () => {
    const { file } = await studyWithBackup();
    corruptLeafPage(file, 'companies');
    // Every file counts as large here, so the check runs in a worker after the project opened.
    const { core: c, call } = await core(file, { syncCheckMaxBytes: 0 });
    const changed: string[] = [];
    c.onEvent((e) => {
      if (e.name === 'entities.changed') changed.push((e.payload as { kind: string }).kind);
    });
    await c.session.settled();
    expect(changed).toContain('project');
    expect(await call('project.status')).toMatchObject({
      writable: false,
      reason: 'damaged',
      checking: false,
    });
    await expect(call('companies.create', { name: 'Lost?' })).rejects.toMatchObject({ code: 'READ_ONLY' });
  });

  it('that cannot be opened at all points to its backups', async () => {
    const { file } = await studyWithBackup();
    fs.writeFileSync(file, Buffer.alloc(8192, 0x41));
    const c = await createCore({ userDataDir: null });
    open.push(c);
    const res = await c.host.dispatch('host.openProject', { path: file });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_CORRUPT', message: expect.stringMatching(/Its backups are in ".*-backups"/) },
    });
  });
});

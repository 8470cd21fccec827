/**
 * Read-only and full-disk paths (issue 12, found item 4): a read-only file or folder opens
 * read-only with a sentence (and `info` reads it); an empty file is refused, never turned into a
 * new project; a full disk is named as such, and a failed `init` leaves nothing that blocks a retry.
 * As root every file is writable, so the read-only cases then run in a child as user "nobody";
 * the full-disk cases need a small tmpfs, mounted when the machine allows it (skipped otherwise,
 * with the reason printed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectStatus } from '../../shared/domain/backup';
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';
import { bundleChild, spawnChild } from '../support/children';
import { callerFor, tempDir } from '../support/core';
import { digest } from '../support/damage';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
let probe: string;
/** Why user "nobody" cannot run the probe here (a checkout inside a 0700 folder), or null. */
let unreachable: string | null = null;

interface ProbeReport {
  status?: { ok: boolean; value: ProjectStatus };
  write?: { ok: boolean; error?: { code: string; message: string } };
  openError?: { code: string; message: string };
  infoCode: number;
  infoErr: string;
}

const capture = () => {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
};

beforeAll(async () => {
  probe = await bundleChild('test/support/projectProbe.ts', 'project-probe');
  if (isRoot) {
    fs.chmodSync(probe, 0o644);
    // The probe loads better-sqlite3 from this checkout; "nobody" must be able to reach both.
    const reach = spawnSync(
      process.execPath,
      [
        '-e',
        'for (const f of process.argv.slice(1)) require("fs").accessSync(f)',
        probe,
        createRequire(import.meta.url).resolve('better-sqlite3'),
      ],
      { uid: NOBODY, gid: NOBODY, cwd: os.tmpdir(), encoding: 'utf8' },
    );
    if (reach.status !== 0) unreachable = `user "nobody" cannot read this checkout (${path.dirname(probe)})`;
  }
});

/** Opens `file` as a user who may not write what the test made read-only. */
async function probeAsReader(file: string): Promise<ProbeReport> {
  if (!isRoot) {
    const child = spawnChild(probe, [file]);
    return JSON.parse(await child.waitFor((l) => l.startsWith('{'), 20_000)) as ProbeReport;
  }
  const child = spawnChild(probe, [file], { uid: NOBODY, gid: NOBODY, cwd: os.tmpdir() });
  return JSON.parse(await child.waitFor((l) => l.startsWith('{'), 20_000)) as ProbeReport;
}

async function project(dir: string): Promise<string> {
  const file = path.join(dir, 'Pricing study.groundwork');
  const io = capture();
  expect(await runCli(['init', file], io), io.stderr).toBe(0);
  return file;
}

describe('read-only files and folders', () => {
  it('a read-only file opens read-only with a sentence; saving is refused in words; info reads it', async (ctx) => {
    if (unreachable) {
      console.log(`skipped (read-only): ${unreachable}`);
      return ctx.skip();
    }
    const dir = tempDir();
    const file = await project(dir);
    fs.chmodSync(file, 0o444);
    // The folder stays writable (for SQLite's index file) for whoever opens it.
    fs.chmodSync(dir, 0o777);
    const before = digest(file);
    const report = await probeAsReader(file);
    expect(report.openError).toBeUndefined();
    expect(report.status!.value).toMatchObject({ writable: false, reason: 'file-readonly' });
    expect(report.status!.value.message).toMatch(
      /^This project file is read-only, so Groundwork opened it for reading/,
    );
    expect(report.write).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', message: 'This project file is read-only. Nothing was changed.' },
    });
    expect(report.infoCode, report.infoErr).toBe(0);
    expect(digest(file)).toBe(before);
  });

  it('a project in a read-only folder opens read-only; info reads it without a raw SQLite message', async (ctx) => {
    if (unreachable) {
      console.log(`skipped (read-only): ${unreachable}`);
      return ctx.skip();
    }
    const dir = tempDir();
    const file = await project(dir);
    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555);
    const listing = fs.readdirSync(dir);
    try {
      const report = await probeAsReader(file);
      expect(report.openError).toBeUndefined();
      expect(report.status!.value).toMatchObject({ writable: false, reason: 'folder-readonly' });
      expect(report.status!.value.message).toMatch(/The folder holding "Pricing study.groundwork" is read-only/);
      expect(report.write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
      expect(report.infoCode, report.infoErr).toBe(0);
      expect(fs.readdirSync(dir)).toEqual(listing);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('empty and unfinished files', () => {
  it('an empty file is refused with a sentence and stays empty', async () => {
    const file = path.join(tempDir(), 'Pricing study.groundwork');
    fs.writeFileSync(file, '');
    await expect(createCore({ projectPath: file })).rejects.toMatchObject({
      code: 'PROJECT_CORRUPT',
      message: expect.stringMatching(
        /"Pricing study.groundwork" is empty \(0 bytes\), so it is not a Groundwork project/,
      ),
    });
    const io = capture();
    expect(await runCli(['info', file], io)).toBe(1);
    expect(io.stderr).toMatch(/is empty \(0 bytes\)/);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Pricing study.groundwork']);
  });

  it('a file whose creation did not finish is named as such', async () => {
    const file = path.join(tempDir(), 'stub.groundwork');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    db.pragma('application_id = 0x47574b31');
    db.close();
    const c = await createCore({ userDataDir: null });
    const res = await c.host.dispatch('host.openProject', { path: file });
    c.close();
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'PROJECT_CORRUPT', message: expect.stringMatching(/unfinished project file/) },
    });
  });
});

describe('a full disk', () => {
  let mount: string | null = null;
  let why = '';

  beforeAll(() => {
    if (process.platform !== 'linux') why = 'tmpfs mounts need Linux';
    else if (!isRoot) why = 'mounting a tmpfs needs root';
    else {
      const dir = tempDir('gw-tmpfs-');
      const res = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { encoding: 'utf8' });
      if (res.status === 0) mount = dir;
      else why = `mount -t tmpfs failed: ${(res.stderr || res.error?.message || '').trim()}`;
    }
  });

  afterAll(() => {
    if (mount) execFileSync('umount', [mount]);
  });

  /** Leaves about `free` bytes on the tmpfs. */
  function fill(free: number): string {
    const filler = path.join(mount!, 'filler');
    const { bavail, bsize } = fs.statfsSync(mount!);
    const room = Number(bavail) * Number(bsize);
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, room - free)));
    return filler;
  }

  it('a failed init says the disk is full, leaves nothing behind, and works once there is room', (ctx) => {
    if (!mount) {
      console.log(`skipped (full disk): ${why}`);
      return ctx.skip();
    }
    return (async () => {
      const dir = fs.mkdtempSync(path.join(mount!, 'init-'));
      const file = path.join(dir, 'Pricing study.groundwork');
      const filler = fill(200 * 1024);
      const io = capture();
      expect(await runCli(['init', file], io)).toBe(1);
      expect(io.stderr).toMatch(
        /^groundwork: The disk is full, so Groundwork could not create the project; nothing was changed/,
      );
      expect(fs.readdirSync(dir)).toEqual([]);
      fs.rmSync(filler);
      const retry = capture();
      expect(await runCli(['init', file], retry), retry.stderr).toBe(0);
      fs.rmSync(dir, { recursive: true });
    })();
  });

  it('a save on a full disk is refused as "the disk is full", nothing changes, and saving works again after', (ctx) => {
    if (!mount) {
      console.log(`skipped (full disk): ${why}`);
      return ctx.skip();
    }
    return (async () => {
      const dir = fs.mkdtempSync(path.join(mount!, 'save-'));
      const file = path.join(dir, 'Pricing study.groundwork');
      const core = await createCore({ projectPath: file });
      const { call } = callerFor(core);
      await call('companies.create', { name: 'Before' });
      const filler = fill(16 * 1024);
      let refusal: { code: string; message: string } | null = null;
      for (let i = 0; i < 200 && !refusal; i++) {
        const res = await core.dispatch('companies.create', { name: `Big ${i}`, notes: 'x'.repeat(4000) });
        if (!res.ok) refusal = res.error;
      }
      expect(refusal).toMatchObject({
        code: 'IO',
        message: expect.stringMatching(
          /^The disk is full, so Groundwork could not save this change; nothing was changed/,
        ),
      });
      const backup = await core.dispatch('backups.create', {});
      expect(backup).toMatchObject({ ok: false, error: { message: expect.stringMatching(/The disk is full/) } });
      expect(
        fs.readdirSync(`${file}-backups`, { withFileTypes: true }).filter((e) => e.name.endsWith('.partial')),
      ).toEqual([]);
      fs.rmSync(filler);
      await call('companies.create', { name: 'After' });
      const names = (await call('companies.list')).map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining(['Before', 'After']));
      core.close();
      fs.rmSync(dir, { recursive: true });
    })();
  });
});

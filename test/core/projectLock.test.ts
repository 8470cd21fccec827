/**
 * One writer per project (issue 12, found item 1): a second opener for writing — another process
 * or this one — is refused with a sentence naming the holder; read-only commands (`info`, exports)
 * run meanwhile without deleting the holder's WAL; and every write the core acknowledged is in the
 * file after a SIGKILL of either process, because the lock the OS held for the dead one is free.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';
import { lockFileOf, ProjectLock } from '../../electron/core/project/lock';
import { bundleChild, spawnChild, type Child } from '../support/children';
import { tempDir } from '../support/core';

let writer: string;
const children: Child[] = [];
const quiet = () => {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
};

beforeAll(async () => {
  writer = await bundleChild('test/support/projectWriter.ts', 'project-writer');
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill()));
});

function start(file: string, owner: string, mode = 'write', tag?: string): Child {
  const child = spawnChild(writer, [file, owner, mode, ...(tag ? [tag] : [])]);
  children.push(child);
  return child;
}

async function newProject(): Promise<string> {
  const file = path.join(tempDir(), 'Pricing study.groundwork');
  expect(await runCli(['init', file], quiet())).toBe(0);
  return file;
}

const acks = (c: Child) => c.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));

async function acked(c: Child, n: number): Promise<void> {
  await c.waitFor(() => acks(c).length >= n, 20_000);
}

function companiesIn(file: string): Set<string> {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return new Set((db.prepare('SELECT name FROM companies').all() as { name: string }[]).map((r) => r.name));
  } finally {
    db.close();
  }
}

describe('one writer per project', () => {
  it('refuses a second writer by name, lets info and exports read meanwhile, and loses no acknowledged write when the holder is killed', async () => {
    const file = await newProject();
    const host = start(file, 'the Groundwork web host', 'write', 'host');
    const ready = JSON.parse(await host.waitFor((l) => l.startsWith('{'))) as { ready: number };
    await acked(host, 20);
    const wal = fs.statSync(`${file}-wal`);

    // A second process asking to write is refused with the holder's name and process.
    const second = start(file, '`groundwork import` (command line)', 'write', 'cli');
    const refusal = JSON.parse(await second.waitFor((l) => l.startsWith('{'))) as { refused: string; code: string };
    expect(refusal.code).toBe('PROJECT_LOCKED');
    expect(refusal.refused).toMatch(
      new RegExp(`already open in the Groundwork web host \\(process ${ready.ready}, since `),
    );
    expect(refusal.refused).toMatch(/close it there, then try again/);
    expect((await second.exited).code).toBe(3);

    // In this process too: the web host's core, and the CLI's import.
    await expect(createCore({ projectPath: file })).rejects.toMatchObject({ code: 'PROJECT_LOCKED' });
    const cliImport = quiet();
    expect(await runCli(['import', file, path.resolve('test/fixtures/transcripts/interview.srt')], cliImport)).toBe(1);
    expect(cliImport.stderr).toMatch(/already open in the Groundwork web host/);

    // Read-only commands work while the host writes, and leave its WAL where it is.
    for (let i = 0; i < 5; i++) {
      const io = quiet();
      expect(await runCli(['info', file], io), io.stderr).toBe(0);
      const csv = quiet();
      expect(await runCli(['export', file, '--evidence-csv'], csv), csv.stderr).toBe(0);
    }
    expect(fs.statSync(`${file}-wal`).ino).toBe(wal.ino);
    expect(fs.existsSync(`${file}-shm`)).toBe(true);

    await acked(host, 150);
    await host.kill();
    const fromHost = acks(host);

    // The OS released the dead holder's lock: the next writer opens at once, and is killed too.
    const next = start(file, '`groundwork import` (command line)', 'write', 'next');
    await next.waitFor((l) => l.includes('"ready"'));
    await acked(next, 50);
    await next.kill();
    const names = companiesIn(file);
    for (const name of [...fromHost, ...acks(next)]) expect(names.has(name), name).toBe(true);
    expect(fromHost.length).toBeGreaterThanOrEqual(150);
  }, 60_000);

  it('keeps every acknowledged write when a process reading it (info in a loop) is killed, then the writer', async () => {
    const file = await newProject();
    const host = start(file, 'the Groundwork app', 'write', 'app');
    await host.waitFor((l) => l.includes('"ready"'));
    const reader = start(file, '', 'info');
    await reader.waitFor((l) => l === 'info ok');
    await acked(host, 40);
    await reader.waitFor(() => reader.lines.filter((l) => l === 'info ok').length >= 5);
    await reader.kill();
    expect(reader.lines.filter((l) => l.startsWith('info failed'))).toEqual([]);
    const before = acks(host).length;
    await acked(host, before + 60);
    await host.kill();
    const names = companiesIn(file);
    for (const name of acks(host)) expect(names.has(name), name).toBe(true);
  }, 60_000);

  it('refuses a second core in the same process on the same file, and the second web host', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'study.groundwork');
    const first = await createCore({ projectPath: file, owner: { what: 'the Groundwork web host' } });
    try {
      await expect(createCore({ projectPath: file })).rejects.toMatchObject({
        code: 'PROJECT_LOCKED',
        message: expect.stringMatching(/already open in this Groundwork process/),
      });
      const other = await createCore({ userDataDir: null });
      const res = await other.host.dispatch('host.openProject', { path: file });
      expect(res).toMatchObject({ ok: false, error: { code: 'PROJECT_LOCKED' } });
      other.close();
    } finally {
      first.close();
    }
    // Closed cleanly: the lock file is gone and the next opener gets the project.
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
    const again = await createCore({ projectPath: file });
    again.close();
  });

  it('takes over a lock file left by a killed holder, and removes its lock file on a clean release', async () => {
    const file = await newProject();
    const host = start(file, 'the Groundwork web host');
    await host.waitFor((l) => l.includes('"ready"'));
    expect(ProjectLock.holderOf(file)).toMatchObject({ what: 'the Groundwork web host', pid: host.proc.pid });
    await host.kill();
    expect(fs.existsSync(lockFileOf(file))).toBe(true); // left behind by the crash, but not held
    const lock = await ProjectLock.acquire(file, { what: 'a test', brief: true });
    expect(ProjectLock.holderOf(file)).toMatchObject({ what: 'a test', pid: process.pid, brief: true });
    lock.release();
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
  }, 30_000);
});

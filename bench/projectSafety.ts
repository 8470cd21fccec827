/**
 * The cost of keeping a project safe, on the standard corpus (179 MB): taking and refusing the
 * writer lock, opening through the checks, the integrity check in the background, a backup and a
 * restore — each with the longest stall of the thread that answers the UI while it runs.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { checkWal } from '../electron/core/project/walCheck';
import { lockFileOf, ProjectLock } from '../electron/core/project/lock';
import { standaloneSession } from '../electron/core/project/standalone';
import { standardCorpus } from './standardCorpus';
import { median, type BenchResult } from './util';

/** Runs `work` and returns its duration and the longest event-loop stall meanwhile (ms). */
async function withStall(work: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const s = performance.now();
  await work();
  const ms = performance.now() - s;
  h.disable();
  return { ms, stallMs: h.max / 1e6 };
}

export async function benchProjectSafety(): Promise<BenchResult[]> {
  const source = await standardCorpus();
  const file = source.replace(/\.groundwork$/, '.safety.groundwork');
  // A WAL left beside an earlier copy would be replayed onto this one: start from nothing.
  const leftovers = [`${file}-wal`, `${file}-shm`, `${file}-lock`, `${file}-backups`];
  for (const f of leftovers) fs.rmSync(f, { recursive: true, force: true });
  fs.copyFileSync(source, file);
  const results: BenchResult[] = [];

  // The lock: take and release; and the refusal when another connection holds it.
  const acquire: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    const lock = await ProjectLock.acquire(file, { what: 'the benchmark' });
    acquire.push(performance.now() - s);
    lock.release();
  }
  results.push({
    name: 'writer lock: take (and write the holder)',
    value: median(acquire),
    unit: 'ms',
    target: Infinity,
    detail: 'median of 20',
  });
  const holder = await ProjectLock.acquire(file, { what: 'the benchmark' });
  // Another process's hold, seen from here: a second connection in its own RESERVED lock.
  holder.release();
  const other = new Database(lockFileOf(file));
  other.exec(
    'CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY, what TEXT, pid INTEGER, host TEXT, since INTEGER, brief INTEGER, nonce TEXT)',
  );
  other.exec("INSERT OR REPLACE INTO holder VALUES (1, 'another program', 1, 'here', 0, 0, 'x')");
  other.exec('BEGIN IMMEDIATE');
  const refuse: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await ProjectLock.acquire(file, { what: 'the benchmark' }).catch(() => undefined);
    refuse.push(performance.now() - s);
  }
  other.exec('ROLLBACK');
  other.close();
  fs.rmSync(lockFileOf(file), { force: true });
  results.push({
    name: 'writer lock: refuse, naming the holder',
    value: median(refuse),
    unit: 'ms',
    target: Infinity,
    detail: 'median of 20',
  });

  const session = standaloneSession();
  // Open (lock, header and WAL checks, pragmas) to the first query; the daily backup and the
  // integrity check then run in the background.
  const opened = await withStall(async () => {
    await session.open(file);
    session.context().db.prepare('SELECT count(*) FROM interviews').get();
  });
  results.push({
    name: 'open the 179 MB corpus to the first query (checks in the background)',
    value: opened.ms,
    unit: 'ms',
    target: 100,
  });
  const background = await withStall(() => session.settled());
  results.push({
    name: 'daily backup + integrity check in the background, longest stall of the answering thread',
    value: background.stallMs,
    unit: 'ms',
    target: 50,
    detail: `both done after ${(background.ms / 1000).toFixed(1)} s`,
  });
  const backup = await withStall(() => session.backupNow());
  results.push({
    name: 'backup of the corpus (backup API), longest stall',
    value: backup.stallMs,
    unit: 'ms',
    target: 50,
    detail: `took ${(backup.ms / 1000).toFixed(2)} s`,
  });
  const [latest] = await session.listBackups();
  const restore = await withStall(() => session.restoreBackup(latest!.id));
  results.push({
    name: 'restore of the corpus (keeps a copy first)',
    value: restore.ms / 1000,
    unit: 's',
    target: Infinity,
    detail: `longest stall ${restore.stallMs.toFixed(0)} ms`,
  });
  session.close();

  // The WAL check after a crash: a 64 MB log.
  const wal = `${file}-bench-wal`;
  const db = new Database(file);
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE IF NOT EXISTS bench_wal (x BLOB)');
  const insert = db.prepare('INSERT INTO bench_wal VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 16_000; i++) insert.run(Buffer.alloc(4000, i % 251));
  })();
  fs.copyFileSync(`${file}-wal`, wal);
  db.close();
  const walMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    checkWal(wal);
    walMs.push(performance.now() - s);
  }
  results.push({
    name: 'WAL check after a crash, 64 MB log',
    value: median(walMs),
    unit: 'ms',
    target: Infinity,
    detail: `${(fs.statSync(wal).size / 1e6).toFixed(0)} MB, median of 5`,
  });
  for (const f of [file, wal, ...leftovers]) fs.rmSync(f, { recursive: true, force: true });
  return results;
}

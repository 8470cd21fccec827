/**
 * Which project is open: opening, creating and switching, one project at a time, under the
 * project's writer lock; whether it may be written (read-only files and folders, damage found on
 * open); its backups (daily on open, before risky changes, restore).
 */
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason, ProjectStatus, RestoreResult } from '../../../shared/domain/backup';
import type { ProjectInfo } from '../../../shared/domain/project';
import { PROJECT_EXTENSION } from '../../../shared/domain/project';
import { AppError } from '../../../shared/errors';
import type { Deps, Emit, ProjectContext } from '../context';
import { openProjectDb } from '../db/open';
import { LATEST_VERSION } from '../db/migrations/index';
import { stmt } from '../db/sql';
import { errorCode, storageError } from '../db/storageErrors';
import { BACKUP_PURPOSE, BackupStore, NO_PROJECT_STATUS, withBackupHint } from './backups';
import { quickCheckFileAsync } from './integrity';
import { quickCheckInWorker } from './projectWorker';
import { ProjectLock, lockedError, type LockOwner } from './lock';
import {
  cleanFinding,
  closeOpened,
  damagedMessage,
  openExistingProject,
  openForReading,
  openReadOnly,
  readOnlyHeadline,
  removeCreated,
  type OpenedProject,
} from './openProject';
import { RecentProjects } from './recent';
import { USER_CODER_FILE, UserCoderFile } from './userCoder';
import type { CoderFields, CoderIdentity, CurrentCoder } from '../../../shared/domain/coder';
import { coderByGuid, upsertCoder } from '../repos/coders';

export interface SessionOptions extends Deps {
  /** Folder for the default project and the recent list; null keeps nothing between runs. */
  userDataDir: string | null;
  nativeBinding?: string;
  emit: Emit;
  /** Fills a newly created project (default codebook…); the CLI's bare `init` leaves it out. */
  seed?: (ctx: ProjectContext) => void;
  /** Who this process is, in the sentence another opener is refused with. */
  owner?: LockOwner;
  /** Files up to this size are checked before they open; larger ones in the background. */
  syncCheckMaxBytes?: number;
  /** The daily backup on open (on unless a benchmark measures something else meanwhile). */
  automaticBackups?: boolean;
}

export class ProjectSession {
  private project: OpenedProject | null = null;
  private readonly recent: RecentProjects | null;
  private readonly background = new Set<Promise<void>>();
  private checking = false;
  private backupProblem: string | null = null;
  /** The backup offered to a damaged project (found off the answering thread: each costs a check). */
  private offered: { project: OpenedProject; entry: Promise<BackupEntry | null> } | null = null;
  private readonly coderFile: UserCoderFile | null;
  /** Who is coding (the user's setting); every context carries its row id in the open project. */
  private identity: CoderIdentity | null;
  /** The identity's row id per connection, found (or added) once per project and identity. */
  private coderIds = new WeakMap<Db, number | null>();

  constructor(private readonly opts: SessionOptions) {
    this.recent = opts.userDataDir ? new RecentProjects(path.join(opts.userDataDir, 'recent-projects.json')) : null;
    this.coderFile = opts.userDataDir ? new UserCoderFile(path.join(opts.userDataDir, USER_CODER_FILE)) : null;
    this.identity = this.coderFile?.read() ?? null;
  }

  /** The user's coder identity and its row in the open project. */
  currentCoder(): CurrentCoder {
    const db = this.project?.db;
    const coderId = db ? this.coderIdFor(db) : null;
    return { identity: this.identity, coder: db && coderId !== null ? coderByGuid(db, this.identity!.guid) : null };
  }

  /**
   * Says who is coding from now on: kept in the user's settings (when the session has a user data
   * folder) and added to, or updated in, the open project. Every later request's context carries it,
   * so no call has to name its coder.
   */
  identify(fields: CoderFields & { guid?: string | undefined }): CurrentCoder {
    const identity: CoderIdentity = { ...fields, guid: fields.guid ?? this.opts.newGuid() };
    this.coderFile?.write(identity);
    this.identity = identity;
    this.coderIds = new WeakMap();
    const p = this.project;
    if (p && !p.readOnly) {
      this.coderIds.set(p.db, upsertCoder(p.db, identity, this.opts.clock.now()));
    }
    // The coder's lists and history are someone else's now.
    this.opts.emit('entities.changed', { kind: 'coder', ids: [] });
    this.opts.emit('entities.changed', { kind: 'history', ids: [] });
    return this.currentCoder();
  }

  private coderIdFor(db: Db): number | null {
    if (!this.identity) return null;
    const known = this.coderIds.get(db);
    if (known !== undefined) return known;
    const existing = coderByGuid(db, this.identity.guid);
    if (existing) {
      this.coderIds.set(db, existing.id);
      return existing.id;
    }
    // A project first opened by this coder gains their row; a read-only one cannot (nor a project
    // still being created, which is not the open one yet: asked again once it is).
    if (this.project?.db !== db) return null;
    const id = this.project.readOnly ? null : upsertCoder(db, this.identity, this.opts.clock.now());
    this.coderIds.set(db, id);
    return id;
  }

  get isOpen(): boolean {
    return this.project !== null;
  }

  context(): ProjectContext {
    if (!this.project) throw new AppError('NO_PROJECT', 'No project is open. Create or open one first.');
    return this.contextFor(this.project.db, this.project.file);
  }

  info(): ProjectInfo | null {
    if (!this.project) return null;
    const { db, file } = this.project;
    const meta = Object.fromEntries(
      (stmt(db, 'SELECT key, value FROM project_meta').all() as { key: string; value: string }[]).map((r) => [
        r.key,
        r.value,
      ]),
    );
    return {
      path: file,
      name: meta['name'] ?? path.basename(file, PROJECT_EXTENSION),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      createdAt: Number(meta['created_at'] ?? 0),
    };
  }

  async status(): Promise<ProjectStatus> {
    const p = this.project;
    if (!p) return NO_PROJECT_STATUS;
    const damaged = p.readOnly?.reason === 'damaged' || p.readOnly?.reason === 'damaged-wal';
    return {
      writable: p.readOnly === null,
      reason: p.readOnly?.reason ?? null,
      message: p.readOnly?.message ?? null,
      detail: p.readOnly?.detail ?? null,
      checking: this.checking,
      offeredBackup: damaged ? await this.offeredBackup(p) : null,
      backupProblem: this.backupProblem,
      backupsFolder: p.backups.dir,
    };
  }

  private offeredBackup(p: OpenedProject): Promise<BackupEntry | null> {
    if (this.offered?.project !== p) this.offered = { project: p, entry: p.backups.latestGood().catch(() => null) };
    return this.offered.entry;
  }

  /** Throws READ_ONLY, in words, when the open project may not be written. */
  assertWritable(): void {
    const p = this.project;
    if (p?.readOnly) {
      throw new AppError('READ_ONLY', `${readOnlyHeadline(p.readOnly.reason)} Nothing was changed.`);
    }
  }

  /** A failure of a call in words, when it is about storage or damage (null: not ours to explain). */
  explainFailure(err: unknown): AppError | null {
    const code = errorCode(err);
    if (!code.startsWith('SQLITE_') && code !== 'ENOSPC') return null;
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      this.noticeDamage((err as Error).message);
      return new AppError(
        'PROJECT_CORRUPT',
        'The project file is damaged, so Groundwork switched it to read-only; nothing was changed. Restore a backup from the Projects dialog.',
      );
    }
    return storageError(err, this.project?.file ?? null, 'save this change');
  }

  recentList() {
    return this.recent?.list() ?? [];
  }

  forgetRecent(file: string) {
    const list = this.recent?.forget(path.resolve(file)) ?? [];
    // The recent list belongs to the app, not to a project; `project` is the kind that reaches project.recent.
    this.opts.emit('entities.changed', { kind: 'project', ids: [] });
    return list;
  }

  async create(file: string, name?: string, withDefaults = true): Promise<ProjectInfo> {
    const resolved = withExtension(path.resolve(file));
    // "Already exists" first: it is the answer whether or not that project is open somewhere.
    const existed = fs.existsSync(resolved);
    if (existed && fs.statSync(resolved).size > 0) {
      throw new AppError(
        'CONFLICT',
        `"${path.basename(resolved)}" already exists. Choose another name or open it instead.`,
      );
    }
    const held = ProjectLock.heldHere(resolved);
    if (held) throw lockedError(resolved, held);
    const dir = path.dirname(resolved);
    if (!fs.existsSync(dir)) throw new AppError('IO', `The folder "${dir}" does not exist.`);
    let lock: ProjectLock;
    try {
      lock = await ProjectLock.acquire(resolved, this.owner(), {
        nativeBinding: this.opts.nativeBinding,
        now: this.now,
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'READ_ONLY') {
        throw new AppError('READ_ONLY', `The folder "${dir}" is read-only: choose another folder for the new project.`);
      }
      throw err;
    }
    let db: Db | null = null;
    try {
      db = await openProjectDb(resolved, { create: true, nativeBinding: this.opts.nativeBinding, now: this.now });
      const created = db;
      const at = this.opts.clock.now();
      created.transaction(() => {
        const put = created.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
        put.run('name', name?.trim() || path.basename(resolved, PROJECT_EXTENSION));
        put.run('created_at', String(at));
        put.run('guid', this.opts.newGuid());
      })();
      if (withDefaults && this.opts.seed) this.opts.seed(this.contextFor(created, resolved));
    } catch (err) {
      // A failed create leaves nothing behind, so that trying again works.
      db?.close();
      lock.release();
      removeCreated(resolved, existed);
      throw storageError(err, resolved, `create "${path.basename(resolved)}" (nothing was left behind)`) ?? err;
    }
    const opened = {
      file: resolved,
      db,
      lock,
      readOnly: null,
      backups: this.backupStore(resolved),
      needsBackgroundCheck: false,
      snapshotDir: null,
    };
    // A new project has nothing to back up yet; its first daily backup comes with a later open.
    return this.adopt(opened, { fresh: true });
  }

  async open(file: string): Promise<ProjectInfo> {
    const resolved = path.resolve(file);
    if (this.project?.file === resolved) return this.info()!;
    const opened = await openExistingProject(resolved, this.openOptions()).catch((err: unknown) => {
      throw withBackupHint(err, resolved);
    });
    return this.adopt(opened);
  }

  /**
   * For read-only commands (`info`, exports): no lock, no migration, no checkpoint, nothing
   * deleted — a writer elsewhere keeps working. An older format is refused (it needs upgrading).
   */
  async openReadOnly(file: string): Promise<ProjectInfo> {
    const opened = await openForReading(path.resolve(file), this.backupStore(path.resolve(file)), this.opts);
    this.closeProject();
    this.project = opened;
    return this.info()!;
  }

  /** Opens `file` if it exists (an empty file is refused, not overwritten), creates it otherwise. */
  async openOrCreate(file: string, name?: string): Promise<ProjectInfo> {
    const resolved = path.resolve(file);
    return fs.existsSync(resolved) ? this.open(resolved) : this.create(resolved, name);
  }

  async listBackups(): Promise<BackupEntry[]> {
    return this.requireProject().backups.list();
  }

  async backupNow(): Promise<BackupEntry> {
    return this.backupBefore('manual');
  }

  /** A backup before a risky change; if it cannot be made, the change is refused. */
  async backupBefore(reason: BackupReason): Promise<BackupEntry> {
    this.assertWritable();
    const p = this.requireProject();
    try {
      const entry = await p.backups.take(p.db, reason);
      this.backupProblem = null;
      return entry;
    } catch (err) {
      const why = err instanceof AppError ? err.message : (err as Error).message;
      throw new AppError(
        'IO',
        `Groundwork makes a backup before ${BACKUP_PURPOSE[reason]}, and that failed, so nothing was changed: ${why}`,
      );
    }
  }

  /**
   * Replaces the project with one of its backups. The current file is kept first (as a backup
   * through the API, or byte for byte when it is damaged); the restored copy is written beside
   * the file and renamed over it; the project reopens under the lock this session holds.
   */
  async restoreBackup(id: string): Promise<RestoreResult> {
    const p = this.requireProject();
    if (p.readOnly?.reason === 'file-readonly' || p.readOnly?.reason === 'folder-readonly') {
      throw new AppError('READ_ONLY', `${readOnlyHeadline(p.readOnly.reason)} A backup cannot be restored over it.`);
    }
    const source = p.backups.fileOf(id);
    const restored = p.backups.list().find((e) => e.id === id)!;
    const finding = await quickCheckFileAsync(source, this.opts.nativeBinding);
    if (finding)
      throw new AppError(
        'PROJECT_CORRUPT',
        `That backup is damaged too (${finding.slice(0, 120)}). Choose an older one.`,
      );
    if ((restored.schemaVersion ?? 0) > LATEST_VERSION) {
      throw new AppError(
        'PROJECT_NEWER',
        'That backup was made by a newer version of Groundwork. Update Groundwork to restore it.',
      );
    }
    await this.settled();
    const lock = p.lock;
    if (!lock)
      throw new AppError('READ_ONLY', 'This project is open read-only here; open it in the app to restore a backup.');
    let keptCopy: BackupEntry;
    if (!p.readOnly) keptCopy = await this.backupBefore('before-restore');
    this.closeProject(false);
    const reopen = () => openExistingProject(p.file, { ...this.openOptions(), heldLock: lock });
    try {
      if (p.readOnly) keptCopy = await p.backups.keepRawCopy('before-restore');
      await p.backups.writeOver(source);
    } catch (err) {
      this.adopt(await reopen());
      throw err;
    }
    this.adopt(await reopen());
    return { restored, keptCopy: keptCopy! };
  }

  /** Resolves when background work (the large-file check, the daily backup) has finished. */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
  }

  close(): void {
    this.closeProject();
  }

  private closeProject(releaseLock = true): void {
    const p = this.project;
    this.project = null;
    this.checking = false;
    this.backupProblem = null;
    if (!p) return;
    if (!p.readOnly) {
      // Fold the WAL back into the main file so a copied project file is complete.
      try {
        p.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        /* closing anyway */
      }
    }
    closeOpened(p, releaseLock);
  }

  private adopt(opened: OpenedProject, how: { fresh?: boolean } = {}): ProjectInfo {
    if (this.project !== opened) this.closeProject(this.project?.lock !== opened.lock);
    this.project = opened;
    const info = this.info()!;
    this.recent?.touch({ path: opened.file, name: info.name, openedAt: this.opts.clock.now() });
    this.opts.emit('project.opened', { path: opened.file });
    if (opened.needsBackgroundCheck) this.track(this.checkInBackground(opened));
    const daily = this.opts.automaticBackups !== false && !how.fresh && !opened.readOnly;
    if (daily && opened.backups.isDailyDue()) this.track(this.dailyBackup(opened));
    return info;
  }

  private async checkInBackground(opened: OpenedProject): Promise<void> {
    this.checking = true;
    const outcome = await quickCheckInWorker(opened.file, this.opts.nativeBinding);
    if (this.project !== opened) return;
    this.checking = false;
    if ('failed' in outcome)
      this.opts.logger.warn('The background integrity check could not run.', { error: outcome.failed });
    else if (outcome.finding) await this.switchToDamaged(opened, outcome.finding);
    this.opts.emit('entities.changed', { kind: 'project', ids: [] });
  }

  private async dailyBackup(opened: OpenedProject): Promise<void> {
    try {
      await opened.backups.take(opened.db, 'daily');
      if (this.project === opened) this.backupProblem = null;
    } catch (err) {
      if (this.project !== opened) return; // closed meanwhile
      this.backupProblem = `The automatic daily backup could not be made: ${err instanceof AppError ? err.message : (err as Error).message}`;
      this.opts.logger.warn('The daily backup failed.', { error: String(err) });
      this.opts.emit('entities.changed', { kind: 'project', ids: [] });
    }
  }

  /** Damage found while open: from now on the project is read-only, under the same lock. */
  private noticeDamage(finding: string): void {
    const p = this.project;
    if (p && !p.readOnly)
      this.track(
        this.switchToDamaged(p, finding).then(() => this.opts.emit('entities.changed', { kind: 'project', ids: [] })),
      );
  }

  private async switchToDamaged(opened: OpenedProject, finding: string): Promise<void> {
    if (this.project !== opened || opened.readOnly) return;
    const base = path.basename(opened.file);
    opened.db.close();
    this.project = await openReadOnly(
      opened.file,
      opened.backups,
      'damaged',
      damagedMessage(base),
      this.opts,
      opened.lock,
      cleanFinding(finding),
    );
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((err: unknown) =>
      this.opts.logger.error('Background project work failed.', { error: String(err) }),
    );
    this.background.add(tracked);
    void tracked.finally(() => this.background.delete(tracked));
  }

  private requireProject(): OpenedProject {
    if (!this.project) throw new AppError('NO_PROJECT', 'No project is open. Create or open one first.');
    return this.project;
  }

  private contextFor(db: Db, file: string): ProjectContext {
    const { clock, newGuid, logger, emit } = this.opts;
    return { db, projectPath: file, clock, newGuid, logger, emit, coderId: this.coderIdFor(db) };
  }

  private openOptions() {
    return {
      owner: this.owner(),
      now: this.now,
      logger: this.opts.logger,
      nativeBinding: this.opts.nativeBinding,
      ...(this.opts.syncCheckMaxBytes !== undefined ? { syncCheckMaxBytes: this.opts.syncCheckMaxBytes } : {}),
    };
  }

  private backupStore(file: string): BackupStore {
    return new BackupStore(file, { now: this.now, logger: this.opts.logger, nativeBinding: this.opts.nativeBinding });
  }

  private owner(): LockOwner {
    return this.opts.owner ?? { what: 'another Groundwork program' };
  }

  private binding() {
    return this.opts.nativeBinding ? { nativeBinding: this.opts.nativeBinding } : {};
  }

  private readonly now = () => this.opts.clock.now();
}

function withExtension(file: string): string {
  return path.extname(file) ? file : `${file}${PROJECT_EXTENSION}`;
}

/** Which project is open: opening, creating and switching, one SQLite connection at a time. */
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectInfo } from '../../../shared/domain/project';
import { PROJECT_EXTENSION } from '../../../shared/domain/project';
import { AppError } from '../../../shared/errors';
import type { Deps, Emit, ProjectContext } from '../context';
import { openProjectDb } from '../db/open';
import { stmt } from '../db/sql';
import { RecentProjects } from './recent';

export interface SessionOptions extends Deps {
  /** Folder for the default project and the recent list; null keeps nothing between runs. */
  userDataDir: string | null;
  nativeBinding?: string;
  emit: Emit;
  /** Fills a newly created project (default codebook…); the CLI's bare `init` leaves it out. */
  seed?: (ctx: ProjectContext) => void;
}

export class ProjectSession {
  private db: Database | null = null;
  private file: string | null = null;
  private readonly recent: RecentProjects | null;

  constructor(private readonly opts: SessionOptions) {
    this.recent = opts.userDataDir ? new RecentProjects(path.join(opts.userDataDir, 'recent-projects.json')) : null;
  }

  get isOpen(): boolean {
    return this.db !== null;
  }

  context(): ProjectContext {
    if (!this.db || !this.file) throw new AppError('NO_PROJECT', 'No project is open. Create or open one first.');
    const { clock, newGuid, logger, emit } = this.opts;
    return { db: this.db, projectPath: this.file, clock, newGuid, logger, emit };
  }

  info(): ProjectInfo | null {
    if (!this.db || !this.file) return null;
    const meta = Object.fromEntries(
      (stmt(this.db, 'SELECT key, value FROM project_meta').all() as { key: string; value: string }[]).map((r) => [
        r.key,
        r.value,
      ]),
    );
    return {
      path: this.file,
      name: meta['name'] ?? path.basename(this.file, PROJECT_EXTENSION),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      createdAt: Number(meta['created_at'] ?? 0),
    };
  }

  recentList() {
    return this.recent?.list() ?? [];
  }

  forgetRecent(file: string) {
    return this.recent?.forget(path.resolve(file)) ?? [];
  }

  async create(file: string, name?: string, withDefaults = true): Promise<ProjectInfo> {
    const resolved = withExtension(path.resolve(file));
    const db = await openProjectDb(resolved, { create: true, nativeBinding: this.opts.nativeBinding, now: () => this.opts.clock.now() });
    const at = this.opts.clock.now();
    db.transaction(() => {
      const put = db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?)');
      put.run('name', name?.trim() || path.basename(resolved, PROJECT_EXTENSION));
      put.run('created_at', String(at));
      put.run('guid', this.opts.newGuid());
    })();
    const info = this.adopt(db, resolved);
    if (withDefaults && this.opts.seed) this.opts.seed(this.context());
    return info;
  }

  async open(file: string): Promise<ProjectInfo> {
    const resolved = path.resolve(file);
    if (this.file === resolved && this.db) return this.info()!;
    const db = await openProjectDb(resolved, { nativeBinding: this.opts.nativeBinding, now: () => this.opts.clock.now() });
    return this.adopt(db, resolved);
  }

  /** Opens `file` if it exists, creates it otherwise (the default project on first start). */
  async openOrCreate(file: string, name?: string): Promise<ProjectInfo> {
    const resolved = path.resolve(file);
    return fs.existsSync(resolved) && fs.statSync(resolved).size > 0 ? this.open(resolved) : this.create(resolved, name);
  }

  close(): void {
    if (this.db) {
      // Fold the WAL back into the main file so a copied project file is complete.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        /* closing anyway */
      }
      this.db.close();
    }
    this.db = null;
    this.file = null;
  }

  private adopt(db: Database, file: string): ProjectInfo {
    this.close();
    this.db = db;
    this.file = file;
    const info = this.info()!;
    this.recent?.touch({ path: file, name: info.name, openedAt: this.opts.clock.now() });
    this.opts.emit('project.opened', { path: file });
    return info;
  }
}

function withExtension(file: string): string {
  return path.extname(file) ? file : `${file}${PROJECT_EXTENSION}`;
}

/** The CLI's commands, separate from process wiring so tests can call them directly. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import Database from 'better-sqlite3';
import { quickCheck } from '../core/project/integrity';
import { ProjectLock } from '../core/project/lock';
import { standaloneSession } from '../core/project/standalone';
import { entityCounts } from '../core/repos/counts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const stdio: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

const USAGE = `Usage: groundwork <command>
  init FILE [--with-defaults]       create a new, empty project file (with the default codebook if asked)
  info FILE                         print counts of every entity as JSON
  import PROJECT FILE... [--json]   import transcripts, one new interview per file
  export PROJECT --evidence-csv [--pseudonymise] [--out FILE]
  export PROJECT --persona ID --format md|html|pdf|docx [--pseudonymise] [--out FILE]
  export PROJECT --icp | --jobs PERSONA_ID  (same --format, --pseudonymise, --out)
  export PROJECT --qdpx OUT | --qdc OUT [--include-real-names] [--json] [--report FILE]
  import-qdpx PROJECT FILE [--json] [--report FILE]   import a REFI-QDA project or codebook (PROJECT is created if new)
  merge PROJECT OTHER [--json] [--commit --policy mine|theirs|both]   preview (or apply) a colleague's copy or .qdpx
  copy-for-colleague PROJECT OUT [--json]   write a copy for a colleague to code in and merge back
  agreement PROJECT --coders A,B[,…] [--unit turn|char] [--json]   intercoder agreement (coders by name, initials or GUID)
`;

export async function runCli(argv: string[], io: CliIo = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'init':
        return await init(rest, io);
      case 'info':
        return await info(rest, io);
      case 'import':
        // Imports and exports load their parsers and renderers only when asked for (CLI start-up).
        return await (await import('./import')).importCommand(rest, io);
      case 'import-qdpx':
        return await (await import('./refi')).importQdpxCommand(rest, io);
      case 'export':
        return await (await import('./export')).exportCommand(rest, io);
      case 'merge':
        return await (await import('./merge')).mergeCommand(rest, io);
      case 'copy-for-colleague':
        return await (await import('./merge')).copyForColleagueCommand(rest, io);
      case 'agreement':
        return await (await import('./agreement')).agreementCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return command === undefined ? 1 : 0;
      default:
        io.err(`groundwork: unknown command "${command}"\n${USAGE}`);
        return 1;
    }
  } catch (err) {
    const message = err instanceof AppError ? err.message : err instanceof Error ? err.message : String(err);
    io.err(`groundwork: ${message.replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

function onePath(args: string[], command: string): string {
  if (args.length !== 1 || !args[0]) throw new AppError('VALIDATION', `${command} takes exactly one FILE.`);
  return path.resolve(args[0]);
}

async function init(args: string[], io: CliIo): Promise<number> {
  const withDefaults = args.includes('--with-defaults');
  const file = onePath(
    args.filter((a) => a !== '--with-defaults'),
    'init',
  );
  const core = await (await import('./core')).openCliCore({ owner: { what: '`groundwork init`' } });
  let created;
  try {
    created = await core.call('host.createProject', { path: file, withDefaults });
  } finally {
    core.close();
  }
  io.out(`${JSON.stringify({ created: created.path, name: created.name, schemaVersion: created.schemaVersion })}\n`);
  return 0;
}

async function info(args: string[], io: CliIo): Promise<number> {
  const file = onePath(args, 'info');
  // Below the dispatcher on purpose (docs/architecture.md, "The CLI as a host"): loading the
  // contract's zod schemas and every handler would take this command from ~160 to ~265 ms.
  const session = standaloneSession({ owner: { what: 'a read-only command' } });
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  await session.openReadOnly(file);
  try {
    const { db } = session.context();
    const check = quickCheck(db);
    if (check) {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${path.basename(file)}" is damaged (${check}). Restore it from a backup.`,
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    io.out(`${JSON.stringify({ file, schemaVersion: version, counts: entityCounts(db) }, null, 2)}\n`);
    return 0;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new AppError(
        'PROJECT_CORRUPT',
        `"${path.basename(file)}" is damaged and cannot be read. Restore it from a backup.`,
      );
    }
    throw err;
  } finally {
    session.close();
    await tidySidecars(file, sidecars);
  }
}

/**
 * A read-only connection leaves the -wal/-shm files SQLite made for it. They are removed only when
 * this command made them, the WAL is empty, and nobody has the project open: under the writer lock
 * (so no writer can start meanwhile), a plain connection closes last — SQLite itself deletes its
 * files only when no other connection, in any process, still uses them.
 */
async function tidySidecars(file: string, madeHere: string[]): Promise<void> {
  const wal = `${file}-wal`;
  if (!madeHere.includes(wal) || !fs.existsSync(wal) || fs.statSync(wal).size > 0) return;
  let lock: ProjectLock;
  try {
    lock = await ProjectLock.acquire(file, { what: '`groundwork info`', brief: true }, { waitForBriefMs: 0 });
  } catch {
    return; // someone has it open for writing: the files are theirs now
  }
  try {
    if (fs.statSync(wal).size > 0) return;
    const db = new Database(file, { fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.close();
  } catch {
    /* read-only file, or busy: leave them */
  } finally {
    lock.release();
  }
}

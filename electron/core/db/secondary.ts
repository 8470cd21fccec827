/**
 * A second connection to a project this process already has open — checked and migrated by
 * open.ts — for the import worker, which stores large transcripts off the thread that answers the
 * UI. WAL lets the main connection keep reading meanwhile; the core queues its own writes behind
 * the worker's (rpc/dispatch.ts), so neither waits on SQLite's busy handler. Workers that only read
 * (the export worker's quote library) open it read-only.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { registerFunctions } from './functions';

export function openSecondaryConnection(file: string, nativeBinding?: string): Db {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  registerFunctions(db);
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * A read-only second connection, for a worker that reads a large result off the answering thread (the
 * quote library export): it sees the last committed state (WAL), takes no lock and can write nothing.
 */
export function openReadOnlyConnection(file: string, nativeBinding?: string): Db {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  registerFunctions(db);
  try {
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The shape of one schema migration. */
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  /** `at`: the injected clock's time, for rows a data migration writes (operation log). */
  up(db: Database, at: number): void;
}

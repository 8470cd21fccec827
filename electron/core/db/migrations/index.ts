/** Every migration, in order. Append only; a shipped migration is never edited. */
import type { Migration } from '../migration';
import { m0001Initial } from './0001-initial';

export const MIGRATIONS: readonly Migration[] = [m0001Initial];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

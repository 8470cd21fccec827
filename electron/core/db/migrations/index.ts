/** Every migration, in order. Append only; a shipped migration is never edited. */
import type { Migration } from '../migration';
import { m0001Initial } from './0001-initial';
import { m0002QuoteSpeaker } from './0002-quote-speaker';

export const MIGRATIONS: readonly Migration[] = [m0001Initial, m0002QuoteSpeaker];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The open project's backups: list, back up now, restore. */
import { z } from 'zod';
import { BackupEntry, RestoreResult } from '../../domain/backup';
import { method } from '../method';

export const backupMethods = {
  'backups.list': method(z.object({}), z.array(BackupEntry), { writes: false }),
  'backups.create': method(z.object({}), BackupEntry, { writes: true }),
  /** Replaces the project with a backup; the current file is kept as a backup first. */
  'backups.restore': method(z.object({ id: z.string().min(1).max(200) }), RestoreResult, { writes: true }),
} as const;

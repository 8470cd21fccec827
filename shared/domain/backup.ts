/** Automatic backups of a project and whether the open project can be written (read-only, damaged). */
import { z } from 'zod';
import { EpochMs } from './common';

/** Why a backup was taken; the UI words each one. */
export const BACKUP_REASONS = [
  'daily', // on open, when the newest backup is over a day old
  'before-upgrade', // before migrating the file to a newer format
  'before-replace', // before a transcript is replaced
  'before-merge', // before tags are merged or a codebook CSV is merged in
  'before-restore', // the current file, kept before a backup replaced it (never pruned)
  'before-import', // before a REFI-QDA project is imported into the open project
  'manual', // "Back up now"
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BackupEntry = z.object({
  /** The backup's file name inside the project's backups folder: the only handle the UI gets. */
  id: z.string(),
  takenAt: EpochMs,
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
  /** Format version of the file inside; null when it could not be read. */
  schemaVersion: z.number().int().nullable(),
  /** What it holds, so the researcher can tell backups apart; null when it could not be read. */
  counts: z
    .object({ interviews: z.number().int(), participants: z.number().int(), quotes: z.number().int() })
    .nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** Why an open project is read-only. */
export const READ_ONLY_REASONS = ['file-readonly', 'folder-readonly', 'damaged', 'damaged-wal'] as const;
export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];

export const ProjectStatus = z.object({
  writable: z.boolean(),
  reason: z.enum(READ_ONLY_REASONS).nullable(),
  /** The sentence the banner shows when the project is read-only. */
  message: z.string().nullable(),
  /** What SQLite's check found, for whoever helps with a damaged file; null otherwise. */
  detail: z.string().nullable(),
  /** The integrity check of a large file still runs in the background. */
  checking: z.boolean(),
  /** For a damaged project: the newest backup that passes the integrity check. */
  offeredBackup: BackupEntry.nullable(),
  /** The last automatic backup failed, in words (e.g. the disk is full); null when it worked. */
  backupProblem: z.string().nullable(),
  /** Where backups are kept (shown, not used as a handle). */
  backupsFolder: z.string().nullable(),
});
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const RestoreResult = z.object({
  restored: BackupEntry,
  /** The project as it was just before the restore, kept in the backups folder. */
  keptCopy: BackupEntry,
});
export type RestoreResult = z.infer<typeof RestoreResult>;

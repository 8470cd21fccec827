/** How backups read in the UI: why each was made, what it holds, when. */
import type { BackupEntry, BackupReason } from '../../../../shared/domain/backup';
import { count, formatDate, formatTime } from '../../ui/format';

export const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily backup',
  'before-upgrade': 'Before an upgrade',
  'before-replace': 'Before a transcript was replaced',
  'before-merge': 'Before tags were merged',
  'before-restore': 'Your project before a restore',
  'before-import': 'Before a REFI-QDA project was imported',
  manual: 'Backed up by you',
};

export function backupWhen(entry: BackupEntry): string {
  return `${formatDate(entry.takenAt)}, ${formatTime(entry.takenAt)}`;
}

export function backupContents(entry: BackupEntry): string {
  if (!entry.counts) return 'Could not be read';
  const { interviews, participants, quotes } = entry.counts;
  return `${count(interviews, 'interview')} · ${count(participants, 'participant')} · ${count(quotes, 'quote')}`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

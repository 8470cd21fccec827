/**
 * Above every screen when the project cannot be written (read-only file or folder, damage found on
 * open) or the last automatic backup failed: the sentence from the core, and the way out.
 */
import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/domain/backup';
import { useQuery } from '../../api/hooks';
import { BackupsDialog } from './BackupsDialog';
import { backupWhen } from './labels';

export function ProjectStatusBanner() {
  const status = useQuery('project.status', {}, { errors: 'toast' });
  const [dialog, setDialog] = useState<{ offered: BackupEntry | null } | null>(null);
  const s = status.data;
  if (!s || (s.writable && !s.backupProblem)) return null;
  const damaged = s.reason === 'damaged' || s.reason === 'damaged-wal';
  return (
    <div
      className={`project-banner notice ${damaged ? 'notice-error' : 'notice-caution'}`}
      role={damaged ? 'alert' : 'status'}
    >
      <div>
        <p className="notice-title">
          {s.writable
            ? 'The last backup failed'
            : damaged
              ? 'This project is damaged: it is open read-only'
              : 'Read-only'}
        </p>
        <p className="notice-message">{s.writable ? s.backupProblem : s.message}</p>
        {s.detail ? (
          <details className="project-banner-detail">
            <summary>Technical details</summary>
            <p className="project-path">{s.detail}</p>
          </details>
        ) : null}
      </div>
      <div className="project-banner-actions">
        {damaged && s.offeredBackup ? (
          <button type="button" className="btn btn-primary" onClick={() => setDialog({ offered: s.offeredBackup })}>
            Restore the backup from {backupWhen(s.offeredBackup)}…
          </button>
        ) : null}
        <button type="button" className="btn" onClick={() => setDialog({ offered: null })}>
          Backups…
        </button>
      </div>
      {dialog ? <BackupsDialog offered={dialog.offered} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

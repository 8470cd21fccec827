/**
 * The project's backups: when and why each was made and what it holds, "Back up now", and
 * "Restore…", which asks first and says that the current project is kept as a copy.
 */
import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/domain/backup';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { backupContents, backupWhen, fileSize, REASON_LABELS } from './labels';
import { DataTable } from '../../ui/DataTable';

export function BackupsDialog({ onClose, offered }: { onClose(): void; offered?: BackupEntry | null }) {
  const list = useQuery('backups.list', {});
  const status = useQuery('project.status', {}, { errors: 'toast' });
  const create = useMutation('backups.create');
  const restore = useMutation('backups.restore');
  const [confirming, setConfirming] = useState<BackupEntry | null>(offered ?? null);
  const writable = status.data?.writable ?? false;

  async function restoreNow(entry: BackupEntry) {
    const result = await restore.run({ id: entry.id });
    if (!result) return;
    setConfirming(null);
    void list.refetch();
    showToast({
      message: `Restored the backup from ${backupWhen(result.restored)}. Your project as it was is kept as a copy ("${REASON_LABELS['before-restore']}").`,
    });
  }

  return (
    <Dialog
      title="Backups"
      description="Groundwork copies this project once a day when you open it, and before upgrades, transcript replacements and tag merges."
      onClose={onClose}
      size="wide"
    >
      <div className="dialog-body backups">
        {status.data?.backupsFolder ? (
          <p className="muted backups-folder">
            Kept in <span className="project-path">{status.data.backupsFolder}</span>
          </p>
        ) : null}
        {list.error ? (
          <ErrorNotice
            title="The backups could not be listed"
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : null}
        {create.error ? <ErrorNotice title="No backup was made" message={create.error.message} /> : null}

        {confirming ? (
          <section className="notice notice-caution backups-confirm" aria-labelledby="restore-heading">
            <div>
              <h3 id="restore-heading" className="notice-title">
                Restore the backup from {backupWhen(confirming)}?
              </h3>
              <p className="notice-message">
                The project will be as it was then ({backupContents(confirming)}). Your current project is kept as a
                copy in the backups folder first, so you can come back to it.
              </p>
              {restore.error ? <p className="field-error">{restore.error.message}</p> : null}
            </div>
            <div className="backups-confirm-actions">
              <button type="button" className="btn" onClick={() => setConfirming(null)} disabled={restore.pending}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn-primary"
                data-autofocus
                onClick={() => void restoreNow(confirming)}
                disabled={restore.pending}
              >
                {restore.pending ? 'Restoring…' : 'Restore this backup'}
              </button>
            </div>
          </section>
        ) : null}

        <div className="backups-toolbar">
          <button
            type="button"
            className="btn"
            disabled={!writable || create.pending}
            title={writable ? undefined : 'This project is open read-only.'}
            onClick={async () => {
              if (await create.run({})) void list.refetch();
            }}
          >
            {create.pending ? 'Backing up…' : 'Back up now'}
          </button>
        </div>

        {list.data && list.data.length === 0 ? (
          <p className="muted">No backups yet. The first one is made tomorrow, or now with “Back up now”.</p>
        ) : null}
        {list.data && list.data.length > 0 ? (
          <DataTable
            label="Backups"
            className="backups-table"
            rows={list.data}
            rowKey={(entry) => entry.id}
            rowHeader={false}
            columns={[
              { header: 'Made', cell: backupWhen },
              { header: 'Why', cell: (entry) => REASON_LABELS[entry.reason] },
              { header: 'Holds', cell: backupContents },
              { header: 'Size', cell: (entry) => fileSize(entry.sizeBytes) },
              {
                header: 'Actions',
                hideHeader: true,
                cell: (entry) => (
                  <button
                    type="button"
                    className="btn btn-quiet"
                    aria-label={`Restore the backup from ${backupWhen(entry)}…`}
                    disabled={
                      restore.pending ||
                      status.data?.reason === 'file-readonly' ||
                      status.data?.reason === 'folder-readonly'
                    }
                    onClick={() => setConfirming(entry)}
                  >
                    Restore…
                  </button>
                ),
              },
            ]}
          />
        ) : null}
      </div>
    </Dialog>
  );
}

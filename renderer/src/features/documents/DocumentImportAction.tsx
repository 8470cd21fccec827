/** The Interviews toolbar's "Import documents…" button, its dialog, and the Undo toast once imported. */
import { useState } from 'react';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { DocumentImportDialog } from './DocumentImportDialog';

export function DocumentImportAction({ onImported }: { onImported?(interviewId: number): void }) {
  const [open, setOpen] = useState(false);
  // Lives on the screen, not in the dialog, so the toast's Undo still works after the dialog closes.
  const history = useHistory();
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import documents…
      </button>
      {open ? (
        <DocumentImportDialog
          onClose={() => setOpen(false)}
          onImported={(r) => {
            showToast({
              group: 'history',
              message: `${r.label}: ${r.participantsCreated} new participants, ${r.companiesCreated} new companies.`,
              action: { label: 'Undo', run: () => void history.undo() },
            });
            onImported?.(r.interviewId);
          }}
        />
      ) : null}
    </>
  );
}

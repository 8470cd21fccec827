/** The Participants toolbar's "Import from CRM…" button, its dialog, and the Undo toast once imported. */
import { useState } from 'react';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { CrmImportDialog } from './CrmImportDialog';

export function CrmImportAction() {
  const [open, setOpen] = useState(false);
  // Lives on the screen, not in the dialog, so the toast's Undo still works after the dialog closes.
  const history = useHistory();
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import from CRM…
      </button>
      {open ? (
        <CrmImportDialog
          onClose={() => setOpen(false)}
          onImported={(r) =>
            showToast({
              group: 'history',
              message: `${r.label}: ${r.created} added, ${r.merged} merged, ${r.companiesCreated} new companies.`,
              action: { label: 'Undo', run: () => void history.undo() },
            })
          }
        />
      ) : null}
    </>
  );
}

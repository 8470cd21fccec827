/** The colleague entries of the project dialog (the app's File menu): make a copy for a colleague, merge one back. */
import { useState } from 'react';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { CopyForColleagueDialog } from './CopyForColleagueDialog';
import { MergeDialog } from './MergeDialog';

export function MergeActions() {
  const [open, setOpen] = useState<null | 'copy' | 'merge'>(null);
  // The whole merge is one step: the toast's Undo (and Mod+Z) takes it back.
  const history = useHistory();
  return (
    <section aria-labelledby="merge-heading" className="merge-actions">
      <h3 id="merge-heading" className="section-heading">
        Work with a colleague
      </h3>
      <div className="merge-buttons">
        <button type="button" className="btn" onClick={() => setOpen('copy')}>
          Make a copy for a colleague…
        </button>
        <button type="button" className="btn" onClick={() => setOpen('merge')}>
          Merge from another project…
        </button>
      </div>
      {open === 'copy' ? <CopyForColleagueDialog onClose={() => setOpen(null)} /> : null}
      {open === 'merge' ? (
        <MergeDialog
          onClose={() => setOpen(null)}
          onMerged={(r) => {
            if (r.nothingNew) return;
            showToast({
              group: 'history',
              message: `Merged ${r.otherName}.`,
              action: { label: 'Undo', run: () => void history.undo() },
            });
          }}
        />
      ) : null}
    </section>
  );
}

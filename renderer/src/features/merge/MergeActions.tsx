/** The colleague entries of the project dialog (the app's File menu): make a copy for a colleague, merge one back. */
import { useState } from 'react';
import { CopyForColleagueDialog } from './CopyForColleagueDialog';
import { MergeDialog } from './MergeDialog';

export function MergeActions() {
  const [open, setOpen] = useState<null | 'copy' | 'merge'>(null);
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
      {open === 'merge' ? <MergeDialog onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

/** The REFI-QDA entries of the project dialog (the app's File menu): import a project, export the project or codebook. */
import { useState } from 'react';
import { RefiExportDialog } from './RefiExportDialog';
import { RefiImportDialog } from './RefiImportDialog';

export function RefiActions({ onNavigate }: { onNavigate(): void }) {
  const [open, setOpen] = useState<null | 'import' | 'qdpx' | 'qdc'>(null);
  return (
    <section aria-labelledby="refi-heading" className="refi-actions">
      <h3 id="refi-heading" className="section-heading">
        Exchange with other tools (REFI-QDA)
      </h3>
      <div className="refi-buttons">
        <button type="button" className="btn" onClick={() => setOpen('import')}>
          Import REFI-QDA project…
        </button>
        <button type="button" className="btn" onClick={() => setOpen('qdpx')}>
          Export REFI-QDA project…
        </button>
        <button type="button" className="btn" onClick={() => setOpen('qdc')}>
          Export REFI-QDA codebook…
        </button>
      </div>
      {open === 'import' ? <RefiImportDialog onClose={() => setOpen(null)} onNavigate={onNavigate} /> : null}
      {open === 'qdpx' || open === 'qdc' ? <RefiExportDialog kind={open} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

/** Export…: opens the export dialog for this persona (PDF, Word, Markdown or HTML; optionally pseudonymised). */
import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { ExportDialog } from '../export/ExportDialog';

export function ExportMenu({ personaId }: { personaId: number }) {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <ExportDialog
          title="Export persona"
          subject="this persona"
          proposedOption="Include proposed attributes (drafts not yet accepted)"
          run={(choice) => client.call('exports.persona', { id: personaId, ...choice })}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

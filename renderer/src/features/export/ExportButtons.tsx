/** "Export…" buttons that open the export dialog for the ICP and for one persona's jobs to be done. */
import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { ExportDialog } from './ExportDialog';

export function IcpExportButton() {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <ExportDialog
          title="Export ideal customer profile"
          subject="the profile, the scoring matrix and the companies by score"
          run={({ format, pseudonymise, jobId }) => client.call('exports.icp', { format, pseudonymise, jobId })}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

export function JobsExportButton({ personaId }: { personaId: number }) {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <ExportDialog
          title="Export jobs to be done"
          subject="this persona’s job map"
          run={({ format, pseudonymise, jobId }) =>
            client.call('exports.jobs', { personaId, format, pseudonymise, jobId })
          }
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

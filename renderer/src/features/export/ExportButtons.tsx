/** "Export…" buttons: each opens the export dialog (PDF, Word, Markdown or HTML; optionally pseudonymised) for one document. */
import { useState } from 'react';
import type { ExportFile } from '../../../../shared/ipc/contract/exports';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ExportDialog, type ExportChoice } from './ExportDialog';

interface ExportButtonProps {
  title: string;
  subject: string;
  proposedOption?: string;
  run(client: ApiClient, choice: ExportChoice): Promise<ExportFile>;
}

export function ExportButton({ title, subject, proposedOption, run }: ExportButtonProps) {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <ExportDialog
          title={title}
          subject={subject}
          proposedOption={proposedOption}
          run={(choice) => run(client, choice)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

export function PersonaExportButton({ personaId }: { personaId: number }) {
  return (
    <ExportButton
      title="Export persona"
      subject="this persona"
      proposedOption="Include proposed attributes (drafts not yet accepted)"
      run={(client, choice) => client.call('exports.persona', { id: personaId, ...choice })}
    />
  );
}

export function IcpExportButton() {
  return (
    <ExportButton
      title="Export ideal customer profile"
      subject="the profile, the scoring matrix and the companies by score"
      run={(client, { format, pseudonymise, taskId }) => client.call('exports.icp', { format, pseudonymise, taskId })}
    />
  );
}

export function JobsExportButton({ personaId }: { personaId: number }) {
  return (
    <ExportButton
      title="Export jobs to be done"
      subject="this persona’s job map"
      run={(client, { format, pseudonymise, taskId }) =>
        client.call('exports.jobs', { personaId, format, pseudonymise, taskId })
      }
    />
  );
}

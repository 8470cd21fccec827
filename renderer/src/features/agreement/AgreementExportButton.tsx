/** "Export…" on the agreement screen: the table (and the listed disagreements) as CSV or XLSX. */
import { useState } from 'react';
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/hooks';
import { TableExportDialog } from '../export/TableExportDialog';

export function AgreementExportButton({ scope, disabled }: { scope: Input<'agreement.compute'>; disabled: boolean }) {
  const { client } = useApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <TableExportDialog
          title="Export agreement"
          description="Save the agreement table per tag and overall as a spreadsheet; the workbook also lists the disagreements."
          run={({ format, names, taskId }) => client.call('agreement.export', { ...scope, format, names, taskId })}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

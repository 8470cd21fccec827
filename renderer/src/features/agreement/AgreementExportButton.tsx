/** "Export…" on the agreement screen: the table (and the listed disagreements) as CSV or XLSX. */
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/hooks';
import { TableExportButton } from '../export/TableExportDialog';

export function AgreementExportButton({ scope, disabled }: { scope: Input<'agreement.compute'>; disabled: boolean }) {
  const { client } = useApi();
  return (
    <TableExportButton
      disabled={disabled}
      title="Export agreement"
      description="Save the agreement table per tag and overall as a spreadsheet; the workbook also lists the disagreements."
      run={({ format, names, taskId }) => client.call('agreement.export', { ...scope, format, names, taskId })}
    />
  );
}

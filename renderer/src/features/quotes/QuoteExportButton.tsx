/** "Export…" on the quote library: what the current filter selects, as CSV or XLSX (exports.quoteLibrary). */
import type { Input } from '../../../../shared/ipc/contract';
import { useApi } from '../../api/hooks';
import { TableExportButton } from '../export/TableExportDialog';

export function QuoteExportButton({ filter, disabled }: { filter: Input<'quotes.list'>; disabled: boolean }) {
  const { client } = useApi();
  // The page belongs to the screen, not to the export: every match goes into the file.
  const { limit: _limit, offset: _offset, withTotal: _withTotal, ...rest } = filter;
  return (
    <TableExportButton
      disabled={disabled}
      title="Export quotes"
      description="Save the quotes this filter shows, one row per quote and tag, as a spreadsheet."
      run={({ format, names, taskId }) => client.call('exports.quoteLibrary', { filter: rest, format, names, taskId })}
    />
  );
}

/**
 * "Export…" on the synthesis screen: the ranking (the roll-up the screen ranks) and the evidence matrix,
 * as the screen's filters and the matrix's columns and kind select them, as CSV (one table) or an XLSX
 * workbook (both sheets) — exports.synthesis.
 */
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import type { TagKind } from '../../../../shared/domain/tag';
import { useApi } from '../../api/hooks';
import { TableExportButton } from '../export/TableExportDialog';

export interface MatrixShape {
  axis: 'participant' | 'segment';
  kind: TagKind | '';
}

const TABLES = [
  { value: 'ranking', label: 'Ranking (every tag by reach)' },
  { value: 'matrix', label: 'Evidence matrix' },
];

export function SynthesisExportButton({
  filters,
  matrix,
  disabled,
}: {
  filters: EvidenceFilters;
  matrix: MatrixShape;
  disabled: boolean;
}) {
  const { client } = useApi();
  return (
    <TableExportButton
      disabled={disabled}
      title="Export synthesis"
      description="Save the ranking and the evidence matrix, as the filters on this screen select them."
      tables={TABLES}
      run={({ format, names, table, taskId }) =>
        client.call('exports.synthesis', {
          filters,
          axis: matrix.axis,
          kinds: matrix.kind ? [matrix.kind] : [],
          table: table === 'matrix' ? 'matrix' : 'ranking',
          format,
          names,
          taskId,
        })
      }
    />
  );
}

/**
 * File › Export › REFI-QDA project… / codebook…: optionally include real names, follow the core's
 * progress, save the file, then show what REFI could not carry (savable as a report). Cancel while
 * it runs closes the dialog and drops the result.
 */
import { useRef, useState } from 'react';
import type { RefiExportResult } from '../../../../shared/domain/refi';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { downloadExportFile } from '../../ui/download';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProgressBar } from '../../ui/ProgressBar';
import { LossReportView } from './LossReportView';
import { useTaskProgress } from './useTaskProgress';

export function RefiExportDialog({ kind, onClose }: { kind: 'qdpx' | 'qdc'; onClose(): void }) {
  const { client } = useApi();
  const [includeRealNames, setIncludeRealNames] = useState(false);
  const [result, setResult] = useState<RefiExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const closed = useRef(false);
  const task = useTaskProgress();
  const what = kind === 'qdpx' ? 'project' : 'codebook';

  const close = () => {
    closed.current = true;
    onClose();
  };

  async function run() {
    setRunning(true);
    setError(null);
    try {
      const file = await client.call('refi.export', { kind, includeRealNames, taskId: task.start() });
      if (closed.current) return;
      downloadExportFile(file);
      setResult(file);
    } catch (err) {
      if (!closed.current) setError(asApiError(err).message);
    } finally {
      task.stop();
      setRunning(false);
    }
  }

  return (
    <Dialog
      title={`Export a REFI-QDA ${what}`}
      description={
        kind === 'qdpx'
          ? 'A .qdpx file that NVivo, ATLAS.ti, MAXQDA, QualCoder and other tools open.'
          : 'The tags as a .qdc codebook other tools can import.'
      }
      onClose={close}
      size="wide"
    >
      <div className="dialog-body refi-dialog" aria-busy={running || undefined}>
        <ErrorSummary formId="refi-export" message={error} fields={{}} labels={{}} />
        {!result ? (
          <>
            {kind === 'qdpx' ? (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={includeRealNames}
                  onChange={(e) => setIncludeRealNames(e.target.checked)}
                  disabled={running}
                  data-autofocus
                />
                Include participants’ real names and e-mail addresses (pseudonyms are always included)
              </label>
            ) : null}
            {running ? (
              <ProgressBar
                label="Writing the file…"
                done={task.progress?.done ?? 0}
                total={task.progress?.total ?? 1}
              />
            ) : null}
          </>
        ) : (
          <>
            <p role="status">Saved {result.fileName}.</p>
            <LossReportView report={result.report} reportText={result.reportText} />
          </>
        )}
      </div>
      <div className="dialog-footer">
        {!result ? (
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={running}>
            Export
          </button>
        ) : null}
        <button type="button" className="btn" onClick={close}>
          {result ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}

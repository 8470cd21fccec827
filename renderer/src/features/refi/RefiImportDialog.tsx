/**
 * File › Import › REFI-QDA project…: choose a .qdpx (or .qdc codebook), see what it will create,
 * import it in one step with progress, then read the loss report and open an imported interview.
 * Cancel before importing discards the preview; while importing, the core finishes its one
 * transaction (nothing is half-imported) and the dialog closes.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { RefiImportResult, RefiPreview } from '../../../../shared/domain/refi';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import { workspaceHref } from '../../routes';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProgressBar } from '../../ui/ProgressBar';
import { readAsBase64 } from '../import/files';
import { LossReportView } from './LossReportView';
import { useTaskProgress } from './useTaskProgress';
import { FileButton } from '../../ui/FileButton';
import { count } from '../../ui/format';

const MAX_BYTES = 50 * 1024 * 1024;

export function RefiImportDialog({
  onClose,
  onNavigate,
}: {
  onClose(): void;
  /** Leaving for an interview closes the dialogs behind this one too. */ onNavigate?(): void;
}) {
  const { client } = useApi();
  const formId = useId();
  const [phase, setPhase] = useState<'choose' | 'reading' | 'preview' | 'importing' | 'done'>('choose');
  const [preview, setPreview] = useState<RefiPreview | null>(null);
  const [result, setResult] = useState<RefiImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);
  const task = useTaskProgress();

  const close = () => {
    closed.current = true;
    if (preview && phase === 'preview')
      void client.call('refi.discard', { stagingId: preview.stagingId }).catch(() => {});
    onClose();
  };

  async function picked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is larger than 50 MB; import it with the command line (groundwork import-qdpx).`);
      return;
    }
    setPhase('reading');
    try {
      const dataBase64 = await readAsBase64(file, () => closed.current);
      const staged = await client.call('refi.stageFile', { fileName: file.name, dataBase64 });
      if (closed.current) return;
      setPreview(staged);
      setPhase('preview');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    }
  }

  async function commit() {
    if (!preview) return;
    setPhase('importing');
    setError(null);
    try {
      const r = await client.call('refi.commit', { stagingId: preview.stagingId, taskId: task.start() });
      if (closed.current) return;
      setResult(r);
      setPhase('done');
    } catch (err) {
      if (closed.current) return;
      setError(asApiError(err).message);
      setPhase('choose');
    } finally {
      task.stop();
    }
  }

  const c = preview?.counts;
  return (
    <Dialog
      title="Import a REFI-QDA project"
      description="Bring in a .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette or another tool."
      onClose={close}
      size="wide"
    >
      <div className="dialog-body refi-dialog" aria-busy={phase === 'reading' || phase === 'importing' || undefined}>
        <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
        {phase === 'choose' || phase === 'reading' ? (
          <div className="drop-zone">
            <p className="drop-zone-title">Choose a REFI-QDA file</p>
            <p className="drop-zone-hint">
              A project (.qdpx) or a codebook (.qdc), up to 50 MB. It is added to the open project; nothing is stored
              until you choose Import.
            </p>
            <FileButton accept=".qdpx,.qdc,.qde" busy={phase === 'reading'} onChange={(e) => void picked(e)} />
          </div>
        ) : null}
        {phase === 'preview' && preview && c ? (
          <section aria-label="What will be imported">
            <p>
              <strong>{preview.projectName ?? preview.fileName}</strong>
              {preview.origin ? ` — written by ${preview.origin}` : ''}
            </p>
            <ul className="refi-counts">
              <li>{c.sources} interviews (text sources)</li>
              <li>{c.codes} codes</li>
              <li>
                {c.selections} quotes (selections) with {c.codings} codings
              </li>
              <li>{c.cases} participants (cases)</li>
              <li>{c.notes} notes</li>
            </ul>
            {preview.matched.codes + preview.matched.cases + preview.matched.sources > 0 ? (
              <p>
                Already in this project (same GUID), matched instead of duplicated: {preview.matched.sources}{' '}
                interviews, {preview.matched.codes} codes, {preview.matched.cases} participants.
              </p>
            ) : null}
            <LossReportView report={preview.report} reportText={''} />
          </section>
        ) : null}
        {phase === 'importing' ? (
          <ProgressBar label="Importing…" done={task.progress?.done ?? 0} total={task.progress?.total ?? 0} />
        ) : null}
        {phase === 'done' && result ? (
          <section className="refi-done" aria-label="Import finished">
            <p role="status">{importedSentence(result)}</p>
            {result.interviewIds.length ? (
              <p>
                <a
                  className="btn"
                  href={workspaceHref(result.interviewIds[0]!)}
                  onClick={() => {
                    onClose();
                    onNavigate?.();
                  }}
                >
                  Open the first imported interview
                </a>
              </p>
            ) : null}
            <LossReportView report={result.report} reportText={result.reportText} />
          </section>
        ) : null}
      </div>
      <div className="dialog-footer">
        {phase === 'preview' ? (
          <button type="button" className="btn btn-primary" onClick={() => void commit()}>
            Import
          </button>
        ) : null}
        <button type="button" className="btn" onClick={close}>
          {phase === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  );
}

/** "Imported 1 interview, 3 quotes, 4 codings, 2 new tags, 1 new participant and 2 new coders." */
function importedSentence(r: RefiImportResult): string {
  const parts = [
    count(r.interviewIds.length, 'interview'),
    count(r.quotesCreated, 'quote'),
    count(r.codingsCreated, 'coding'),
    count(r.tagsCreated, 'new tag'),
    count(r.participantsCreated, 'new participant'),
    ...(r.codersCreated ? [count(r.codersCreated, 'new coder')] : []),
  ];
  return `Imported ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}.`;
}

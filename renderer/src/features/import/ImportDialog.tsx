/**
 * Import transcripts: choose or drop files, see what was read (nothing is stored yet), map the
 * speakers and pick each file's interview, then import them one by one with progress and a summary.
 * A live region announces each step for screen readers; focus moves to each step's heading.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { count } from '../../ui/format';
import { ProgressBar } from '../../ui/ProgressBar';
import { FailedFiles } from './FailedFiles';
import { FileChooser } from './FileChooser';
import { ImportSummary, summarise } from './ImportSummary';
import { PreviewCard } from './PreviewCard';
import { isDuplicate, useImportBatch, type ImportBatch, type Phase } from './useImportBatch';

export interface ImportDialogProps {
  /** Files dropped on the Interviews screen, read as soon as the dialog opens. */
  initialFiles?: { files: File[]; skipped: number } | undefined;
  onClose(): void;
  /** Closes the dialog and selects an interview in the list. */
  onShowInterview(id: number): void;
}

const HEADINGS: Record<Phase, string> = {
  choose: 'Choose transcripts',
  reading: 'Reading files',
  review: 'Check what was read',
  importing: 'Importing',
  summary: 'Import finished',
};

function announcement(batch: ImportBatch): string {
  const { phase, progress, items } = batch;
  const ready = items.filter((i) => i.status === 'ready').length;
  const failed = items.filter((i) => i.status === 'failed').length;
  switch (phase) {
    case 'choose':
      return batch.notice ?? '';
    case 'reading':
      return `Reading ${progress.done + 1} of ${progress.total}: ${progress.current}`;
    case 'review':
      return `${count(ready, 'file')} ready to import${failed ? `, ${failed} could not be read` : ''}.`;
    case 'importing':
      return `Importing ${progress.done + 1} of ${progress.total}: ${progress.current}`;
    case 'summary':
      return `${summarise(items)}.`;
  }
}

export function ImportDialog({ initialFiles, onClose, onShowInterview }: ImportDialogProps) {
  const batch = useImportBatch();
  const interviews = useQuery('interviews.list', {}, { errors: 'toast' });
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);
  const { phase, items, progress } = batch;
  const shownPhase = useRef(phase);

  useEffect(() => {
    if (initialFiles && !started.current) {
      started.current = true;
      void batch.addFiles(initialFiles.files, initialFiles.skipped);
    }
  }, [initialFiles, batch]);

  useEffect(() => {
    // The dialog focuses its first control on open; each later step moves focus to its heading.
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    headingRef.current?.focus();
  }, [phase]);

  const busy = phase === 'reading' || phase === 'importing';
  const ready = items.filter((i) => i.status === 'ready');
  const skipping = ready.filter((i) => isDuplicate(i) && !i.importAgain).length;
  const unread = items.filter((i) => i.status === 'failed');
  const interviewRows = interviews.data ?? [];

  function requestClose() {
    // Escape while working cancels the work (after the file in hand) instead of leaving it half seen.
    if (busy) batch.cancel();
    else onClose();
  }

  function submit() {
    if (phase !== 'review' || ready.length === 0) return;
    const hasTranscript = (id: number) => (interviewRows.find((i) => i.id === id)?.segmentCount ?? 0) > 0;
    if (!batch.validate(hasTranscript)) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.import-problem')?.focus());
      return;
    }
    void batch.importAll();
  }

  return (
    <Dialog
      title="Import transcripts"
      description="Nothing is stored until you have checked what was read and chosen who each speaker is."
      size="wide"
      onClose={requestClose}
    >
      <form
        noValidate
        aria-label="Import transcripts"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="dialog-body import-body">
          <p role="status" aria-live="polite" className="visually-hidden">
            {announcement(batch)}
          </p>
          <h3 ref={headingRef} tabIndex={-1} className="import-step-title">
            {phase === 'summary' ? summarise(items) : HEADINGS[phase]}
          </h3>

          {phase === 'choose' ? (
            <>
              {batch.notice ? <p className="notice notice-caution import-notice">{batch.notice}</p> : null}
              <FileChooser onFiles={(files, skipped) => void batch.addFiles(files, skipped)} />
            </>
          ) : null}

          {phase === 'reading' || phase === 'importing' ? (
            <div className="import-progress">
              <ProgressBar
                label={`${phase === 'reading' ? 'Reading' : 'Importing'} ${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.current}`}
                done={progress.done}
                total={progress.total}
              />
              <p className="muted">
                {phase === 'reading'
                  ? 'Cancel stops after this file and forgets what was read; nothing is stored.'
                  : 'Each file is imported whole or not at all. Cancel stops after this file; files already imported stay.'}
              </p>
            </div>
          ) : null}

          {phase === 'review' ? (
            <>
              {batch.notice ? <p className="notice notice-caution import-notice">{batch.notice}</p> : null}
              <FailedFiles
                items={unread}
                title={`${unread.length === 1 ? 'This file' : 'These files'} could not be read and will be left out`}
              />
              {ready.length === 0 ? (
                <p>None of the files could be read. Choose other files to try again.</p>
              ) : (
                <p className="muted">
                  {count(ready.length, 'file')} read. Check each preview, choose who the speakers are, then import.
                  Interviewer and “Other” speech is kept but not counted as evidence.
                </p>
              )}
              {ready.map((item) => (
                <PreviewCard
                  key={item.key}
                  item={item}
                  interviews={interviewRows}
                  participants={participants.data ?? []}
                  onChange={(patch) => batch.update(item.key, patch)}
                />
              ))}
            </>
          ) : null}

          {phase === 'summary' ? (
            <ImportSummary items={items} interviews={interviewRows} onShow={onShowInterview} onOpen={onClose} />
          ) : null}
        </div>

        <footer className="dialog-footer">
          {busy ? (
            <button type="button" className="btn" onClick={batch.cancel}>
              Cancel
            </button>
          ) : null}
          {phase === 'choose' ? (
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          ) : null}
          {phase === 'review' ? (
            <>
              <span className="dialog-footer-hint">Nothing is stored until you import.</span>
              <button type="button" className={ready.length === 0 ? 'btn btn-primary' : 'btn'} onClick={batch.reset}>
                {ready.length === 0 ? 'Choose other files' : 'Start over'}
              </button>
              <button type="button" className="btn" onClick={onClose}>
                Cancel
              </button>
              {ready.length > 0 ? (
                <button type="submit" className="btn btn-primary">
                  {skipping === ready.length
                    ? `Skip ${count(skipping, 'file')}`
                    : `Import ${count(ready.length - skipping, 'file')}${skipping ? `, skip ${skipping}` : ''}`}
                </button>
              ) : null}
            </>
          ) : null}
          {phase === 'summary' ? (
            <>
              <button type="button" className="btn" onClick={batch.reset}>
                Import more files
              </button>
              <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
                Done
              </button>
            </>
          ) : null}
        </footer>
      </form>
    </Dialog>
  );
}

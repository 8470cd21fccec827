/**
 * Export a cited document (persona, ICP, jobs): choose the format, optionally pseudonymise names,
 * follow the core's progress (task.progress events for this export's id), then save the file.
 * Cancel while it runs closes the dialog and drops the result.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ExportFile, ExportFormat } from '../../../../shared/ipc/contract/exports';
import { asApiError } from '../../api/errors';
import { useApi, useQuery } from '../../api/hooks';
import type { Task } from '../../api/useTasks';
import { Dialog } from '../../ui/Dialog';
import { downloadExportFile } from '../../ui/download';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/Toast';
import '../../styles/export.css';
import { proposedCompanyAlias } from '../names/aliases';

export interface ExportChoice {
  format: ExportFormat;
  pseudonymise: boolean;
  includeProposed: boolean;
  taskId: string;
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  {
    format: 'pdf',
    label: 'PDF (.pdf)',
    hint: 'A4, numbered citations and a list of sources; for sharing and printing',
  },
  { format: 'docx', label: 'Word document (.docx)', hint: 'Headings and numbered sources you can edit' },
  { format: 'md', label: 'Markdown (.md)', hint: 'Plain text for wikis and notes' },
  { format: 'html', label: 'Web page (.html)', hint: 'One self-contained, printable page' },
];

const STEP_LABELS = [
  'Collecting the statements and their quotes…',
  'Writing the file…',
  'Writing the file…',
  'Saving…',
];

let exportCounter = 0;

export function ExportDialog({
  title,
  subject,
  proposedOption,
  run,
  onClose,
}: {
  title: string;
  /** What is exported, for the description ("this persona", "the ideal customer profile"). */
  subject: string;
  /** Label of an "include drafts" option, or nothing when the document has none. */
  proposedOption?: string;
  run(choice: ExportChoice): Promise<ExportFile>;
  onClose(): void;
}) {
  const { client } = useApi();
  const formId = useId();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pseudonymise, setPseudonymise] = useState(false);
  const companies = useQuery('companies.list', {}, { errors: 'toast' });
  // A company people call by a short name that nobody has entered would leak ("Acme" for "Acme Freight Group").
  const noShortName = (companies.data ?? []).filter(
    (c) => proposedCompanyAlias(c.name, c.aliases) && c.aliases.length === 0,
  );
  const [includeProposed, setIncludeProposed] = useState(false);
  const [step, setStep] = useState<number | null>(null);
  const [stepText, setStepText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const taskRef = useRef<string | null>(null);
  const cancelled = useRef(false);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'task.progress') return;
        const task = event.payload as Task;
        if (task.taskId === taskRef.current && task.state === 'running') {
          setStep(task.done);
          setStepText(task.step ?? null);
        }
      }),
    [client],
  );
  useEffect(() => {
    cancelled.current = false;
    return () => {
      cancelled.current = true;
    };
  }, []);

  const running = step !== null;
  const submit = async () => {
    if (running) return;
    const taskId = `export-${Date.now()}-${++exportCounter}`;
    taskRef.current = taskId;
    setError(null);
    setStepText(null);
    setStep(0);
    try {
      const file = await run({ format, pseudonymise, includeProposed, taskId });
      if (cancelled.current) return;
      setStep(3);
      downloadExportFile(file);
      showToast({ message: `Saved ${file.fileName}` });
      onClose();
    } catch (err) {
      if (cancelled.current) return;
      setError(asApiError(err).message);
      setStep(null);
    }
  };

  return (
    <Dialog title={title} description={`Save ${subject} with its numbered citations as a file.`} onClose={onClose}>
      <form
        aria-busy={running || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="dialog-body export-body">
          <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
          <fieldset className="export-formats" disabled={running}>
            <legend className="field-label">Format</legend>
            {FORMATS.map((f) => (
              <label key={f.format} className="check export-format">
                <input
                  type="radio"
                  name="format"
                  value={f.format}
                  checked={format === f.format}
                  onChange={() => setFormat(f.format)}
                  data-autofocus={format === f.format ? '' : undefined}
                />
                <span>
                  <span className="check-label">{f.label}</span>
                  <span className="check-meta export-format-hint">{f.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="export-options" disabled={running}>
            <legend className="field-label">Options</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={pseudonymise}
                onChange={(e) => setPseudonymise(e.target.checked)}
                aria-describedby={`${formId}-pseudo-hint`}
              />
              <span className="check-label">Pseudonymise names</span>
            </label>
            <p id={`${formId}-pseudo-hint`} className="field-hint export-option-hint">
              Participants and companies are replaced by their pseudonyms (Company A, B…), also inside quotes: real
              names, their parts, other names, e-mail addresses and interviewers.
            </p>
            {pseudonymise && noShortName.length ? (
              <p className="field-hint export-option-hint" role="note">
                {noShortName.length === 1 ? (
                  <>
                    {noShortName[0]!.name} has no short name. If people say “
                    {proposedCompanyAlias(noShortName[0]!.name, [])}”, add it on the Companies screen first.
                  </>
                ) : (
                  <>
                    {noShortName.length} companies have no short names ({noShortName.map((c) => c.name).join(', ')}). If
                    people say just a first word, add it on the Companies screen first.
                  </>
                )}
              </p>
            ) : null}
            {proposedOption ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={includeProposed}
                  onChange={(e) => setIncludeProposed(e.target.checked)}
                />
                <span className="check-label">{proposedOption}</span>
              </label>
            ) : null}
          </fieldset>
          <div className="export-progress" role="status" aria-live="polite">
            {running ? <ProgressBar label={stepText ?? STEP_LABELS[Math.min(step, 3)]!} done={step} total={3} /> : null}
          </div>
        </div>
        <footer className="dialog-footer">
          <span className="dialog-footer-hint">
            <kbd className="kbd">Esc</kbd> to cancel
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={running} aria-disabled={running || undefined}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

/**
 * Export a table (the quote library's current filter, the synthesis ranking or matrix) as CSV or an
 * Excel workbook, with participants by pseudonym or by real name; saved like the document exports
 * (`downloadExportFile`), the core's task.progress followed under this export's id.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ExportFile, TableFormat } from '../../../../shared/ipc/contract/exports';
import { asApiError } from '../../api/errors';
import { useApi } from '../../api/hooks';
import type { Task } from '../../api/useTasks';
import { Dialog } from '../../ui/Dialog';
import { downloadExportFile } from '../../ui/download';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProgressBar } from '../../ui/ProgressBar';
import { showToast } from '../../ui/Toast';
import '../../styles/export.css';

export type NameChoice = 'pseudonym' | 'real';

export interface TableExportChoice {
  format: TableFormat;
  names: NameChoice;
  /** One of `tables` (for a CSV, which holds one table), when the dialog offers them. */
  table: string;
  taskId: string;
}

const FORMATS: { format: TableFormat; label: string; hint: string }[] = [
  { format: 'xlsx', label: 'Excel workbook (.xlsx)', hint: 'Opens in Excel, Numbers and LibreOffice' },
  { format: 'csv', label: 'CSV (.csv)', hint: 'Plain text for any spreadsheet or script' },
];

const NAMES: { names: NameChoice; label: string; hint: string }[] = [
  {
    names: 'pseudonym',
    label: 'Pseudonyms',
    hint: 'People by code (P01…); names inside quotes replaced too — safe to share',
  },
  { names: 'real', label: 'Real names', hint: 'For the research team only' },
];

const STEPS = ['Reading the quotes…', 'Writing the file…', 'Writing the file…', 'Saving…'];
let counter = 0;

export interface TableExportProps {
  title: string;
  description: string;
  tables?: { value: string; label: string }[];
  run(choice: TableExportChoice): Promise<ExportFile>;
}

/** A screen's "Export…" button and the dialog it opens. */
export function TableExportButton({ disabled, ...dialog }: TableExportProps & { disabled: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? <TableExportDialog {...dialog} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function TableExportDialog({
  title,
  description,
  tables,
  run,
  onClose,
}: TableExportProps & { onClose(): void }) {
  const { client } = useApi();
  const formId = useId();
  const [format, setFormat] = useState<TableFormat>('xlsx');
  const [names, setNames] = useState<NameChoice>('pseudonym');
  const [table, setTable] = useState(tables?.[0]?.value ?? '');
  const [step, setStep] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const taskRef = useRef<string | null>(null);
  const cancelled = useRef(false);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.name !== 'task.progress') return;
        const task = event.payload as Task;
        if (task.taskId === taskRef.current && task.state === 'running') setStep(task.done);
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
    const taskId = `table-export-${Date.now()}-${++counter}`;
    taskRef.current = taskId;
    setError(null);
    setStep(0);
    try {
      const file = await run({ format, names, table, taskId });
      if (cancelled.current) return;
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
    <Dialog title={title} description={description} onClose={onClose}>
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
                  name="table-format"
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
          {tables && format === 'csv' ? (
            <fieldset className="export-formats" disabled={running}>
              <legend className="field-label">Table (a CSV holds one; the workbook has both)</legend>
              {tables.map((t) => (
                <label key={t.value} className="check">
                  <input
                    type="radio"
                    name="table-choice"
                    value={t.value}
                    checked={table === t.value}
                    onChange={() => setTable(t.value)}
                  />
                  <span className="check-label">{t.label}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset className="export-formats" disabled={running}>
            <legend className="field-label">Participants</legend>
            {NAMES.map((n) => (
              <label key={n.names} className="check export-format">
                <input
                  type="radio"
                  name="table-names"
                  value={n.names}
                  checked={names === n.names}
                  onChange={() => setNames(n.names)}
                />
                <span>
                  <span className="check-label">{n.label}</span>
                  <span className="check-meta export-format-hint">{n.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="export-progress" role="status" aria-live="polite">
            {running ? <ProgressBar label={STEPS[Math.min(step, 3)]!} done={step} total={3} /> : null}
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

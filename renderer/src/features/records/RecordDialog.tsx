/** The dialog every record form (company, participant, interview) shares: the form, its error summary and its actions. */
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/errors';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FormActions } from '../../ui/FormActions';
import { summaryMessage } from './useRecordForm';

export interface RecordDialogProps {
  title: string;
  description: string;
  /** The form's accessible name, e.g. "New company". */
  formLabel: string;
  formId: string;
  /** The last save's failure: field messages go next to fields, the rest into the summary. */
  error: ApiError | null;
  labels: Record<string, string>;
  submitLabel: string;
  pending: boolean;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

export function RecordDialog({
  title,
  description,
  formLabel,
  formId,
  error,
  labels,
  submitLabel,
  pending,
  onSubmit,
  onClose,
  children,
}: RecordDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form
        noValidate
        aria-label={formLabel}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary
            formId={formId}
            message={summaryMessage(error, labels)}
            fields={error?.fields ?? {}}
            labels={labels}
          />
          {children}
        </div>
        <FormActions submitLabel={submitLabel} pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

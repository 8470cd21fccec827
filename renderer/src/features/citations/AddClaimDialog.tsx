/**
 * The one dialog that adds a claim by hand (a persona attribute, an ICP statement) to a section and
 * field: its words and an optional one-line detail. It starts as an assumption until it cites
 * evidence, which is done after adding it. The owner makes the contract call.
 */
import { useId, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

export interface AddClaimDialogProps {
  title: string;
  description: string;
  /** The section's fields to choose from, if it has any. */
  fields?: readonly { key: string; label: string }[];
  field: string;
  /** The claim kind's extra field (e.g. a goal's "Why"). */
  detailLabel?: string;
  submitLabel: string;
  pending: boolean;
  error: ApiError | null;
  /** Adds the claim; resolves true when added, and the dialog then closes. */
  onSubmit(claim: { field: string; statement: string; detail: string }): Promise<boolean>;
  onClose(): void;
}

export function AddClaimDialog(props: AddClaimDialogProps) {
  const { fields, error } = props;
  const formId = useId();
  const [statement, setStatement] = useState('');
  const [field, setField] = useState(props.field || fields?.[0]?.key || '');
  const [detail, setDetail] = useState('');
  return (
    <Dialog title={props.title} description={props.description} onClose={props.onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await props.onSubmit({ field, statement, detail })) props.onClose();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary
            formId={formId}
            message={error?.message ?? null}
            fields={error?.fields ?? {}}
            labels={{ statement: 'Statement' }}
          />
          {fields ? (
            <SelectField
              formId={formId}
              name="field"
              label="Field"
              value={field}
              onChange={setField}
              choices={fields.map((f) => ({ value: f.key, label: f.label }))}
            />
          ) : null}
          <TextArea
            formId={formId}
            name="statement"
            label="Statement"
            value={statement}
            onChange={setStatement}
            error={error?.fields.statement}
          />
          {props.detailLabel ? (
            <TextField formId={formId} name="detail" label={props.detailLabel} value={detail} onChange={setDetail} />
          ) : null}
        </div>
        <FormActions submitLabel={props.submitLabel} pending={props.pending} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}

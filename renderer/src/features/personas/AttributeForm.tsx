/** Adds an attribute by hand to a section (and field); it starts as an assumption until it cites evidence. */
import { useId, useState } from 'react';
import { SECTION_FIELDS, SECTION_LABELS, type AttributeSection } from '../../../../shared/domain/persona';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { SECTION_DETAIL } from './labels';

export function AttributeForm({
  personaId,
  section,
  field,
  onClose,
}: {
  personaId: number;
  section: AttributeSection;
  field: string;
  onClose(): void;
}) {
  const formId = useId();
  const fields = SECTION_FIELDS[section];
  const extra = SECTION_DETAIL[section];
  const [statement, setStatement] = useState('');
  const [chosenField, setChosenField] = useState(field || fields?.[0]?.key || '');
  const [detail, setDetail] = useState('');
  const add = useMutation('attributes.add');
  return (
    <Dialog
      title={`Add to ${SECTION_LABELS[section]}`}
      description="Without cited quotes it is shown as an assumption. Cite evidence after adding it."
      onClose={onClose}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await add.run({
            personaId,
            section,
            field: chosenField,
            statement,
            detail: extra && detail ? { [extra.key]: detail } : {},
            quoteIds: [],
          });
          if (done) onClose();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary
            formId={formId}
            message={add.error?.message ?? null}
            fields={add.error?.fields ?? {}}
            labels={{ statement: 'Statement' }}
          />
          {fields ? (
            <SelectField
              formId={formId}
              name="field"
              label="Field"
              value={chosenField}
              onChange={setChosenField}
              choices={fields.map((f) => ({ value: f.key, label: f.label }))}
            />
          ) : null}
          <TextArea
            formId={formId}
            name="statement"
            label="Statement"
            value={statement}
            onChange={setStatement}
            error={add.error?.fields.statement}
          />
          {extra ? (
            <TextField formId={formId} name="detail" label={extra.label} value={detail} onChange={setDetail} />
          ) : null}
        </div>
        <FormActions submitLabel="Add attribute" pending={add.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Adds a statement to a section (and field) of the profile; cite its evidence after adding it. */
import { useId, useState } from 'react';
import { ICP_SECTION_FIELDS, ICP_SECTION_LABELS, type IcpSection } from '../../../../shared/domain/icpProfile';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextArea } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

export function StatementForm({ section, field, onClose }: { section: IcpSection; field: string; onClose(): void }) {
  const formId = useId();
  const fields = ICP_SECTION_FIELDS[section];
  const [statement, setStatement] = useState('');
  const [chosenField, setChosenField] = useState(field || fields?.[0]?.key || '');
  const add = useMutation('icp.statements.add');
  return (
    <Dialog
      title={`Add to ${ICP_SECTION_LABELS[section]}`}
      description="Without cited quotes it is an assumption. Cite evidence after adding it."
      onClose={onClose}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (await add.run({ section, field: chosenField, statement })) onClose();
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
        </div>
        <FormActions submitLabel="Add statement" pending={add.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Adds a criterion or edits its name and what ideal (5), good (3) and poor (1) mean for it. */
import { useId, useState } from 'react';
import type { Criterion } from '../../../../shared/domain/icp';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

const LABELS = { name: 'Criterion name', weight: 'Weight', ideal: 'Ideal (5)', good: 'Good (3)', poor: 'Poor (1)' };

export function CriterionForm({ criterion, onClose }: { criterion: Criterion | null; onClose(): void }) {
  const formId = useId();
  const create = useMutation('icp.criteria.create');
  const update = useMutation('icp.criteria.update');
  const m = criterion ? update : create;
  const [f, setF] = useState({
    name: criterion?.name ?? '',
    ideal: criterion?.ideal ?? '',
    good: criterion?.good ?? '',
    poor: criterion?.poor ?? '',
  });
  const set = (k: keyof typeof f) => (v: string) => {
    if (k === 'name') m.reset(); // a new name answers "already exists"
    setF({ ...f, [k]: v });
  };
  const errors = m.error?.fields ?? {};
  return (
    <Dialog
      title={criterion ? `Edit “${criterion.name}”` : 'Add a criterion'}
      description={
        criterion
          ? 'Change its weight in the criteria table.'
          : 'It starts at 0%: give it weight in the criteria table, taking points from others so they total 100%.'
      }
      onClose={onClose}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const done = criterion
            ? await update.run({ id: criterion.id, patch: f })
            : await create.run({ ...f, weight: 0 });
          if (done) onClose();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary formId={formId} message={m.error?.message ?? null} fields={errors} labels={LABELS} />
          <TextField
            formId={formId}
            name="name"
            label={LABELS.name}
            required
            value={f.name}
            onChange={set('name')}
            error={errors.name}
          />
          <TextArea
            formId={formId}
            name="ideal"
            label={LABELS.ideal}
            rows={2}
            value={f.ideal}
            onChange={set('ideal')}
            error={errors.ideal}
          />
          <TextArea
            formId={formId}
            name="good"
            label={LABELS.good}
            rows={2}
            value={f.good}
            onChange={set('good')}
            error={errors.good}
          />
          <TextArea
            formId={formId}
            name="poor"
            label={LABELS.poor}
            rows={2}
            value={f.poor}
            onChange={set('poor')}
            error={errors.poor}
          />
        </div>
        <FormActions
          submitLabel={criterion ? 'Save criterion' : 'Add criterion'}
          pending={m.pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** New segment / edit its details: name, what it is for, the segmentation approach and a behaviour label. */
import { useState } from 'react';
import { BEHAVIOR_EXPLANATIONS, type Behavior } from '../../../../shared/domain/segmentRule';
import { SEGMENT_APPROACHES, type Segment } from '../../../../shared/ipc/contract/segments';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextArea, TextField, useFormId } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { choicesOf } from '../records/choices';
import { APPROACH_LABELS, behaviorChoices } from './labels';

const LABELS = {
  name: 'Segment name',
  description: 'What it is for',
  approach: 'Approach',
  behaviorLabel: 'Behaviour label',
};

interface Draft {
  name: string;
  description: string;
  approach: Segment['approach'];
  behaviorLabel: Behavior;
}

export function SegmentForm({
  segment,
  onClose,
  onSaved,
}: {
  segment?: Segment;
  onClose(): void;
  onSaved(s: Segment): void;
}) {
  const formId = useFormId('segment');
  const [draft, setDraft] = useState<Draft>(() => ({
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    approach: segment?.approach ?? 'firmographic',
    behaviorLabel: segment?.behaviorLabel ?? '',
  }));
  const create = useMutation('segments.create');
  const update = useMutation('segments.update');
  const mutation = segment ? update : create;
  const errors = mutation.error?.fields ?? {};
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: string) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const hint = draft.behaviorLabel
    ? BEHAVIOR_EXPLANATIONS[draft.behaviorLabel]
    : 'Power, regular, at-risk or new users: how this group uses the product.';

  return (
    <Dialog
      title={segment ? `Edit ${segment.name}` : 'New segment'}
      description="A segment is a group of participants you want to compare with others. Define it by a rule over their attributes, or pick people by hand."
      onClose={onClose}
    >
      <form
        noValidate
        aria-label={segment ? 'Edit segment' : 'New segment'}
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = segment ? await update.run({ id: segment.id, patch: draft }) : await create.run(draft);
          if (saved) onSaved(saved);
        }}
      >
        <div className="dialog-body">
          <ErrorSummary formId={formId} message={mutation.error?.message ?? null} fields={errors} labels={LABELS} />
          <TextField
            formId={formId}
            name="name"
            label={LABELS.name}
            required
            value={draft.name}
            onChange={set('name')}
            placeholder="e.g. Logistics power users"
            error={errors.name}
          />
          <div className="form-grid form-grid-2">
            <SelectField
              formId={formId}
              name="approach"
              label={LABELS.approach}
              value={draft.approach}
              onChange={set('approach')}
              choices={choicesOf(SEGMENT_APPROACHES, APPROACH_LABELS)}
            />
            <SelectField
              formId={formId}
              name="behaviorLabel"
              label={LABELS.behaviorLabel}
              value={draft.behaviorLabel}
              onChange={set('behaviorLabel')}
              choices={behaviorChoices('None')}
              hint={hint}
            />
          </div>
          <TextArea
            formId={formId}
            name="description"
            label={LABELS.description}
            value={draft.description}
            onChange={set('description')}
            rows={2}
            error={errors.description}
          />
        </div>
        <FormActions submitLabel={segment ? 'Save' : 'Create segment'} pending={mutation.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Add or edit a bank question: category, wording, follow-up probes and the persona sections it informs. */
import { useState, type FormEvent } from 'react';
import {
  PERSONA_SECTION_LABELS,
  PERSONA_SECTIONS,
  QUESTION_CATEGORIES,
  QUESTION_CATEGORY_LABELS,
  type PersonaSection,
  type Question,
  type QuestionCategory,
} from '../../../../shared/domain/guide';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldGroup, SelectField, TextArea, useFormId } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

export function QuestionDialog({ question, onClose }: { question: Question | null; onClose(): void }) {
  const formId = useFormId('question');
  const [category, setCategory] = useState<QuestionCategory>(question?.category ?? 'custom');
  const [text, setText] = useState(question?.text ?? '');
  const [followUps, setFollowUps] = useState<string[]>(question?.followUps.length ? question.followUps : ['']);
  const [informs, setInforms] = useState<PersonaSection[]>(question?.informs ?? []);
  const create = useMutation('questions.create');
  const update = useMutation('questions.update');
  const mutation = question ? update : create;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { category, text, followUps: followUps.map((f) => f.trim()).filter(Boolean), informs };
    const done = question ? await update.run({ id: question.id, patch: fields }) : await create.run(fields);
    if (done) onClose();
  }

  const setFollowUp = (i: number, value: string) => setFollowUps((list) => list.map((f, j) => (j === i ? value : f)));
  return (
    <Dialog
      title={question ? 'Edit question' : 'New question'}
      description="Questions in the bank can be added to any interview guide."
      onClose={onClose}
    >
      <form id={formId} className="dialog-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="dialog-body">
          {mutation.error ? (
            <ErrorSummary
              formId={formId}
              message={mutation.error.message}
              fields={mutation.error.fields}
              labels={{ text: 'Question' }}
            />
          ) : null}
          <TextArea
            formId={formId}
            name="text"
            label="Question"
            value={text}
            onChange={setText}
            rows={2}
            error={mutation.error?.fields['text']}
          />
          <SelectField
            formId={formId}
            name="category"
            label="Category"
            value={category}
            onChange={(v) => setCategory(v as QuestionCategory)}
            choices={QUESTION_CATEGORIES.map((c) => ({ value: c, label: QUESTION_CATEGORY_LABELS[c] }))}
          />
          <FieldGroup legend="Follow-up probes" columns={1}>
            <ol className="followup-edit-list">
              {followUps.map((f, i) => (
                <li key={i} className="followup-edit-row">
                  <input
                    className="input"
                    aria-label={`Follow-up ${i + 1}`}
                    value={f}
                    onChange={(event) => setFollowUp(i, event.target.value)}
                  />
                  <button
                    type="button"
                    className="btn btn-quiet"
                    aria-label={`Remove follow-up ${i + 1}`}
                    onClick={() => setFollowUps((list) => list.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="btn followup-add" onClick={() => setFollowUps((list) => [...list, ''])}>
              Add a follow-up
            </button>
          </FieldGroup>
          <FieldGroup legend="Informs these persona sections">
            {PERSONA_SECTIONS.map((s) => (
              <label key={s} className="check">
                <input
                  type="checkbox"
                  checked={informs.includes(s)}
                  onChange={(event) =>
                    setInforms((list) => (event.target.checked ? [...list, s] : list.filter((x) => x !== s)))
                  }
                />
                <span className="check-label">{PERSONA_SECTION_LABELS[s]}</span>
              </label>
            ))}
          </FieldGroup>
        </div>
        <FormActions
          submitLabel={question ? 'Save question' : 'Add question'}
          pending={mutation.pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/**
 * Where a file goes: a new interview (title from the file name, date optional) or an existing
 * one, where replacing a transcript is a clearly labelled choice that says what happens to quotes.
 */
import type { Interview } from '../../../../shared/domain/interview';
import { SelectField, TextField } from '../../ui/Field';
import { count } from '../../ui/format';
import type { TargetDraft } from './useImportBatch';

export interface TargetFieldsProps {
  formId: string;
  target: TargetDraft;
  interviews: Interview[];
  onChange(patch: Partial<TargetDraft>): void;
}

export function TargetFields({ formId, target, interviews, onChange }: TargetFieldsProps) {
  const chosen = interviews.find((i) => String(i.id) === target.interviewId) ?? null;
  const hasTranscript = !!chosen && chosen.segmentCount > 0;
  return (
    <fieldset className="import-target">
      <legend className="import-section-title">Import into</legend>
      <div className="radio-row">
        <label className="radio">
          <input
            type="radio"
            name={`${formId}-kind`}
            checked={target.kind === 'new'}
            onChange={() => onChange({ kind: 'new' })}
          />
          A new interview
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${formId}-kind`}
            checked={target.kind === 'existing'}
            disabled={interviews.length === 0}
            onChange={() => onChange({ kind: 'existing' })}
          />
          An existing interview
        </label>
      </div>
      {target.kind === 'new' ? (
        <div className="import-target-fields">
          <TextField
            formId={formId}
            name="title"
            label="Title"
            value={target.title}
            onChange={(title) => onChange({ title })}
          />
          <TextField
            formId={formId}
            name="date"
            label="Date (optional)"
            type="date"
            value={target.date}
            onChange={(date) => onChange({ date })}
          />
        </div>
      ) : (
        <div className="import-target-fields import-target-existing">
          <SelectField
            formId={formId}
            name="interview"
            label="Interview"
            value={target.interviewId}
            onChange={(interviewId) => onChange({ interviewId, replace: false })}
            choices={[
              { value: '', label: 'Choose an interview…' },
              ...interviews.map((i) => ({
                value: String(i.id),
                label: i.segmentCount > 0 ? `${i.title} (has a transcript)` : i.title,
              })),
            ]}
          />
          {hasTranscript ? (
            <div className="replace-choice">
              <label className="check">
                <input
                  type="checkbox"
                  checked={target.replace}
                  aria-describedby={`${formId}-replace-help`}
                  onChange={(event) => onChange({ replace: event.target.checked })}
                />
                <span className="check-label">Replace transcript</span>
              </label>
              <p id={`${formId}-replace-help`} className="field-hint">
                “{chosen.title}” already has a transcript ({count(chosen.segmentCount, 'turn')},{' '}
                {count(chosen.quoteCount, 'quote')}). Replacing it keeps your quotes: each is re-anchored to the same
                words in the new transcript, or flagged for you to check when they cannot be found. None is moved
                silently.
              </p>
            </div>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}

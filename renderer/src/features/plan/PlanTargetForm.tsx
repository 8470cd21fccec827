/** Adds a method to a plan or edits its target: the range and time budget, prefilled from the framework. */
import { useId, useState, type FormEvent } from 'react';
import { RESEARCH_METHOD_LABELS, type ResearchMethod } from '../../../../shared/domain/framework';
import { METHOD_DEFAULTS, rangeText, type PlanScope, type PlanTargetProgress } from '../../../../shared/domain/plan';
import { useMutation } from '../../api/useMutation';

interface Props {
  scope: PlanScope;
  method: ResearchMethod;
  /** Methods to choose from when adding; omitted when editing one. */
  choices?: readonly ResearchMethod[];
  existing: PlanTargetProgress | null;
  onDone(): void;
}

const defaultsOf = (m: ResearchMethod) => ({
  min: String(METHOD_DEFAULTS[m].min),
  max: METHOD_DEFAULTS[m].max === null ? '' : String(METHOD_DEFAULTS[m].max),
  weeks: String(METHOD_DEFAULTS[m].weeks[1]),
});

export function PlanTargetForm({ scope, method: first, choices, existing, onDone }: Props) {
  const id = useId();
  const [method, setMethod] = useState<ResearchMethod>(first);
  const [values, setValues] = useState(() =>
    existing
      ? {
          min: String(existing.targetMin),
          max: existing.targetMax === null ? '' : String(existing.targetMax),
          weeks: existing.budgetWeeks === null ? '' : String(existing.budgetWeeks),
        }
      : defaultsOf(first),
  );
  const save = useMutation('plans.setTarget');
  const d = METHOD_DEFAULTS[method];
  const hint = `The framework: ${rangeText(d.min, d.max)} ${d.unit} (${d.bestFor.toLowerCase()}), ${d.weeks[0] === d.weeks[1] ? d.weeks[0] : d.weeks.join('–')} week${d.weeks[1] === 1 ? '' : 's'}.`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const number = (s: string) => (s.trim() === '' ? null : Number(s));
    const done = await save.run({
      scope,
      target: {
        method,
        targetMin: number(values.min) ?? 0,
        targetMax: number(values.max),
        budgetWeeks: number(values.weeks),
      },
    });
    if (done) onDone();
  }

  const field = (key: 'min' | 'max' | 'weeks', label: string, step = '1') => (
    <div className="field plan-field">
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        type="number"
        min={0}
        step={step}
        inputMode="numeric"
        value={values[key]}
        onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
        required={key === 'min'}
      />
    </div>
  );

  return (
    <form
      className="plan-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Target for ${RESEARCH_METHOD_LABELS[method]}`}
    >
      {choices ? (
        <div className="field plan-field plan-field-method">
          <label className="field-label" htmlFor={`${id}-method`}>
            Method
          </label>
          <select
            id={`${id}-method`}
            className="input select"
            value={method}
            onChange={(e) => {
              const m = e.target.value as ResearchMethod;
              setMethod(m);
              setValues(defaultsOf(m));
            }}
          >
            {choices.map((m) => (
              <option key={m} value={m}>
                {RESEARCH_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="plan-form-method">{RESEARCH_METHOD_LABELS[method]}</p>
      )}
      {field('min', 'At least')}
      {field('max', 'At most')}
      {field('weeks', 'Weeks budgeted', '0.5')}
      <div className="plan-form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={save.pending}>
          {existing ? 'Save' : 'Add to plan'}
        </button>
        <button type="button" className="btn btn-quiet btn-small" onClick={onDone}>
          Cancel
        </button>
      </div>
      <p className="field-hint plan-form-hint">{hint}</p>
      {save.error ? (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      ) : null}
    </form>
  );
}

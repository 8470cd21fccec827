/** Labelled form controls with a hint and a field-level error wired up for screen readers. */
import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  /** Field name: the key the core uses in an error's `fields`; also the element id's suffix. */
  name: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}

function useDescribedBy(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined };
}

function Frame({
  id,
  label,
  hint,
  error,
  required,
  hintId,
  errorId,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  hintId?: string;
  errorId?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span className="field-required"> (required)</span> : null}
      </label>
      {children}
      {error ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface TextFieldProps extends BaseProps {
  formId: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'search' | 'email';
  placeholder?: string;
  autoComplete?: string;
}

export function TextField({
  formId,
  name,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  type = 'text',
  placeholder,
  autoComplete = 'off',
}: TextFieldProps) {
  const id = fieldId(formId, name);
  const { hintId, errorId, describedBy } = useDescribedBy(id, hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required} hintId={hintId} errorId={errorId}>
      <input
        id={id}
        name={name}
        type={type}
        className="input"
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

export interface TextAreaProps extends BaseProps {
  formId: string;
  value: string;
  onChange(value: string): void;
  rows?: number;
}

export function TextArea({ formId, name, label, hint, error, value, onChange, rows = 3 }: TextAreaProps) {
  const id = fieldId(formId, name);
  const { hintId, errorId, describedBy } = useDescribedBy(id, hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error} hintId={hintId} errorId={errorId}>
      <textarea
        id={id}
        name={name}
        className="input textarea"
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export interface SelectFieldProps extends BaseProps {
  formId: string;
  value: string;
  onChange(value: string): void;
  choices: readonly Choice[];
  disabled?: boolean;
}

export function SelectField({
  formId,
  name,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  choices,
  disabled,
}: SelectFieldProps) {
  const id = fieldId(formId, name);
  const { hintId, errorId, describedBy } = useDescribedBy(id, hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required} hintId={hintId} errorId={errorId}>
      <select
        id={id}
        name={name}
        className="input select"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A group of related fields under a visible legend. */
export function FieldGroup({
  legend,
  children,
  columns = 2,
}: {
  legend: string;
  children: ReactNode;
  columns?: 1 | 2;
}) {
  return (
    <fieldset className={`field-group field-group-${columns}`}>
      <legend className="field-group-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function useFormId(prefix: string): string {
  return `${prefix}${useId().replace(/:/g, '')}`;
}

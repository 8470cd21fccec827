/** The top-of-form summary of what to fix; each line jumps to its field. It takes focus when it appears. */
import { useEffect, useRef } from 'react';
import { fieldId } from './Field';

export interface ErrorSummaryProps {
  formId: string;
  /** The call's own sentence, shown when no field explains the problem. */
  message: string | null;
  /** Field name -> message, for fields this form shows. */
  fields: Record<string, string>;
  labels: Record<string, string>;
}

export function ErrorSummary({ formId, message, fields, labels }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fields).filter(([name]) => name in labels);
  const visible = entries.length > 0 || !!message;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, entries.length]);
  if (!visible) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${formId}-summary-title`}>
      <p id={`${formId}-summary-title`} className="error-summary-title">
        {entries.length > 0
          ? `Check ${entries.length === 1 ? 'this field' : `these ${entries.length} fields`} and try again`
          : 'That did not work'}
      </p>
      {entries.length > 0 ? (
        <ul className="error-summary-list">
          {entries.map(([name, text]) => (
            <li key={name}>
              <a
                href={`#${fieldId(formId, name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(formId, name))?.focus();
                }}
              >
                {labels[name]}: {text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="error-summary-message">{message}</p>
      )}
    </div>
  );
}

/** The right-hand panel: the selected record's details and what can be done with it. */
import type { ReactNode } from 'react';

export function Inspector({ label, children }: { label: string; children: ReactNode }) {
  return (
    <aside className="inspector" aria-label={label}>
      {children}
    </aside>
  );
}

export function InspectorEmpty({ children }: { children: ReactNode }) {
  return <p className="inspector-empty">{children}</p>;
}

export function InspectorHeader({ title, meta, actions }: { title: string; meta?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="inspector-header">
      <h2 className="inspector-title">{title}</h2>
      {meta ? <div className="inspector-meta">{meta}</div> : null}
      {actions ? <div className="inspector-actions">{actions}</div> : null}
    </header>
  );
}

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label/value pairs; empty values read "Not set" so a blank never looks like a bug. */
export function DetailList({ heading, details }: { heading?: string; details: Detail[] }) {
  return (
    <section className="detail-section">
      {heading ? <h3 className="detail-heading">{heading}</h3> : null}
      <dl className="detail-list">
        {details.map((detail) => (
          <div key={detail.label} className="detail-row">
            <dt>{detail.label}</dt>
            <dd>{isBlank(detail.value) ? <span className="muted">Not set</span> : detail.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function isBlank(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

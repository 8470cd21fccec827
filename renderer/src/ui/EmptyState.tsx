/** What a screen is for and the next thing to do, shown when there is nothing to list yet. */
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action?: { label: string; onClick(): void; shortcut?: string };
  secondaryAction?: { label: string; onClick(): void } | undefined;
  icon?: ReactNode;
}

export function EmptyState({ title, children, action, secondaryAction, icon }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon ? <div className="empty-state-icon">{icon}</div> : null}
      <h2 className="empty-state-title">{title}</h2>
      <div className="empty-state-body">{children}</div>
      {action || secondaryAction ? (
        <div className="empty-state-actions">
          {action ? (
            <button type="button" className="btn btn-primary" onClick={action.onClick}>
              {action.label}
              {action.shortcut ? <kbd className="kbd kbd-on-primary">{action.shortcut}</kbd> : null}
            </button>
          ) : null}
          {secondaryAction ? (
            <button type="button" className="btn" onClick={secondaryAction.onClick}>
              {secondaryAction.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

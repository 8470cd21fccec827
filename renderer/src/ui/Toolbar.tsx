/** The bar above a screen's main view: its title, a count, a filter and the screen's actions. */
import type { ReactNode } from 'react';

export interface ToolbarProps {
  title: string;
  subtitle?: string;
  children?: ReactNode;
}

export function Toolbar({ title, subtitle, children }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="toolbar-title">
        {/* The tooltips carry the whole text when a narrow window ends it in an ellipsis. */}
        <h1 id="screen-title" title={title}>
          {title}
        </h1>
        {subtitle ? (
          <span className="toolbar-subtitle" title={subtitle}>
            {subtitle}
          </span>
        ) : null}
      </div>
      <div className="toolbar-actions">{children}</div>
    </header>
  );
}

export function FilterField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <input
      type="search"
      className="input input-filter"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.preventDefault();
          onChange('');
        }
      }}
    />
  );
}

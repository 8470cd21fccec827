/**
 * A compact "choose any of" filter: a button that names the choice ("Segment: Mid-market +1") and
 * opens a list of checkboxes. Native checkboxes keep it keyboard- and screen-reader-friendly;
 * Escape or a click elsewhere closes it and focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';

export interface MultiSelectOption<T extends string | number> {
  value: T;
  label: string;
}

export interface MultiSelectProps<T extends string | number> {
  label: string;
  /** What "nothing chosen" means, e.g. "All segments". */
  allLabel: string;
  options: readonly MultiSelectOption<T>[];
  value: readonly T[];
  onChange(next: T[]): void;
}

export function summarise<T extends string | number>(
  options: readonly MultiSelectOption<T>[],
  value: readonly T[],
  allLabel: string,
): string {
  const chosen = options.filter((o) => value.includes(o.value));
  if (chosen.length === 0) return allLabel;
  return chosen.length === 1 ? chosen[0]!.label : `${chosen[0]!.label} +${chosen.length - 1}`;
}

export function MultiSelect<T extends string | number>({
  label,
  allLabel,
  options,
  value,
  onChange,
}: MultiSelectProps<T>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const toggle = (v: T, on: boolean) =>
    onChange(
      on
        ? options.filter((o) => o.value === v || value.includes(o.value)).map((o) => o.value)
        : value.filter((x) => x !== v),
    );

  return (
    <div
      ref={wrap}
      className="multi-select filter-inline"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !wrap.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <span id={`${id}-label`}>{label}</span>
      <button
        ref={button}
        type="button"
        className="input select multi-select-button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-labelledby={`${id}-label ${id}-value`}
        onClick={() => setOpen((o) => !o)}
      >
        <span id={`${id}-value`}>{summarise(options, value, allLabel)}</span>
      </button>
      {open ? (
        <fieldset id={`${id}-list`} className="multi-select-list">
          <legend className="visually-hidden">{label}</legend>
          {options.length === 0 ? <p className="muted multi-select-empty">Nothing to choose yet.</p> : null}
          {options.map((o, i) => (
            <label key={String(o.value)} className="check">
              <input
                type="checkbox"
                autoFocus={i === 0}
                checked={value.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <span className="check-label">{o.label}</span>
            </label>
          ))}
          {value.length ? (
            <button type="button" className="btn btn-quiet btn-small" onClick={() => onChange([])}>
              {allLabel}
            </button>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

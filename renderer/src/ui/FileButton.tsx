/**
 * "Choose file…": a visually hidden file input and the button-styled label that opens it (the label
 * keeps the native picker reachable by keyboard and screen reader). It says "Reading…" while busy.
 */
import { useId, type ChangeEvent } from 'react';

export function FileButton({
  accept,
  busy,
  onChange,
}: {
  accept: string;
  busy: boolean;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="file-input visually-hidden"
        type="file"
        accept={accept}
        onChange={onChange}
        data-autofocus
        disabled={busy}
      />
      <label htmlFor={id} className="btn btn-primary">
        {busy ? 'Reading…' : 'Choose file…'}
      </label>
    </>
  );
}

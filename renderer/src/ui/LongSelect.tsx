/**
 * A <select> over a long list of choices (a study's 2,000 interviews or participants) that puts its
 * options in the DOM only once it is about to be used — focused or pressed — so a screen with several
 * such filters opens without building thousands of <option> elements nobody looked at.
 */
import { useState } from 'react';

/** Lists up to this long render whole, as a plain select does. */
const LAZY_FROM = 100;

export interface LongSelectProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** The first option, meaning "no filter". */
  any: string;
  options: readonly { value: string | number; label: string }[];
  className?: string;
}

export function LongSelect({ id, value, onChange, any, options, className = 'input' }: LongSelectProps) {
  const [used, setUsed] = useState(false);
  const shown = used || options.length <= LAZY_FROM ? options : options.filter((o) => String(o.value) === value);
  return (
    <select
      id={id}
      className={className}
      value={value}
      onFocus={() => setUsed(true)}
      onPointerDown={() => setUsed(true)}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{any}</option>
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

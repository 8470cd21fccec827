/** The status bar's "Coding as …": who is coding, and the way to switch to another coder. */
import { useState } from 'react';
import { CoderBadge } from './CoderBadge';
import { CoderDialog } from './CoderDialog';
import { useCoders } from './useCoders';

export function CoderSwitcher() {
  const { current } = useCoders();
  const [open, setOpen] = useState(false);
  if (!current) return null;
  const coder = current.coder;
  return (
    <>
      <button type="button" className="btn btn-quiet status-coder" onClick={() => setOpen(true)}>
        {coder ? (
          <>
            <CoderBadge coder={coder} /> Coding as {coder.name}
          </>
        ) : (
          'Who is coding?'
        )}
      </button>
      {open ? <CoderDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The "?" sheet: every keyboard shortcut in the registry (renderer/src/keys), grouped by scope. */
import { Fragment } from 'react';
import { Dialog } from '../../ui/Dialog';
import { chordLabels } from '../../keys/labels';
import { SCOPE_HEADINGS, SHORTCUTS, type Scope, type Shortcut } from '../../keys/shortcuts';
import { setSingleKeyShortcuts, useSingleKeyShortcuts } from '../../keys/keyPrefs';

function Keycaps({ chord }: { chord: string }) {
  return (
    <>
      {chordLabels(chord).map((key) => (
        <kbd key={key} className="kbd">
          {key}
        </kbd>
      ))}
    </>
  );
}

/** An entry's chords: first–last for a range, side by side for single keys, "or" between combinations. */
function Chords({ entry }: { entry: Shortcut }) {
  const chords = entry.range ? [entry.keys[0] ?? '', entry.keys[entry.keys.length - 1] ?? ''] : entry.keys;
  const joiner = entry.range ? '–' : chords.some((c) => chordLabels(c).length > 1) ? ' or ' : null;
  return (
    <>
      {chords.map((chord, i) => (
        <Fragment key={chord}>
          {i > 0 && joiner ? joiner : null}
          <Keycaps chord={chord} />
        </Fragment>
      ))}
    </>
  );
}

function ShortcutList({ rows }: { rows: readonly Shortcut[] }) {
  return (
    <dl className="shortcut-list">
      {rows.map((entry) => (
        <div key={entry.id} className="shortcut-row" data-shortcut={entry.id}>
          <dt>
            <Chords entry={entry} />
          </dt>
          <dd>{entry.label}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The sheet's sections in table order: scopes without a heading first, together. */
function sections(): { heading: string | null; rows: Shortcut[] }[] {
  const out: { heading: string | null; rows: Shortcut[] }[] = [{ heading: null, rows: [] }];
  for (const entry of SHORTCUTS as readonly Shortcut[]) {
    const heading = SCOPE_HEADINGS[entry.scope as Scope];
    let section = out.find((s) => s.heading === heading);
    if (!section) out.push((section = { heading, rows: [] }));
    section.rows.push(entry);
  }
  return out;
}

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const keysOn = useSingleKeyShortcuts();
  return (
    <Dialog title="Keyboard shortcuts" size="small" onClose={onClose}>
      <div className="dialog-body">
        {sections().map(({ heading, rows }) => (
          <Fragment key={heading ?? ''}>
            {heading ? <h3 className="section-heading">{heading}</h3> : null}
            <ShortcutList rows={rows} />
          </Fragment>
        ))}
        <label className="check">
          <input type="checkbox" checked={keysOn} onChange={(event) => setSingleKeyShortcuts(event.target.checked)} />
          <span className="check-label">Single-key shortcuts (T, 1–9, S, E, P, B, N, /)</span>
        </label>
        <p className="muted">Single-key shortcuts never fire while you are typing in a field.</p>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          Close
        </button>
      </footer>
    </Dialog>
  );
}

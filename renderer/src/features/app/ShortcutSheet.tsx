/** The "?" sheet: every keyboard shortcut the app has so far. */
import { Dialog } from '../../ui/Dialog';
import { setSingleKeyShortcuts, useSingleKeyShortcuts } from '../coding/keyPrefs';

function ShortcutList({ rows }: { rows: [string[], string][] }) {
  return (
    <dl className="shortcut-list">
      {rows.map(([keys, what]) => (
        <div key={what} className="shortcut-row">
          <dt>
            {keys.map((key) => (
              <kbd key={key} className="kbd">
                {key}
              </kbd>
            ))}
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}

const SHORTCUTS: [string[], string][] = [
  [['N'], 'New item on the screen you are on (interview, participant, segment, persona, job…)'],
  [['↑', '↓'], 'Move through the sidebar or a list'],
  [['Home', 'End'], 'First or last row of a list'],
  [['Enter'], 'Select the focused row; submit a form'],
  [['Esc'], 'Close a dialog; clear a filter'],
  [['Tab'], 'Move between areas and fields'],
  [['?'], 'Show this sheet'],
  [['Ctrl', 'K'], 'Go to anything: interviews, participants, tags, commands'],
  [['/'], 'Search transcripts, quotes and notes'],
  [['Ctrl', 'Z'], 'Undo the last coding action (outside text fields)'],
  [['Ctrl', 'Shift', 'Z'], 'Redo'],
  [['Ctrl', 'Shift', 'P'], 'Presentation mode: show only pseudonyms (for screen sharing), or real names again'],
];

/** Keys that act only while the transcript (or a quote in it) has focus. */
const TRANSCRIPT_SHORTCUTS: [string[], string][] = [
  [['↑', '↓', '←', '→'], 'Move the caret; with Shift, select a passage'],
  [['T'], 'Tag the selection or the focused quote (picker: Enter applies, Ctrl+Enter creates a tag)'],
  [['1', '9'], 'Apply (or remove) the tag pinned to that key'],
  [['S'], 'Star or unstar the focused quote'],
  [['Tab'], 'Move to the quotes in the margin; ↑ ↓ between quotes'],
  [['Enter'], 'Open the focused quote in the inspector'],
  [['Delete'], 'Delete the focused quote (undoable)'],
  [['E'], 'Correct the turn at the caret'],
  [['P', 'B'], 'Play or pause the recording; back 5 seconds'],
];

/** Keys in interview mode's notes (see features/live). */
const NOTES_SHORTCUTS: [string[], string][] = [
  [['Ctrl', 'Shift', ';'], 'Insert the elapsed interview time at the caret'],
  [['Ctrl', 'Shift', 'K'], 'Make a quote from the selected words and tag it'],
  [['Ctrl', 'B'], 'Bold (Ctrl+I italic)'],
  [['Alt', '↑', '↓'], 'Move the focused question in a guide'],
];

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const keysOn = useSingleKeyShortcuts();
  return (
    <Dialog title="Keyboard shortcuts" size="small" onClose={onClose}>
      <div className="dialog-body">
        <ShortcutList rows={SHORTCUTS} />
        <h3 className="section-heading">In the transcript</h3>
        <ShortcutList rows={TRANSCRIPT_SHORTCUTS} />
        <h3 className="section-heading">In interview notes and guides</h3>
        <ShortcutList rows={NOTES_SHORTCUTS} />
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

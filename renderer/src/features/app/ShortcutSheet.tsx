/** The "?" sheet: every keyboard shortcut the app has so far. */
import { Dialog } from '../../ui/Dialog';

const SHORTCUTS: [string[], string][] = [
  [['N'], 'New interview, participant or company (on its screen)'],
  [['↑', '↓'], 'Move through the sidebar or a list'],
  [['Home', 'End'], 'First or last row of a list'],
  [['Enter'], 'Select the focused row; submit a form'],
  [['Esc'], 'Close a dialog; clear a filter'],
  [['Tab'], 'Move between areas and fields'],
  [['?'], 'Show this sheet'],
];

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" size="small" onClose={onClose}>
      <div className="dialog-body">
        <dl className="shortcut-list">
          {SHORTCUTS.map(([keys, what]) => (
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

/** The status bar's presentation-mode switch: pseudonyms everywhere while sharing the screen. */
import { setPresentationMode, usePresentationMode } from './presentationMode';

export const PRESENTATION_SHORTCUT = 'Ctrl+Shift+P';

export function PresentationToggle() {
  const on = usePresentationMode();
  return (
    <button
      type="button"
      className="presentation-toggle"
      aria-pressed={on}
      title={`${on ? 'Show real names again' : 'Show only pseudonyms, for screen sharing'} (${PRESENTATION_SHORTCUT})`}
      onClick={() => setPresentationMode(!on)}
    >
      <span aria-hidden="true">{on ? '◉' : '○'}</span>
      {on ? 'Presenting: pseudonyms only' : 'Presentation mode'}
    </button>
  );
}

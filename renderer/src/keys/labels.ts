/** How chords read on screen: ⌘ or Ctrl for Mod by platform, arrows as ↑ ↓ ← →, Escape as Esc. */
import { parseChord } from './match';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';

const KEY_LABELS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

/** The keycaps of one chord, in order: 'Mod+Shift+K' is [Ctrl, Shift, K] (or [⌘, Shift, K]). */
export function chordLabels(chord: string): string[] {
  const c = parseChord(chord);
  const key = KEY_LABELS[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  return [c.mod && MOD_LABEL, c.ctrl && 'Ctrl', c.shift && 'Shift', c.alt && 'Alt', key].filter((x): x is string =>
    Boolean(x),
  );
}

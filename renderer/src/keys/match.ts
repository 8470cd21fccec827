/** Matching a keydown against a registry chord ('Mod+Shift+K'), and a chord's labels for the sheet. */
import { shortcut, type Shortcut, type ShortcutId } from './shortcuts';

export interface Chord {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** The keys some layouts shift into another character (Shift+; is ':'); these match by `code`. */
const CODES: Record<string, string> = { ';': 'Semicolon' };

export function parseChord(chord: string): Chord {
  const parts = chord === '+' ? ['+'] : chord.split('+');
  const key = parts.pop() ?? '';
  const has = (m: string) => parts.includes(m);
  const unknown = parts.filter((m) => !['Mod', 'Ctrl', 'Shift', 'Alt'].includes(m));
  if (!key || unknown.length) throw new Error(`Bad chord ${chord}`);
  return { mod: has('Mod'), ctrl: has('Ctrl'), shift: has('Shift'), alt: has('Alt'), key };
}

/** A chord in one spelling, modifiers in a fixed order, key lower-cased: two chords collide when equal. */
export function normaliseChord(chord: string): string {
  const c = parseChord(chord);
  return [c.mod && 'Mod', c.ctrl && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', c.key.toLowerCase()]
    .filter(Boolean)
    .join('+');
}

export type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & {
  code?: string;
};

/**
 * Whether the event is this chord. `Mod` is Ctrl or Cmd; `Ctrl` is Ctrl without Cmd; a chord
 * without modifiers wants none of Ctrl, Cmd, Alt. Alt is exact. Shift is exact when the chord has
 * a modifier (Mod+K is not Mod+Shift+K); a bare key ignores Shift, since Shift is how '?' is typed.
 */
export function chordMatches(chord: string, event: KeyEventLike): boolean {
  const c = parseChord(chord);
  const code = CODES[c.key];
  if (code ? event.code !== code : event.key.toLowerCase() !== c.key.toLowerCase()) return false;
  if (event.altKey !== c.alt) return false;
  if (c.mod) {
    if (!event.ctrlKey && !event.metaKey) return false;
  } else if (c.ctrl) {
    if (!event.ctrlKey || event.metaKey) return false;
  } else if (event.ctrlKey || event.metaKey) return false;
  const bare = !c.mod && !c.ctrl && !c.alt && !c.shift;
  return bare || event.shiftKey === c.shift;
}

function entryOf(entry: Shortcut | ShortcutId): Shortcut {
  return typeof entry === 'string' ? shortcut(entry) : entry;
}

/** Which of the entry's chords the event is (its index in `keys`), or -1. */
export function matchIndex(entry: Shortcut | ShortcutId, event: KeyEventLike): number {
  return entryOf(entry).keys.findIndex((chord) => chordMatches(chord, event));
}

export function matches(entry: Shortcut | ShortcutId, event: KeyEventLike): boolean {
  return matchIndex(entry, event) >= 0;
}

/** The shortcut registry: every keyboard shortcut the app has, its scope, chords and the "?" sheet's words. */

/**
 * Where a shortcut acts. `global`: window-level listeners, on every screen. `focus`: what the
 * focused control (a list, a form, a dialog) does with the key. `reader`: keys the transcript
 * reader handles while it (or a quote in it) has focus. `notes`: interview notes and guides.
 */
export type Scope = 'global' | 'focus' | 'reader' | 'notes';

/**
 * Scopes whose keys can be live at the same moment, so may not share a chord. `global` overlaps
 * every scope. The reader and the notes are on different screens; `focus` describes the focused
 * control's own keys, and the reader and the notes *are* the focused control when their keys act
 * (the reader's Enter is its "select the focused row"), so neither overlaps `focus`.
 */
export const OVERLAPS: readonly (readonly [Scope, Scope])[] = [
  ['global', 'global'],
  ['global', 'focus'],
  ['global', 'reader'],
  ['global', 'notes'],
  ['focus', 'focus'],
  ['reader', 'reader'],
  ['notes', 'notes'],
];

export function scopesOverlap(a: Scope, b: Scope): boolean {
  return OVERLAPS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** The sheet's heading per scope; scopes with no heading share the sheet's first list. */
export const SCOPE_HEADINGS: Record<Scope, string | null> = {
  global: null,
  focus: null,
  reader: 'In the transcript',
  notes: 'In interview notes and guides',
};

/**
 * One shortcut. `keys` are alternative chords, any of which triggers it: modifiers first
 * (`Mod` = Ctrl or Cmd, `Ctrl` = the Ctrl key only, `Shift`, `Alt`), then one key as
 * `KeyboardEvent.key` names it ('K', '?', 'ArrowUp', ';'). `range` shows the keys as first–last.
 */
export interface Shortcut {
  id: string;
  scope: Scope;
  keys: readonly string[];
  label: string;
  range?: true;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const SHORTCUTS = [
  {
    id: 'app.new',
    scope: 'global',
    keys: ['N'],
    label: 'New item on the screen you are on (interview, participant, segment, persona, job…)',
  },
  { id: 'list.move', scope: 'focus', keys: ['ArrowUp', 'ArrowDown'], label: 'Move through the sidebar or a list' },
  { id: 'list.ends', scope: 'focus', keys: ['Home', 'End'], label: 'First or last row of a list' },
  { id: 'focus.enter', scope: 'focus', keys: ['Enter'], label: 'Select the focused row; submit a form' },
  { id: 'focus.escape', scope: 'focus', keys: ['Escape'], label: 'Close a dialog; clear a filter' },
  { id: 'focus.tab', scope: 'focus', keys: ['Tab'], label: 'Move between areas and fields' },
  { id: 'app.sheet', scope: 'global', keys: ['?'], label: 'Show this sheet' },
  {
    id: 'app.palette',
    scope: 'global',
    keys: ['Mod+K'],
    label: 'Go to anything: interviews, participants, tags, commands',
  },
  { id: 'app.search', scope: 'global', keys: ['/'], label: 'Search transcripts, quotes and notes' },
  { id: 'app.undo', scope: 'global', keys: ['Mod+Z'], label: 'Undo the last coding action (outside text fields)' },
  { id: 'app.redo', scope: 'global', keys: ['Mod+Shift+Z', 'Ctrl+Y'], label: 'Redo' },
  {
    id: 'app.presentation',
    scope: 'global',
    keys: ['Mod+Shift+P'],
    label: 'Presentation mode: show only pseudonyms (for screen sharing), or real names again',
  },

  {
    id: 'reader.caret',
    scope: 'reader',
    keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
    label: 'Move the caret; with Shift, select a passage',
  },
  {
    id: 'reader.tag',
    scope: 'reader',
    keys: ['T'],
    label: 'Tag the selection or the focused quote (picker: Enter applies, Ctrl+Enter creates a tag)',
  },
  {
    id: 'reader.pinned',
    scope: 'reader',
    keys: DIGITS,
    range: true,
    label: 'Apply (or remove) the tag pinned to that key',
  },
  { id: 'reader.star', scope: 'reader', keys: ['S'], label: 'Star or unstar the focused quote' },
  {
    id: 'reader.margin',
    scope: 'reader',
    keys: ['Tab'],
    label: 'Move to the quotes in the margin; ↑ ↓ between quotes',
  },
  { id: 'reader.inspect', scope: 'reader', keys: ['Enter'], label: 'Open the focused quote in the inspector' },
  { id: 'reader.delete', scope: 'reader', keys: ['Delete', 'Backspace'], label: 'Delete the focused quote (undoable)' },
  { id: 'reader.escape', scope: 'reader', keys: ['Escape'], label: 'Clear the selection and the focused quote' },
  { id: 'reader.editTurn', scope: 'reader', keys: ['E'], label: 'Correct the turn at the caret' },
  { id: 'reader.play', scope: 'reader', keys: ['P'], label: 'Play or pause the recording' },
  { id: 'reader.back', scope: 'reader', keys: ['B'], label: 'Back 5 seconds in the recording' },

  {
    id: 'notes.timestamp',
    scope: 'notes',
    keys: ['Mod+Shift+;'],
    label: 'Insert the elapsed interview time at the caret',
  },
  {
    id: 'notes.quote',
    scope: 'notes',
    keys: ['Mod+Shift+K'],
    label: 'Make a quote from the selected words and tag it',
  },
  { id: 'notes.bold', scope: 'notes', keys: ['Mod+B'], label: 'Bold' },
  { id: 'notes.italic', scope: 'notes', keys: ['Mod+I'], label: 'Italic' },
  {
    id: 'guide.move',
    scope: 'notes',
    keys: ['Alt+ArrowUp', 'Alt+ArrowDown'],
    label: 'Move the focused question in a guide',
  },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const BY_ID = new Map<string, Shortcut>(SHORTCUTS.map((s) => [s.id, s]));

export function shortcut(id: ShortcutId): Shortcut {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No shortcut ${id}`);
  return found;
}

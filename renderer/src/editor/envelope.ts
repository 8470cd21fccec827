/**
 * How a note's Lexical document is stored: editorState.toJSON() inside a versioned envelope (as
 * @lexical/file does), so a later format change can tell old documents apart.
 */
import { $getRoot, type EditorState, type LexicalEditor, type SerializedEditorState } from 'lexical';

export const NOTE_FORMAT = 'groundwork-note';
export const NOTE_FORMAT_VERSION = 1;

interface Envelope {
  format: typeof NOTE_FORMAT;
  version: number;
  editorState: SerializedEditorState;
}

export interface NoteContent {
  doc: string;
  plainText: string;
}

export function serialiseNote(state: EditorState): NoteContent {
  const envelope: Envelope = { format: NOTE_FORMAT, version: NOTE_FORMAT_VERSION, editorState: state.toJSON() };
  return { doc: JSON.stringify(envelope), plainText: state.read(() => $getRoot().getTextContent()) };
}

/** The editor state JSON inside a stored doc; null for an empty or unreadable doc. */
export function editorStateJson(doc: string): string | null {
  if (!doc.trim()) return null;
  try {
    const parsed = JSON.parse(doc) as Partial<Envelope> & { root?: unknown };
    if (parsed.format === NOTE_FORMAT && parsed.editorState) return JSON.stringify(parsed.editorState);
    if (parsed.root) return doc; // a bare editor state
    return null;
  } catch {
    return null;
  }
}

/** Loads a stored doc into an editor (no-op when the doc is empty). */
export function loadNote(editor: LexicalEditor, doc: string): void {
  const json = editorStateJson(doc);
  if (json) editor.setEditorState(editor.parseEditorState(json), { tag: 'load-note' });
}

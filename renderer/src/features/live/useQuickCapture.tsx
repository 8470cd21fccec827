/**
 * Quick capture: the selected words of a note become a quote. The note is saved first, the
 * selection's offsets are taken in the very plain text that save stored, the quote is created,
 * the words are wrapped in a mark holding the quote id, and the transcript's tag picker opens.
 */
import type { LexicalEditor } from 'lexical';
import { $createRangeSelectionFromDom, $getRoot, $getSelection, $setSelection } from 'lexical';
import { useState } from 'react';
import type { Tag } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { $selectionSpan, type SelectionSpan } from '../../editor/offsets';
import { $markQuote } from '../../editor/quoteMarks';
import { showToast } from '../../ui/Toast';
import { TagPicker } from '../coding/TagPicker';
import { useCall } from '../../api/useCall';
import type { NoteSaver } from './noteSaver';
import { WhoSaidIt } from './WhoSaidIt';
import { useNames } from '../names/useNames';

/**
 * Lexical learns of a selection change from the document's `selectionchange` event, which arrives
 * after the key press that made it; a shortcut pressed right after the last Shift+← would otherwise
 * quote one character short. Take the selection from the DOM when it lies in this editor.
 */
function syncSelectionFromDom(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (!root || !dom?.rangeCount || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
  editor.update(
    () => {
      const selection = $createRangeSelectionFromDom(dom, editor);
      if (selection) $setSelection(selection);
    },
    { discrete: true },
  );
}

function readSpan(editor: LexicalEditor): { span: SelectionSpan | null; plainText: string } {
  syncSelectionFromDom(editor);
  return editor
    .getEditorState()
    .read(() => ({ span: $selectionSpan($getSelection()), plainText: $getRoot().getTextContent() }));
}

/** A quote waiting to be made: the saved note's id and the span's offsets in its stored text. */
interface Pending {
  noteId: number;
  span: SelectionSpan;
  anchor: DOMRect | null;
}

export function useQuickCapture(editor: LexicalEditor, saver: NoteSaver, interviewId: number) {
  const call = useCall();
  const tags = useQuery('tags.list', {}, { errors: 'toast' });
  const interview = useQuery('interviews.get', { id: interviewId }, { errors: 'toast' });
  const [picker, setPicker] = useState<{ quoteId: number; anchor: DOMRect | null; applied: Set<number> } | null>(null);
  const [asking, setAsking] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const names = useNames();
  const participants = (interview.data?.participants ?? []).map((p) => ({
    id: p.id,
    name: names.label(p.id, p.pseudonym),
  }));

  async function makeQuote() {
    if (busy) return;
    if (!readSpan(editor).span) {
      showToast({ message: 'Select the words in the notes you want to quote first.' });
      return;
    }
    const domRange = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    const anchor = domRange ? domRange.getBoundingClientRect() : null;
    setBusy(true);
    try {
      let note = await saver.flush();
      let { span, plainText } = readSpan(editor);
      if (note && note.plainText !== plainText) {
        // Typed between the save and now: save again so the offsets match what is stored.
        note = await saver.flush();
        ({ span, plainText } = readSpan(editor));
      }
      if (!note || !span || note.plainText !== plainText) {
        showToast({
          message: 'The note could not be saved, so no quote was made. Try again in a moment.',
          tone: 'error',
        });
        return;
      }
      // Evidence needs a person: with several participants, ask who said it (the span is kept meanwhile).
      const pending = { noteId: note.id, span, anchor };
      if (participants.length > 1) setAsking(pending);
      else await create(pending, undefined);
    } finally {
      setBusy(false);
    }
  }

  async function create(pending: Pending, participantId: number | null | undefined) {
    const { noteId, span, anchor } = pending;
    const quote = await call('quotes.createFromNote', {
      noteId,
      start: span.start,
      end: span.end,
      tagIds: [],
      ...(participantId !== undefined ? { participantId } : {}),
    });
    if (!quote) return;
    // The picker opens once the mark is committed: Lexical restores the editor's DOM selection on
    // commit, which would otherwise pull focus back into the note and the tag name typed next with it.
    editor.update(() => void $markQuote(span.anchor, span.focus, quote.id), {
      onUpdate: () => setPicker({ quoteId: quote.id, anchor, applied: new Set() }),
    });
  }

  const close = () => {
    setPicker(null);
    editor.focus();
  };

  const element = asking ? (
    <WhoSaidIt
      participants={participants}
      onChoose={(participantId) => {
        setAsking(null);
        void create(asking, participantId);
      }}
      onClose={() => {
        setAsking(null);
        editor.focus();
      }}
    />
  ) : picker ? (
    <TagPicker
      tags={tags.data ?? []}
      applied={picker.applied}
      anchor={picker.anchor}
      title="Tag the new quote"
      onApply={(tag: Tag) => {
        void call('codings.apply', { quoteId: picker.quoteId, tagId: tag.id }).then((done) => {
          if (done) showToast({ message: `Quote tagged “${tag.name}”.` });
        });
        close();
      }}
      onCreate={(name, kind) => {
        void call('codings.applyNewTag', { quoteId: picker.quoteId, name, kind }).then((done) => {
          if (done) showToast({ message: `Quote tagged “${name}” (new tag).` });
        });
        close();
      }}
      onClose={close}
    />
  ) : null;

  return { makeQuote, busy, picker: element };
}

/** A Lexical notes area (rich text, lists, timestamps, quote marks) that autosaves and never overwrites another window's edit. */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $getRoot } from 'lexical';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Note } from '../../../../shared/domain/guide';
import { ApiError } from '../../api/errors';
import { useApi, useQuery } from '../../api/hooks';
import { BlockSerialiser } from '../../editor/blockSerialiser';
import { editorStateJson, loadNote, serialiseNote } from '../../editor/envelope';
import { NOTE_NODES, NOTE_THEME } from '../../editor/nodes';
import { ChangePlugin } from '../../editor/plugins/ChangePlugin';
import { QuickCapturePlugin } from '../../editor/plugins/QuickCapturePlugin';
import { QuoteMarksPlugin } from '../../editor/plugins/QuoteMarksPlugin';
import { TimestampPlugin } from '../../editor/plugins/TimestampPlugin';
import { NoteSaver, whenIdle, type SaverGroup, type SaveStatus } from './noteSaver';
import { NoteToolbar } from './NoteToolbar';
import { useQuickCapture } from './useQuickCapture';

export interface NoteEditorProps {
  interviewId: number;
  guideItemId: number | null;
  initial: Note | null;
  label: string;
  placeholder: string;
  elapsedMs(): number;
  group: SaverGroup;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Not saved yet',
  saving: 'Saving…',
  failed: 'Not saved — retrying',
  conflict: 'Not saved — changed elsewhere',
};

function NoteBody({ interviewId, guideItemId, initial, label, placeholder, elapsedMs, group }: NoteEditorProps) {
  const [editor] = useLexicalComposerContext();
  const { client } = useApi();
  const [blocks] = useState(() => new BlockSerialiser(editor));
  const [saver] = useState(
    () =>
      new NoteSaver({
        initial,
        // Wait for an idle gap, then serialise: only blocks changed since the last save are rebuilt.
        read: () => new Promise((done) => whenIdle(() => done(blocks.serialise(editor.getEditorState())))),
        save: (input) => client.call('notes.save', { interviewId, guideItemId, ...input }),
        isConflict: (error) => error instanceof ApiError && error.code === 'CONFLICT',
      }),
  );
  const status = useSyncExternalStore(saver.onChange.bind(saver), () => saver.status);
  const quotes = useQuery('quotes.forInterview', { interviewId }, { errors: 'toast' });
  const [keptText, setKeptText] = useState<string | null>(null);
  const capture = useQuickCapture(editor, saver, interviewId);

  useEffect(() => group.add(saver), [group, saver]);
  useEffect(() => blocks.attach(), [blocks]);
  useEffect(() => () => void saver.flush().then(() => saver.dispose()), [saver]);

  async function loadLatest() {
    setKeptText(serialiseNote(editor.getEditorState()).plainText);
    const notes = await client.call('notes.forInterview', { interviewId });
    const latest = notes.find((n) => n.guideItemId === guideItemId) ?? null;
    if (latest) loadNote(editor, latest.doc);
    else editor.update(() => $getRoot().clear().append($createParagraphNode()), { tag: 'load-note' });
    saver.reset(latest);
  }

  return (
    // Only the rare states mark the wrapper: a class flip on an ancestor of a 2,000-paragraph editor
    // restyles every paragraph, and saved/unsaved/saving flips three times per autosave.
    <div className={`note-editor${status === 'failed' || status === 'conflict' ? ` is-${status}` : ''}`}>
      <NoteToolbar
        elapsedMs={elapsedMs}
        onMakeQuote={() => void capture.makeQuote()}
        quoteBusy={capture.busy}
        status={STATUS_TEXT[status]}
      />
      {status === 'conflict' ? (
        <div className="notice notice-caution note-conflict" role="alert">
          <div>
            <p className="notice-title">This note was changed in another window</p>
            <p className="notice-message">
              Autosave is paused for this note so neither version is lost. Copy anything you need from here, then load
              the latest.
            </p>
          </div>
          <button type="button" className="btn" onClick={() => void loadLatest()}>
            Load the latest
          </button>
        </div>
      ) : null}
      <div className="note-surface">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="note-content"
              aria-label={label}
              aria-placeholder={placeholder}
              placeholder={<p className="note-placeholder">{placeholder}</p>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      {keptText !== null ? (
        <details className="note-kept" open>
          <summary>Your text before loading the latest (not saved)</summary>
          <textarea
            className="input textarea"
            readOnly
            value={keptText}
            rows={4}
            aria-label="Your text before loading the latest"
          />
          <button type="button" className="btn btn-quiet" onClick={() => setKeptText(null)}>
            Dismiss
          </button>
        </details>
      ) : null}
      <HistoryPlugin />
      <ListPlugin />
      <TimestampPlugin elapsedMs={elapsedMs} />
      <QuickCapturePlugin onCapture={() => void capture.makeQuote()} />
      <QuoteMarksPlugin interviewId={interviewId} quotes={quotes.data} />
      <ChangePlugin onChange={() => saver.changed()} onBlur={() => void saver.flush()} />
      {capture.picker}
    </div>
  );
}

export function NoteEditor(props: NoteEditorProps) {
  const initialConfig = {
    namespace: `note-${props.interviewId}-${props.guideItemId ?? 'general'}`,
    nodes: [...NOTE_NODES],
    theme: NOTE_THEME,
    editorState: editorStateJson(props.initial?.doc ?? '') ?? undefined,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <NoteBody {...props} />
    </LexicalComposer>
  );
}

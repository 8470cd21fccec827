/** Formatting and capture buttons above a note. Buttons keep the editor's selection (mousedown is not a focus change). */
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import type { ReactNode } from 'react';
import { INSERT_TIMESTAMP_COMMAND } from '../../editor/plugins/TimestampPlugin';
import { MOD_LABEL } from '../coding/TagPicker';

function ToolButton({ label, title, onClick, children, disabled }: { label: string; title: string; onClick(): void; children: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="note-tool" aria-label={label} title={title} disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {children}
    </button>
  );
}

export function NoteToolbar({ elapsedMs, onMakeQuote, quoteBusy, status }: { elapsedMs(): number; onMakeQuote(): void; quoteBusy: boolean; status: string }) {
  const [editor] = useLexicalComposerContext();
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Note formatting">
      <ToolButton label="Bold" title={`Bold (${MOD_LABEL}+B)`} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton label="Italic" title={`Italic (${MOD_LABEL}+I)`} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <i>I</i>
      </ToolButton>
      <ToolButton label="Bulleted list" title="Bulleted list" onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        •≡
      </ToolButton>
      <ToolButton label="Numbered list" title="Numbered list" onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        1≡
      </ToolButton>
      <span className="note-tool-sep" aria-hidden="true" />
      <ToolButton label="Insert timestamp" title={`Insert the elapsed time (${MOD_LABEL}+Shift+;)`} onClick={() => editor.dispatchCommand(INSERT_TIMESTAMP_COMMAND, elapsedMs())}>
        ⏱ Time
      </ToolButton>
      <ToolButton label="Make quote" title={`Make a quote from the selected words and tag it (${MOD_LABEL}+Shift+K)`} onClick={onMakeQuote} disabled={quoteBusy}>
        ❝ Make quote
      </ToolButton>
      <span className="note-status">{status}</span>
    </div>
  );
}

/** Formatting and capture buttons above a note. Buttons keep the editor's selection (mousedown is not a focus change). */
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import type { ReactNode } from 'react';
import { INSERT_TIMESTAMP_COMMAND } from '../../editor/plugins/TimestampPlugin';
import { MOD_LABEL } from '../../keys/labels';

/** `icon` is decoration; `label` is the name — shown next to the icon when `showLabel`, else read out only. */
function ToolButton({
  label,
  title,
  onClick,
  icon,
  showLabel,
  disabled,
}: {
  label: string;
  title: string;
  onClick(): void;
  icon: ReactNode;
  showLabel?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="note-tool"
      title={title}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{icon}</span>
      <span className={showLabel ? 'note-tool-label' : 'visually-hidden'}>{label}</span>
    </button>
  );
}

export function NoteToolbar({
  elapsedMs,
  onMakeQuote,
  quoteBusy,
  status,
}: {
  elapsedMs(): number;
  onMakeQuote(): void;
  quoteBusy: boolean;
  status: string;
}) {
  const [editor] = useLexicalComposerContext();
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Note formatting">
      <ToolButton
        label="Bold"
        title={`Bold (${MOD_LABEL}+B)`}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        icon={<b>B</b>}
      />
      <ToolButton
        label="Italic"
        title={`Italic (${MOD_LABEL}+I)`}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        icon={<i>I</i>}
      />
      <ToolButton
        label="Bulleted list"
        title="Bulleted list"
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
        icon="•≡"
      />
      <ToolButton
        label="Numbered list"
        title="Numbered list"
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
        icon="1≡"
      />
      <span className="note-tool-sep" aria-hidden="true" />
      <ToolButton
        label="Timestamp"
        title={`Insert the elapsed time (${MOD_LABEL}+Shift+;)`}
        onClick={() => editor.dispatchCommand(INSERT_TIMESTAMP_COMMAND, elapsedMs())}
        icon={
          <svg viewBox="0 0 16 16" width="13" height="13" className="note-tool-icon">
            <circle cx="8" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M8 5.5v3l2 1.5M6.5 1.5h3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
          </svg>
        }
        showLabel
      />
      <ToolButton
        label="Make quote"
        title={`Make a quote from the selected words and tag it (${MOD_LABEL}+Shift+K)`}
        onClick={onMakeQuote}
        disabled={quoteBusy}
        icon="❝"
        showLabel
      />
      <span className="note-status">{status}</span>
    </div>
  );
}

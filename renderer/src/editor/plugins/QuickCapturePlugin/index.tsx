/** The quick-capture keystroke (registry 'notes.quote', Ctrl/Cmd+Shift+K): the selected words of a note become a quote. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { matches } from '../../../keys/match';

export function isQuoteShortcut(event: KeyboardEvent): boolean {
  return matches('notes.quote', event);
}

/** Calls onCapture on the keystroke; what a capture does (save, create, mark, tag) is the host's. */
export function QuickCapturePlugin({ onCapture }: { onCapture(): void }) {
  const [editor] = useLexicalComposerContext();
  const onCaptureRef = useRef(onCapture);
  onCaptureRef.current = onCapture;
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isQuoteShortcut(event)) return false;
          event.preventDefault();
          onCaptureRef.current();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

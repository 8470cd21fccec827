/**
 * Tells the note's saver when the document (not just the selection) changed, and when the editor
 * loses focus. Cheap on purpose: serialising happens in the saver, at most every ~300 ms.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useRef } from 'react';

export function ChangePlugin({ onChange, onBlur }: { onChange(): void; onBlur(): void }) {
  const [editor] = useLexicalComposerContext();
  const handlers = useRef({ onChange, onBlur });
  handlers.current = { onChange, onBlur };
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
          if (tags.has('load-note') || prevEditorState.isEmpty()) return;
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
          handlers.current.onChange();
        }),
        editor.registerCommand(
          BLUR_COMMAND,
          () => {
            handlers.current.onBlur();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}

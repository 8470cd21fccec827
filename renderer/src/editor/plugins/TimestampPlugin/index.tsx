/** Inserts the interview's elapsed time ("[12:05]") at the caret: Ctrl/Cmd+Shift+; or the toolbar. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { matches } from '../../../keys/match';
import { $createTimestampNode } from '../../TimestampNode';

export const INSERT_TIMESTAMP_COMMAND = createCommand<number>('INSERT_TIMESTAMP_COMMAND');

export function isTimestampShortcut(event: KeyboardEvent): boolean {
  return matches('notes.timestamp', event);
}

export function TimestampPlugin({ elapsedMs }: { elapsedMs(): number }) {
  const [editor] = useLexicalComposerContext();
  const elapsedRef = useRef(elapsedMs);
  elapsedRef.current = elapsedMs;
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_TIMESTAMP_COMMAND,
          (ms) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const stamp = $createTimestampNode(ms);
            selection.insertNodes([stamp]);
            // Typing goes on in a plain text node after the stamp, never inside the token.
            const after = $createTextNode(' ');
            stamp.insertAfter(after);
            after.select(1, 1);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isTimestampShortcut(event)) return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_TIMESTAMP_COMMAND, elapsedRef.current());
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}

/**
 * App-wide keys for coding: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo — never inside a
 * field or the notes editor, where the native undo applies — plus the toasts they announce in.
 */
import { useEffect } from 'react';
import { Toasts } from '../../ui/Toast';
import { isTypingTarget } from '../app/shortcuts';
import { useHistory } from './history';

export function CodingKeys() {
  const { undo, redo } = useHistory();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
  return <Toasts />;
}

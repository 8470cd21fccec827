/** Single-key shortcuts that never fire while the user is typing or a dialog is open. */
import { useEffect, useRef } from 'react';
import { matches } from './match';
import type { ShortcutId } from './shortcuts';
import { singleKeyShortcutsOn } from './keyPrefs';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type);
  }
  return false;
}

/** Calls `action` when the registry's key for `id` is pressed alone, outside fields and dialogs. */
export function useKeyShortcut(id: ShortcutId, action: () => void): void {
  const actionRef = useRef(action);
  actionRef.current = action;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matches(id, event)) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // WCAG 2.1.4: letters can be turned off; "?" stays so the sheet that turns them back on is reachable.
      if (id !== 'app.sheet' && !singleKeyShortcutsOn()) return;
      event.preventDefault();
      actionRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [id]);
}

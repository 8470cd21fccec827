/**
 * The app-wide host, mounted once by App: the window's global keys (chords from the registry,
 * renderer/src/keys) with the command palette they open and the toasts that announce their results.
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo — never inside a field or the notes editor,
 * where the native undo applies; Ctrl/Cmd+K the palette; `/` search; Ctrl/Cmd+Shift+P turns
 * presentation mode on or off anywhere, fields and dialogs included.
 */
import { useEffect, useState } from 'react';
import { singleKeyShortcutsOn } from '../../keys/keyPrefs';
import { matches } from '../../keys/match';
import { isTypingTarget } from '../../keys/useKeyShortcut';
import { sectionHref } from '../../routes';
import { Toasts } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { togglePresentationMode } from '../names/presentationMode';
import { CommandPalette } from '../palette/CommandPalette';

/** Focuses the search field, going to the Search screen first when needed. */
function focusSearch(tries = 20): void {
  const href = sectionHref('search');
  if (!window.location.hash.startsWith(href)) window.location.hash = href;
  const input = document.getElementById('search-input');
  if (input) input.focus();
  else if (tries > 0) requestAnimationFrame(() => focusSearch(tries - 1));
}

export function GlobalHost() {
  const { undo, redo } = useHistory();
  const [palette, setPalette] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (matches('app.presentation', event)) {
        event.preventDefault();
        togglePresentationMode();
        return;
      }
      // Mod+K only: Mod+Shift+K is the notes' make-quote keystroke (QuickCapturePlugin).
      if (matches('app.palette', event)) {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        setPalette(true);
        return;
      }
      if (matches('app.search', event)) {
        if (event.defaultPrevented || isTypingTarget(event.target) || !singleKeyShortcutsOn()) return;
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        focusSearch();
        return;
      }
      const isUndo = matches('app.undo', event);
      if (!isUndo && !matches('app.redo', event)) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void (isUndo ? undo() : redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
  return (
    <>
      <Toasts />
      {palette ? (
        <CommandPalette onClose={() => setPalette(false)} undo={() => void undo()} redo={() => void redo()} />
      ) : null}
    </>
  );
}

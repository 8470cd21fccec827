/**
 * Single-key coding shortcuts (chords from the registry, renderer/src/keys). They act only when the keydown comes from inside the transcript
 * (the reader or a quote in it), never from a field, and not at all when turned off (WCAG 2.1.4).
 */
import type { KeyboardEvent } from 'react';
import { matches, matchIndex } from '../../keys/match';
import { isTypingTarget } from '../../keys/useKeyShortcut';

export interface WorkspaceKeyHandlers {
  keysOn: boolean;
  openPicker(): void;
  pinned(slot: number): void;
  star(): void;
  deleteQuote(quoteId: number): void;
  inspectQuote(quoteId: number): void;
  playPause(): void;
  back(): void;
  editTurn(): void;
  escape(): void;
}

export function workspaceKeyDown(event: KeyboardEvent<HTMLElement>, h: WorkspaceKeyHandlers): void {
  const target = event.target as HTMLElement;
  if (event.defaultPrevented || isTypingTarget(target)) return;
  if (!target.closest('.transcript-scroll')) return;
  const quoteId = Number(target.dataset.quoteButton) || null;
  if (event.ctrlKey || event.metaKey || event.altKey) return;

  if (matches('reader.delete', event) && quoteId) {
    event.preventDefault();
    h.deleteQuote(quoteId);
    return;
  }
  if (matches('reader.inspect', event) && quoteId) {
    event.preventDefault();
    h.inspectQuote(quoteId);
    return;
  }
  if (matches('reader.escape', event)) {
    h.escape();
    return;
  }
  if (!h.keysOn) return;
  const slot = matchIndex('reader.pinned', event);
  let handled = true;
  if (matches('reader.tag', event)) h.openPicker();
  else if (slot >= 0) h.pinned(slot + 1);
  else if (matches('reader.star', event)) h.star();
  else if (matches('reader.play', event)) h.playPause();
  else if (matches('reader.back', event)) h.back();
  else if (matches('reader.editTurn', event)) h.editTurn();
  else handled = false;
  if (handled) event.preventDefault();
}

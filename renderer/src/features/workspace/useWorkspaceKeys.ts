/**
 * Single-key coding shortcuts. They act only when the keydown comes from inside the transcript
 * (the reader or a quote in it), never from a field, and not at all when turned off (WCAG 2.1.4).
 */
import type { KeyboardEvent } from 'react';
import { isTypingTarget } from '../app/shortcuts';

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

  if ((event.key === 'Delete' || event.key === 'Backspace') && quoteId) {
    event.preventDefault();
    h.deleteQuote(quoteId);
    return;
  }
  if (event.key === 'Enter' && quoteId) {
    event.preventDefault();
    h.inspectQuote(quoteId);
    return;
  }
  if (event.key === 'Escape') {
    h.escape();
    return;
  }
  if (!h.keysOn) return;
  const key = event.key.toLowerCase();
  let handled = true;
  if (key === 't') h.openPicker();
  else if (/^[1-9]$/.test(key)) h.pinned(Number(key));
  else if (key === 's') h.star();
  else if (key === 'p') h.playPause();
  else if (key === 'b') h.back();
  else if (key === 'e') h.editTurn();
  else handled = false;
  if (handled) event.preventDefault();
}

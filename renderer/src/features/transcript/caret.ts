/**
 * Keyboard reading and selecting in a transcript that is not editable: the DOM selection is the
 * caret (Chromium's Selection.modify moves and extends it), and we draw the caret ourselves.
 */
import { pointAt, TURN_TEXT_SELECTOR } from './domRange';

type Alter = 'move' | 'extend';
type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** The caret movement an arrow key asks for, or null for any other key. */
export function caretMove(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): [Alter, Direction, Granularity] | null {
  const alter: Alter = event.shiftKey ? 'extend' : 'move';
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
      return [alter, 'backward', event.metaKey ? 'lineboundary' : byWord ? 'word' : 'character'];
    case 'ArrowRight':
      return [alter, 'forward', event.metaKey ? 'lineboundary' : byWord ? 'word' : 'character'];
    case 'ArrowUp':
      return [alter, 'backward', 'line'];
    case 'ArrowDown':
      return [alter, 'forward', 'line'];
    case 'Home':
      return [alter, 'backward', 'lineboundary'];
    case 'End':
      return [alter, 'forward', 'lineboundary'];
    default:
      return null;
  }
}

/** True when the selection's focus point is inside `container`. */
export function selectionInside(container: Element): boolean {
  const sel = window.getSelection();
  return !!sel && sel.rangeCount > 0 && !!sel.focusNode && container.contains(sel.focusNode);
}

/** Puts a collapsed caret at an offset of a turn's text. */
export function placeCaret(textEl: Element, offset = 0): void {
  const sel = window.getSelection();
  if (!sel) return;
  const at = pointAt(textEl, offset);
  sel.collapse(at.node, at.offset);
}

/** Places the caret at the start of the first turn visible in the scroller, unless one is already inside. */
export function ensureCaret(scroller: HTMLElement): void {
  if (selectionInside(scroller)) return;
  const top = scroller.getBoundingClientRect().top;
  const texts = Array.from(scroller.querySelectorAll(TURN_TEXT_SELECTOR));
  const first = texts.find((el) => el.getBoundingClientRect().bottom > top + 4) ?? texts[0];
  if (first) placeCaret(first, 0);
}

export function modifySelection(alter: Alter, direction: Direction, granularity: Granularity): boolean {
  const sel = window.getSelection();
  if (!sel || typeof sel.modify !== 'function') return false;
  sel.modify(alter, direction, granularity);
  return true;
}

/** The rectangle of the selection's focus point (where the caret is drawn). */
export function focusRect(): DOMRect | null {
  const sel = window.getSelection();
  if (!sel || !sel.focusNode) return null;
  const range = document.createRange();
  try {
    range.setStart(sel.focusNode, sel.focusOffset);
  } catch {
    return null;
  }
  range.collapse(true);
  const rects = range.getClientRects();
  const rect = rects[0] ?? range.getBoundingClientRect();
  if (rect.height === 0 && sel.focusNode.parentElement) return sel.focusNode.parentElement.getBoundingClientRect();
  return rect;
}

/** Scrolls just enough to keep the caret in view. */
export function keepCaretInView(scroller: HTMLElement): void {
  const rect = focusRect();
  if (!rect) return;
  const box = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.top < box.top + margin) scroller.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) scroller.scrollTop += rect.bottom - (box.bottom - margin);
}

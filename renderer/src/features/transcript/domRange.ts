/**
 * DOM selection <-> transcript positions. A turn's text lives in one element marked
 * `data-turn-text`; highlights split it into several text nodes, so an offset is the sum of the
 * lengths of the text nodes before the point (UTF-16 code units, the same unit the core stores).
 */
import type { Position } from '../../../../shared/domain/quote';

export const TURN_TEXT_SELECTOR = '[data-turn-text]';
const TURN_ROW_SELECTOR = '[data-turn-row]';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Offset of a DOM point inside a turn-text element, or null when the point is not inside it. */
export function offsetWithin(textEl: Element, node: Node, offset: number): number | null {
  if (node !== textEl && !textEl.contains(node)) return null;
  let total = 0;
  if (node.nodeType === 3) {
    for (const t of textNodes(textEl)) {
      if (t === node) return total + Math.min(offset, t.data.length);
      total += t.data.length;
    }
    return null;
  }
  // An element point (between children): the text from the start of the turn up to it.
  const range = textEl.ownerDocument.createRange();
  range.setStart(textEl, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The transcript position of a DOM point. A point in a turn's header (speaker, time) snaps to the
 * start of that turn's text, a point after the text to its end; outside any turn gives null.
 */
export function positionOf(node: Node, offset: number): Position | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const textEl = el?.closest(TURN_TEXT_SELECTOR);
  if (textEl) {
    const at = offsetWithin(textEl, node, offset);
    return at === null ? null : { turnId: Number(textEl.getAttribute('data-turn-text')), offset: at };
  }
  const row = el?.closest(TURN_ROW_SELECTOR);
  const rowText = row?.querySelector(TURN_TEXT_SELECTOR);
  if (!rowText) return null;
  const turnId = Number(rowText.getAttribute('data-turn-text'));
  const probe = rowText.ownerDocument.createRange();
  probe.setStart(node, offset);
  const after = probe.comparePoint(rowText, 0) < 0; // the text starts before our point
  return { turnId, offset: after ? (rowText.textContent?.length ?? 0) : 0 };
}

export interface SelectedRange {
  start: Position;
  end: Position;
  text: string;
}

/** The selection as transcript positions, in document order; null when empty or outside turns. */
export function rangeFromSelection(selection: Selection | null, container: Element): SelectedRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = positionOf(range.startContainer, range.startOffset);
  const end = positionOf(range.endContainer, range.endOffset);
  if (!start || !end) return null;
  if (start.turnId === end.turnId && start.offset >= end.offset) return null;
  const text = range.toString();
  if (!text.trim()) return null;
  return { start, end, text };
}

/** The DOM point for an offset in a turn-text element (for placing a caret or restoring a selection). */
export function pointAt(textEl: Element, offset: number): { node: Node; offset: number } {
  let left = offset;
  const nodes = textNodes(textEl);
  for (const t of nodes) {
    if (left <= t.data.length) return { node: t, offset: left };
    left -= t.data.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : { node: textEl, offset: 0 };
}

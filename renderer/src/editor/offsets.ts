/**
 * Plain-text offsets of a selection, counted in exactly the string the note saves as plainText
 * ($getRoot().getTextContent(): blocks joined by a blank line), in UTF-16 code units.
 */
import {
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

export interface TextPoint {
  key: string;
  offset: number;
}

export interface SelectionSpan {
  start: number;
  end: number;
  anchor: TextPoint;
  focus: TextPoint;
}

/** Where each text node starts in the root's text content. Mirrors ElementNode.getTextContent. */
export function $textNodeStarts(): Map<string, number> {
  const starts = new Map<string, number>();
  let at = 0;
  const walk = (element: ElementNode) => {
    const children = element.getChildren();
    children.forEach((child: LexicalNode, i) => {
      if ($isElementNode(child)) {
        walk(child);
        if (i !== children.length - 1 && !child.isInline()) at += 2;
      } else {
        if ($isTextNode(child)) starts.set(child.getKey(), at);
        at += child.getTextContent().length;
      }
    });
  };
  walk($getRoot());
  return starts;
}

/** The selection as [start, end) in the plain text, or null when it is collapsed or not on text. */
export function $selectionSpan(selection: BaseSelection | null): SelectionSpan | null {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const { anchor, focus } = selection;
  if (anchor.type !== 'text' || focus.type !== 'text') return null;
  const starts = $textNodeStarts();
  const a = starts.get(anchor.key);
  const f = starts.get(focus.key);
  if (a === undefined || f === undefined) return null;
  const aAt = a + anchor.offset;
  const fAt = f + focus.offset;
  if (aAt === fAt) return null;
  return {
    start: Math.min(aAt, fAt),
    end: Math.max(aAt, fAt),
    anchor: { key: anchor.key, offset: anchor.offset },
    focus: { key: focus.key, offset: focus.offset },
  };
}

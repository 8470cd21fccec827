/**
 * Quotes made from notes are marked in the document with @lexical/mark's MarkNode, which holds
 * ids only ("quote:42"): the quote's text, tags and meaning live in SQLite (DESIGN.md habit 10).
 */
import { $isMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $createRangeSelection, $getNodeByKey, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import type { TextPoint } from './offsets';

const PREFIX = 'quote:';

export function quoteMarkId(quoteId: number): string {
  return `${PREFIX}${quoteId}`;
}

export function quoteIdOfMark(id: string): number | null {
  if (!id.startsWith(PREFIX)) return null;
  const n = Number(id.slice(PREFIX.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Wraps the text between two points (recorded before an async call) in a quote mark. */
export function $markQuote(anchor: TextPoint, focus: TextPoint, quoteId: number): boolean {
  if (!$getNodeByKey(anchor.key) || !$getNodeByKey(focus.key)) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, 'text');
  selection.focus.set(focus.key, focus.offset, 'text');
  $wrapSelectionInMarkNode(selection, selection.isBackward(), quoteMarkId(quoteId));
  return true;
}

/** Every quote id marked anywhere in the document, in document order. */
export function $quoteIdsInDocument(): number[] {
  const out: number[] = [];
  const walk = (node: LexicalNode) => {
    if ($isMarkNode(node))
      for (const id of (node as MarkNode).getIDs()) {
        const q = quoteIdOfMark(id);
        if (q !== null && !out.includes(q)) out.push(q);
      }
    if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
  };
  walk($getRoot());
  return out;
}

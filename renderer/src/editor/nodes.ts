/** The one registry of node classes a notes document may hold (editors, headless tests, bench). */
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { TimestampNode } from './TimestampNode';

export const NOTE_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  MarkNode,
  TimestampNode,
];

export const NOTE_THEME = {
  paragraph: 'note-paragraph',
  text: { bold: 'note-bold', italic: 'note-italic', underline: 'note-underline' },
  list: { ul: 'note-ul', ol: 'note-ol', listitem: 'note-li', nested: { listitem: 'note-li-nested' } },
  mark: 'note-quote-mark',
  markOverlap: 'note-quote-mark-overlap',
  heading: { h3: 'note-h3' },
  quote: 'note-blockquote',
};

/**
 * Headless round trips for every node a notes document can hold: build a document, serialise it
 * the way a note is saved, load it into a fresh editor, and get the same document back.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createMarkNode, $isMarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { loadNote, serialiseNote } from '../../renderer/src/editor/envelope';
import { NOTE_NODES } from '../../renderer/src/editor/nodes';
import { $selectionSpan } from '../../renderer/src/editor/offsets';
import { $markQuote, $quoteIdsInDocument, quoteIdOfMark, quoteMarkId } from '../../renderer/src/editor/quoteMarks';
import {
  $createTimestampNode,
  $isTimestampNode,
  formatElapsed,
  type TimestampNode,
} from '../../renderer/src/editor/TimestampNode';

function editor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'notes-test',
    nodes: [...NOTE_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

function build(fn: () => void): LexicalEditor {
  const e = editor();
  e.update(fn, { discrete: true });
  return e;
}

function roundTrip(source: LexicalEditor): {
  first: ReturnType<typeof serialiseNote>;
  second: ReturnType<typeof serialiseNote>;
  loaded: LexicalEditor;
} {
  const first = serialiseNote(source.getEditorState());
  const loaded = editor();
  loadNote(loaded, first.doc);
  const second = serialiseNote(loaded.getEditorState());
  return { first, second, loaded };
}

describe('notes document nodes survive serialise → load', () => {
  it('TimestampNode keeps its elapsed time, text and token mode', () => {
    const source = build(() => {
      const p = $createParagraphNode();
      p.append(
        $createTextNode('Pricing came up at '),
        $createTimestampNode(754_000),
        $createTextNode(' and again later'),
      );
      $getRoot().append(p);
    });
    const { first, second, loaded } = roundTrip(source);
    expect(second).toEqual(first);
    expect(first.plainText).toBe('Pricing came up at [12:34] and again later');
    loaded.getEditorState().read(() => {
      const stamp = $getRoot().getFirstDescendant()?.getNextSibling();
      expect($isTimestampNode(stamp)).toBe(true);
      expect((stamp as TimestampNode).getMs()).toBe(754_000);
      expect((stamp as TimestampNode).isToken()).toBe(true);
    });
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('MarkNode carries only the quote id', () => {
    const source = build(() => {
      const p = $createParagraphNode();
      const mark = $createMarkNode([quoteMarkId(42)]);
      mark.append($createTextNode('we reconcile by hand'));
      p.append($createTextNode('Every month '), mark, $createTextNode('.'));
      $getRoot().append(p);
    });
    const { first, second, loaded } = roundTrip(source);
    expect(second).toEqual(first);
    const markJson = JSON.parse(first.doc).editorState.root.children[0].children[1];
    expect(markJson).toMatchObject({ type: 'mark', ids: ['quote:42'] });
    loaded.getEditorState().read(() => {
      const mark = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex(1);
      expect($isMarkNode(mark)).toBe(true);
      expect(mark && $isMarkNode(mark) ? mark.getIDs() : []).toEqual(['quote:42']);
      expect($quoteIdsInDocument()).toEqual([42]);
    });
    expect(quoteIdOfMark('quote:42')).toBe(42);
    expect(quoteIdOfMark('comment:42')).toBeNull();
  });

  it('lists, headings and block quotes with bold and italic text', () => {
    const source = build(() => {
      const heading = $createHeadingNode('h3');
      heading.append($createTextNode('Pains'));
      const list = $createListNode('bullet');
      const item = $createListItemNode();
      item.append($createTextNode('manual ').toggleFormat('bold'), $createTextNode('exports').toggleFormat('italic'));
      list.append(item, $createListItemNode().append($createTextNode('late invoices')));
      const ordered = $createListNode('number');
      ordered.append($createListItemNode().append($createTextNode('first')));
      const quote = $createQuoteNode();
      quote.append($createTextNode('We hate month end'));
      $getRoot().append(heading, list, ordered, quote);
    });
    const { first, second, loaded } = roundTrip(source);
    expect(second).toEqual(first);
    loaded.getEditorState().read(() => {
      expect($isListNode($getRoot().getChildAtIndex(1))).toBe(true);
    });
    expect(first.plainText).toContain('manual exports');
  });
});

describe('selection offsets match the saved plain text', () => {
  it('counts blank lines between blocks, emoji as two units, and timestamps as their text', () => {
    const e = build(() => {
      const p1 = $createParagraphNode().append($createTextNode('Intro 👋🏽 é'));
      const p2 = $createParagraphNode().append(
        $createTimestampNode(5000),
        $createTextNode(' they export to CSV weekly'),
      );
      $getRoot().append(p1, p2);
    });
    let span: ReturnType<typeof $selectionSpan> = null;
    e.update(
      () => {
        const text = $getRoot().getLastChildOrThrow<ElementNode>().getLastChildOrThrow();
        const sel = $createRangeSelection();
        sel.anchor.set(text.getKey(), 1 + 'they '.length, 'text');
        sel.focus.set(text.getKey(), 1 + 'they export to CSV'.length, 'text');
        $setSelection(sel);
        span = $selectionSpan(sel);
      },
      { discrete: true },
    );
    const { plainText } = serialiseNote(e.getEditorState());
    expect(span).not.toBeNull();
    expect(plainText.slice(span!.start, span!.end)).toBe('export to CSV');
    e.update(() => void $markQuote(span!.anchor, span!.focus, 7), { discrete: true });
    const after = serialiseNote(e.getEditorState());
    expect(after.plainText).toBe(plainText);
    e.getEditorState().read(() => expect($quoteIdsInDocument()).toEqual([7]));
    expect(roundTrip(e).second).toEqual(after);
  });
});

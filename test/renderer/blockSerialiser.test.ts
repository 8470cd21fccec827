/**
 * The incremental note serialiser must give exactly what serialiseNote gives, after any sequence of
 * edits: typing, new and deleted blocks, lists, headings, timestamps, quote marks, merged blocks,
 * undo (a historic setEditorState), loading another version, and selection-only updates.
 */
import { fc, test } from '@fast-check/vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  HISTORIC_TAG,
  type EditorState,
  type ElementNode,
  type TextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { BlockSerialiser } from '../../renderer/src/editor/blockSerialiser';
import { loadNote, serialiseNote } from '../../renderer/src/editor/envelope';
import { NOTE_NODES } from '../../renderer/src/editor/nodes';
import { quoteMarkId } from '../../renderer/src/editor/quoteMarks';
import { $createTimestampNode } from '../../renderer/src/editor/TimestampNode';

function editor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'block-test',
    nodes: [...NOTE_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

const op = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    block: fc.nat(),
    text: fc.constantFrom('a', 'word ', '😀', 'é\u0301', '"quoted"', '\\'),
  }),
  fc.record({ kind: fc.constant('paragraph' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('heading' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('list' as const), at: fc.nat(), items: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('timestamp' as const), block: fc.nat(), ms: fc.nat({ max: 7_200_000 }) }),
  fc.record({ kind: fc.constant('mark' as const), block: fc.nat(), quote: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ kind: fc.constant('delete' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('select' as const), block: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.nat() }),
  fc.record({ kind: fc.constant('load' as const), back: fc.nat() }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(e: LexicalEditor, o: Op, history: EditorState[]): void {
  if (o.kind === 'undo' || o.kind === 'load') {
    const target = history[o.back % history.length]!;
    if (o.kind === 'undo') e.setEditorState(target, { tag: HISTORIC_TAG });
    else loadNote(e, serialiseNote(target).doc);
    return;
  }
  e.update(
    () => {
      const root = $getRoot();
      const blocks = root.getChildren();
      const pick = (n: number) => blocks[n % Math.max(1, blocks.length)];
      switch (o.kind) {
        case 'type': {
          const b = pick(o.block);
          if (!b || !$isElementNode(b)) return;
          const last = b.getLastDescendant();
          if ($isTextNode(last)) last.setTextContent(last.getTextContent() + o.text);
          else
            (b.getLastChild() && $isElementNode(b.getLastChild()) ? (b.getLastChild() as never as typeof b) : b).append(
              $createTextNode(o.text),
            );
          return;
        }
        case 'paragraph':
        case 'heading': {
          const p = o.kind === 'paragraph' ? $createParagraphNode() : $createHeadingNode('h2');
          p.append($createTextNode(`Block ${o.at}`));
          const b = pick(o.at);
          if (b) b.insertAfter(p);
          else root.append(p);
          return;
        }
        case 'list': {
          const list = $createListNode('bullet');
          for (let i = 0; i < o.items; i++) list.append($createListItemNode().append($createTextNode(`item ${i}`)));
          const b = pick(o.at);
          if (b) b.insertBefore(list);
          else root.append(list);
          return;
        }
        case 'timestamp': {
          const b = pick(o.block);
          if (b && $isElementNode(b))
            (b.getFirstChild() && $isElementNode(b.getFirstChild())
              ? (b.getFirstChild() as never as typeof b)
              : b
            ).append($createTimestampNode(o.ms), $createTextNode(' '));
          return;
        }
        case 'mark': {
          const b = pick(o.block);
          if (!b || !$isElementNode(b) || b.getType() === 'list') return;
          const m = $createMarkNode([quoteMarkId(o.quote)]);
          m.append($createTextNode('marked words'));
          b.append(m);
          return;
        }
        case 'delete':
          if (blocks.length > 1) pick(o.block)?.remove();
          return;
        case 'merge': {
          const b = pick(o.block);
          const next = b?.getNextSibling();
          if (
            b &&
            next &&
            $isElementNode(b) &&
            $isElementNode(next) &&
            b.getType() === 'paragraph' &&
            next.getType() === 'paragraph'
          ) {
            b.append(...next.getChildren());
            next.remove();
          }
          return;
        }
        case 'select': {
          const b = pick(o.block);
          const first = b && $isElementNode(b) ? b.getFirstDescendant() : null;
          if (!$isTextNode(first)) return;
          const s = $createRangeSelection();
          s.anchor.set(first.getKey(), 0, 'text');
          s.focus.set(first.getKey(), Math.min(1, first.getTextContentSize()), 'text');
          $setSelection(s);
          return;
        }
      }
    },
    { discrete: true },
  );
}

describe('BlockSerialiser', () => {
  it('gives the same document and text as serialiseNote for a fresh note', () => {
    const e = editor();
    e.update(
      () => {
        const p = $createParagraphNode().append($createTextNode('Pricing came up at '), $createTimestampNode(754_000));
        $getRoot().append(
          p,
          $createHeadingNode('h2').append($createTextNode('Next')),
          $createListNode('number').append($createListItemNode().append($createTextNode('one'))),
        );
      },
      { discrete: true },
    );
    const s = new BlockSerialiser(e);
    s.attach();
    expect(s.serialise(e.getEditorState())).toEqual(serialiseNote(e.getEditorState()));
  });

  it('recomputes only the block that changed', () => {
    const e = editor();
    e.update(
      () =>
        $getRoot().append(
          ...Array.from({ length: 50 }, (_, i) => $createParagraphNode().append($createTextNode(`Paragraph ${i}`))),
        ),
      { discrete: true },
    );
    const s = new BlockSerialiser(e);
    s.attach();
    s.serialise(e.getEditorState());
    const blocks = (s as unknown as { blocks: Map<string, unknown> }).blocks;
    const before = new Map(blocks);
    e.update(
      () => $getRoot().getChildAtIndex<ElementNode>(7)!.getFirstDescendant<TextNode>()!.setTextContent('changed'),
      { discrete: true },
    );
    expect(blocks.size).toBe(49);
    const out = s.serialise(e.getEditorState());
    expect(out).toEqual(serialiseNote(e.getEditorState()));
    const changed = [...blocks].filter(([k, v]) => before.get(k) !== v).length;
    expect(changed).toBe(1);
  });

  it('caches nothing while detached, and starts clean when attached again', () => {
    const e = editor();
    e.update(() => $getRoot().append($createParagraphNode().append($createTextNode('one'))), { discrete: true });
    const s = new BlockSerialiser(e);
    const detach = s.attach();
    s.serialise(e.getEditorState());
    detach(); // e.g. React StrictMode's extra unmount
    e.update(() => $getRoot().getFirstDescendant<TextNode>()!.setTextContent('two'), { discrete: true });
    expect(s.serialise(e.getEditorState())).toEqual(serialiseNote(e.getEditorState()));
    s.attach();
    e.update(() => $getRoot().getFirstDescendant<TextNode>()!.setTextContent('three'), { discrete: true });
    expect(s.serialise(e.getEditorState()).plainText).toBe('three');
  });

  test.prop([fc.array(op, { minLength: 1, maxLength: 40 })], { numRuns: 120 })(
    'matches serialiseNote after any edit sequence',
    (ops) => {
      const e = editor();
      e.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Start'))), { discrete: true });
      const s = new BlockSerialiser(e);
      const detach = s.attach();
      const history: EditorState[] = [e.getEditorState()];
      for (const o of ops) {
        apply(e, o, history);
        history.push(e.getEditorState());
        const state = e.getEditorState();
        const got = s.serialise(state);
        const want = serialiseNote(state);
        expect(got.plainText).toBe(want.plainText);
        expect(got.doc).toBe(want.doc);
      }
      detach();
    },
  );
});

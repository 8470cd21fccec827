/**
 * Quote marks follow their quotes, as Lexical's comment plugin does: a mark whose quote was deleted
 * (or undone) stops being highlighted, and with the caret in a live mark a line under the note names
 * the quote and links to it. Marks stay in the document as inert ids, so when a deleted quote comes
 * back (redo, undo of the delete) its highlight comes back too — no text position to recompute.
 * A plain click places the caret (the words stay editable mid-interview) and so names the quote;
 * Ctrl/Cmd+click on a live mark opens the quote, as a link in an editor does.
 */
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Quote } from '../../../../../shared/domain/quote';
import { workspaceHref } from '../../../routes';
import { quoteIdOfMark } from '../../quoteMarks';

export const GONE_CLASS = 'is-gone';

function liveIdsOf(node: MarkNode, live: ReadonlySet<number>): number[] {
  return node
    .getIDs()
    .map(quoteIdOfMark)
    .filter((id): id is number => id !== null && live.has(id));
}

/** Toggles the "gone" look on the DOM of the given mark nodes (all of them when keys is null). */
function paint(editor: LexicalEditor, live: ReadonlySet<number>, keys: Iterable<string> | null): void {
  editor.getEditorState().read(() => {
    const marks: MarkNode[] = [];
    if (keys === null) {
      const walk = (node: LexicalNode) => {
        if ($isMarkNode(node)) marks.push(node);
        if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
      };
      walk($getRoot());
    } else {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        if ($isMarkNode(node)) marks.push(node);
      }
    }
    for (const mark of marks) {
      editor.getElementByKey(mark.getKey())?.classList.toggle(GONE_CLASS, liveIdsOf(mark, live).length === 0);
    }
  });
}

/** The live quote marked at a DOM node (a click's target), if any. */
function quoteAtDom(target: Node, live: ReadonlySet<number>): number | null {
  const node = $getNearestNodeFromDOMNode(target);
  const mark = node ? $findMatchingParent(node, $isMarkNode) : null;
  return mark && $isMarkNode(mark) ? (liveIdsOf(mark, live)[0] ?? null) : null;
}

export function quoteHref(interviewId: number, quoteId: number): string {
  return workspaceHref(interviewId, { quoteId });
}

/** The live quote whose mark holds the caret, if any. */
function quoteAtCaret(live: ReadonlySet<number>, byId: ReadonlyMap<number, Quote>): Quote | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const mark = $findMatchingParent(selection.anchor.getNode(), $isMarkNode);
  const id = mark && $isMarkNode(mark) ? liveIdsOf(mark, live)[0] : undefined;
  return id === undefined ? null : (byId.get(id) ?? null);
}

export function QuoteMarksPlugin({
  interviewId,
  quotes,
}: {
  interviewId: number;
  quotes: readonly Quote[] | undefined;
}) {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Quote | null>(null);
  const live = useRef<ReadonlySet<number>>(new Set());
  const byId = useRef(new Map<number, Quote>());

  useEffect(() => {
    if (!quotes) return;
    byId.current = new Map(quotes.map((q) => [q.id, q]));
    live.current = new Set(byId.current.keys());
    paint(editor, live.current, null);
    setActive(editor.getEditorState().read(() => quoteAtCaret(live.current, byId.current)));
  }, [editor, quotes]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Node)) return;
      const target = event.target;
      // editor.read, not the state's: mapping a DOM node to its Lexical node needs the active editor.
      const quoteId = editor.read(() => quoteAtDom(target, live.current));
      if (quoteId === null) return;
      event.preventDefault();
      window.location.hash = quoteHref(interviewId, quoteId);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, interviewId]);

  useEffect(
    () =>
      mergeRegister(
        // Only marks that were created or changed are repainted: typing elsewhere costs nothing.
        editor.registerMutationListener(MarkNode, (mutations) => {
          const keys = [...mutations].filter(([, m]) => m !== 'destroyed').map(([key]) => key);
          if (keys.length) paint(editor, live.current, keys);
        }),
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => quoteAtCaret(live.current, byId.current));
          setActive((prev) => (prev?.id === next?.id ? prev : next));
        }),
      ),
    [editor],
  );

  if (!active) return null;
  const tags = active.codings.length;
  return (
    <p className="note-quote-bar" role="status">
      <span className="note-quote-bar-text" title={active.exactText}>
        In a quote{tags ? ` with ${tags} ${tags === 1 ? 'tag' : 'tags'}` : ', not tagged yet'}:<q>{active.exactText}</q>
      </span>
      <a className="link-button" href={quoteHref(interviewId, active.id)} title="Or Ctrl/Cmd+click the marked words">
        Open quote
      </a>
    </p>
  );
}

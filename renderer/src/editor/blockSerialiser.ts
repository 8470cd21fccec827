/**
 * Serialises a long note without rebuilding all of it on every autosave. Each top-level block's
 * JSON and plain text are kept between saves and recomputed only when Lexical reports something
 * in that block dirty; a save then joins ~2,000 cached strings instead of building a 300 KB object
 * tree and stringifying it (the garbage that made keystrokes late in long notes).
 *
 * The output is exactly serialiseNote's (a property test replays random edits, undo and state
 * replacement against it). Anything that might replace the document wholesale clears the cache.
 */
import {
  $getRoot,
  $getNodeByKey,
  $exportNodeJSON,
  $isElementNode,
  $isRootNode,
  $withCompactExport,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { NOTE_FORMAT, NOTE_FORMAT_VERSION, type NoteContent } from './envelope';

interface Block {
  json: string;
  text: string;
  /** Element blocks are separated by a blank line in the plain text; decorators are not. */
  element: boolean;
}

/** A node's JSON with its children, as EditorState.toJSON writes it (the legacy, non-compact form). */
function $exportTree(node: LexicalNode): unknown {
  const json = $exportNodeJSON(node) as { children?: unknown[] };
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($exportTree(child));
  return json;
}

function $topLevelKey(node: LexicalNode): NodeKey | null {
  let current: LexicalNode = node;
  for (let parent = current.getParent(); parent !== null && !$isRootNode(parent); parent = current.getParent())
    current = parent;
  return $isRootNode(current) ? null : current.getKey();
}

export class BlockSerialiser {
  private readonly blocks = new Map<NodeKey, Block>();
  private attached = false;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly loadTags: readonly string[] = ['load-note'],
  ) {}

  /**
   * Starts following the editor's changes (from an effect: React may detach and attach again).
   * While detached nothing is cached, so a missed update can never leave a stale block behind.
   */
  attach(): () => void {
    this.blocks.clear();
    this.attached = true;
    const unregister = this.editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) =>
      this.invalidate(editorState, dirtyElements, dirtyLeaves, tags),
    );
    return () => {
      unregister();
      this.attached = false;
      this.blocks.clear();
    };
  }

  private invalidate(
    state: EditorState,
    dirtyElements: Map<NodeKey, boolean>,
    dirtyLeaves: Set<NodeKey>,
    tags: Set<string>,
  ): void {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
    // setEditorState (undo, loading) marks only the root dirty: the whole document may have changed.
    const wholesale =
      tags.has(HISTORIC_TAG) ||
      this.loadTags.some((t) => tags.has(t)) ||
      (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'));
    if (wholesale) return this.blocks.clear();
    state.read(() => {
      for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
        const node = $getNodeByKey(key);
        // A removed node is gone from this state; its old parent is dirty too and is handled itself.
        const top = node ? $topLevelKey(node) : null;
        if (top !== null) this.blocks.delete(top);
      }
    });
  }

  /** The note as serialiseNote would give it, reusing every block that has not changed. */
  serialise(state: EditorState): NoteContent {
    return state.read(() =>
      $withCompactExport(false, () => {
        const root = $getRoot();
        const children = root.getChildren();
        const json: string[] = new Array(children.length);
        let text = '';
        const live = new Set<NodeKey>();
        children.forEach((child, i) => {
          const key = child.getKey();
          live.add(key);
          let block = this.blocks.get(key);
          if (!block) {
            block = {
              json: JSON.stringify($exportTree(child)),
              text: child.getTextContent(),
              element: $isElementNode(child) && !child.isInline(),
            };
            this.blocks.set(key, block);
          }
          json[i] = block.json;
          text += block.text;
          if (block.element && i !== children.length - 1) text += '\n\n';
        });
        for (const key of this.blocks.keys()) if (!live.has(key)) this.blocks.delete(key);
        const rootJson = $exportNodeJSON(root) as unknown as { children: unknown[] } & Record<string, unknown>;
        const { children: _empty, ...rest } = rootJson;
        const restJson = JSON.stringify(rest);
        const rootText = `{"children":[${json.join(',')}]${restJson.length > 2 ? `,${restJson.slice(1)}` : '}'}`;
        const doc = `{"format":${JSON.stringify(NOTE_FORMAT)},"version":${NOTE_FORMAT_VERSION},"editorState":{"root":${rootText}}}`;
        return { doc, plainText: text };
      }),
    );
  }
}

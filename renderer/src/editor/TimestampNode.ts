/**
 * An elapsed-time stamp typed into interview notes ("[12:05]"). A token text node: it moves and
 * deletes as one piece, and its text is part of the note's plain text, so quotes and search see it.
 */
import {
  $applyNodeReplacement,
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

export type SerializedTimestampNode = Spread<{ ms: number }, SerializedTextNode>;

/** 65_000 ms → "01:05"; an hour or more → "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export class TimestampNode extends TextNode {
  __ms: number;

  static override getType(): string {
    return 'timestamp';
  }

  static override clone(node: TimestampNode): TimestampNode {
    return new TimestampNode(node.__ms, node.__key);
  }

  static override importJSON(json: SerializedTimestampNode): TimestampNode {
    return $createTimestampNode(json.ms).updateFromJSON(json);
  }

  constructor(ms: number, key?: NodeKey) {
    super(`[${formatElapsed(ms)}]`, key);
    this.__ms = ms;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedTimestampNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedTimestampNode {
    return { ...super.exportJSON(), ms: this.getLatest().__ms };
  }

  getMs(): number {
    return this.getLatest().__ms;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('note-timestamp');
    dom.title = `Elapsed time ${formatElapsed(this.__ms)}`;
    return dom;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override isTextEntity(): true {
    return true;
  }
}

export function $createTimestampNode(ms: number): TimestampNode {
  return $applyNodeReplacement(new TimestampNode(ms).setMode('token'));
}

export function $isTimestampNode(node: LexicalNode | null | undefined): node is TimestampNode {
  return node instanceof TimestampNode;
}

/**
 * A cue's parsed tree (from the reference parser) -> plain text per voice. <v Name> gives the
 * speaker; <b>, <i>, <u>, <c.x>, <lang> and inline timestamps are dropped, keeping their text;
 * <rt> (ruby readings) is dropped with its text, because it repeats the base text as pronunciation.
 */
import type { VttTreeNode } from 'webvtt-parser';

export interface VoicePiece {
  /** The <v> annotation as written, or null outside any voice span. */
  voice: string | null;
  /** Text with the cue's line breaks kept (the rolling-caption filter needs lines). */
  text: string;
}

export function cueTreeToPieces(children: readonly VttTreeNode[]): VoicePiece[] {
  const pieces: VoicePiece[] = [];
  // Iterative walk: the tree can be deep and this must not recurse.
  const stack: { node: VttTreeNode; voice: string | null }[] = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, voice: null });
  while (stack.length > 0) {
    const { node, voice } = stack.pop()!;
    switch (node.type) {
      case 'text': {
        const last = pieces[pieces.length - 1];
        if (last && last.voice === voice) last.text += node.value;
        else pieces.push({ voice, text: node.value });
        break;
      }
      case 'timestamp':
        break;
      case 'object': {
        if (node.name === 'rt') break;
        const inner = node.name === 'v' ? (node.value ?? '').trim() || null : voice;
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, voice: inner });
        break;
      }
      default:
        break;
    }
  }
  return pieces;
}

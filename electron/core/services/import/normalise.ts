/** Segments -> speaker turns: consecutive speech by one speaker becomes one turn. */
import type { Segment, Turn } from './types';

/**
 * 'captions': segments are caption cues, a wrapped sentence split across cues, so they join
 * with a space. 'paragraphs': segments are paragraphs of a document and keep their breaks.
 */
export type MergeMode = 'captions' | 'paragraphs';

/**
 * Captions with no speaker at all (Zoom captions, YouTube) would otherwise merge into one turn an
 * hour long. Such cues are grouped into paragraphs instead: a new one starts after a pause this
 * long, or once a paragraph is this long and a sentence has ended.
 */
const UNKNOWN_SPEAKER_PAUSE_MS = 2_000;
const UNKNOWN_SPEAKER_PARAGRAPH_CHARS = 600;

export function segmentsToTurns(segments: readonly Segment[], mode: MergeMode): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | null = null;
  let lastEnd: number | null = null;
  for (const segment of segments) {
    if (segment.text.length === 0) continue;
    if (current && current.speaker === segment.speaker && !startsNewUnknownParagraph(current, segment, lastEnd, mode)) {
      const joiner = mode === 'captions' ? ' ' : '\n\n';
      const offset = current.text.length + joiner.length;
      current.text += joiner + segment.text;
      if (current.startMs === null) current.startMs = segment.startMs;
      else if (segment.startMs !== null) addCue(current, offset, segment.startMs);
      if (segment.endMs !== null) current.endMs = Math.max(current.endMs ?? segment.endMs, segment.endMs);
    } else {
      current = { speaker: segment.speaker, startMs: segment.startMs, endMs: segment.endMs, text: segment.text };
      turns.push(current);
    }
    if (segment.endMs !== null) lastEnd = segment.endMs;
  }
  // A cue that "ends before it starts" is kept (W3C rules) but must not give a negative duration.
  for (const t of turns) if (t.startMs !== null && t.endMs !== null && t.endMs < t.startMs) t.endMs = t.startMs;
  return turns;
}

/**
 * Keeps where a merged cue's words begin and when, so a quote is timed by the cue it starts in
 * (shared/domain/cueTimes.ts). A cue that starts at the time already in force adds nothing.
 */
function addCue(turn: Turn, offset: number, ms: number): void {
  const last = turn.cues?.[turn.cues.length - 1];
  const inForce = last ? last[1] : turn.startMs;
  if (ms !== inForce) (turn.cues ??= []).push([offset, ms]);
}

function startsNewUnknownParagraph(current: Turn, next: Segment, lastEnd: number | null, mode: MergeMode): boolean {
  if (current.speaker !== null) return false;
  // A document without speakers is a list of paragraphs: each stays its own turn.
  if (mode === 'paragraphs') return true;
  if (lastEnd !== null && next.startMs !== null && next.startMs - lastEnd >= UNKNOWN_SPEAKER_PAUSE_MS) return true;
  return current.text.length >= UNKNOWN_SPEAKER_PARAGRAPH_CHARS && /[.?!…]["'”’)]?$/.test(current.text);
}

/** End of the last timed turn, or null when nothing has an end time. */
export function transcriptDuration(turns: readonly Turn[]): number | null {
  let max: number | null = null;
  for (const t of turns) if (t.endMs !== null && (max === null || t.endMs > max)) max = t.endMs;
  return max;
}

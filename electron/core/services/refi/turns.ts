/**
 * The plain text of a REFI source -> speaker turns that are exact slices of it. Speaker lines are
 * found with the text-transcript heuristics (classifyLine, trustedSpeakerLines), but unlike the
 * transcript importer nothing is tidied: a turn's text is the source between one speaker line
 * and the next, so a REFI selection's position maps onto a turn by subtraction alone.
 */
import { classifyLine, type LineKind } from '../import/formats/plainText/classify';
import { trustedSpeakerLines } from '../import/formats/plainText';

export interface SourceTurn {
  speaker: string | null;
  startMs: number | null;
  /** UTF-16 offsets of the turn's text in the source text. */
  start: number;
  end: number;
}

interface Line {
  start: number;
  /** End of the line's content (before its line break). */
  end: number;
}

export function splitLinesAt(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== 0x0a && c !== 0x0d && c !== -1) continue;
    lines.push({ start, end: i });
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return lines;
}

/**
 * `strict`: the file is one Groundwork wrote, where every turn starts with a strong speaker line
 * after a blank line; such lines are trusted even when no label repeats (a one-turn interview).
 */
export function sourceTurns(text: string, opts: { strict?: boolean } = {}): SourceTurn[] {
  const lines = splitLinesAt(text);
  const kinds: LineKind[] = lines.map((l) => classifyLine(text.slice(l.start, l.end)));
  const trusted = trustedSpeakerLines(kinds);
  if (opts.strict) {
    kinds.forEach((k, i) => {
      const afterBlank = i === 0 || kinds[i - 1]!.kind === 'blank';
      if (k.kind === 'inline' && k.strong && afterBlank) trusted.add(i);
    });
  }
  const turns: SourceTurn[] = [];
  if (trusted.size === 0) return paragraphs(text, lines, kinds);

  let current: { speaker: string | null; startMs: number | null; start: number } | null = null;
  let lastContentEnd = 0;
  const close = (): void => {
    if (current && lastContentEnd > current.start) {
      turns.push({ speaker: current.speaker, startMs: current.startMs, start: current.start, end: lastContentEnd });
    }
    current = null;
  };
  kinds.forEach((k, i) => {
    const line = lines[i]!;
    if ((k.kind === 'header' || k.kind === 'inline') && trusted.has(i)) {
      close();
      if (k.kind === 'inline' && k.rest.length > 0) {
        const raw = text.slice(line.start, line.end).trimEnd();
        const restStart = line.start + raw.length - k.rest.length;
        current = { speaker: k.label, startMs: k.ms, start: restStart };
        lastContentEnd = line.start + raw.length;
      } else {
        // Header alone on its line: the turn's text begins on the next non-blank line.
        current = { speaker: k.label, startMs: k.ms, start: -1 };
        lastContentEnd = -1;
      }
      return;
    }
    if (k.kind === 'blank') return;
    if (!current) current = { speaker: null, startMs: null, start: -1 };
    const raw = text.slice(line.start, line.end);
    const lead = raw.length - raw.trimStart().length;
    if (current.start === -1) current.start = line.start + lead;
    lastContentEnd = line.start + raw.trimEnd().length;
  });
  close();
  return turns;
}

/** A text without speakers: every paragraph is its own turn, as in the transcript importer. */
function paragraphs(text: string, lines: Line[], kinds: LineKind[]): SourceTurn[] {
  const turns: SourceTurn[] = [];
  let start = -1;
  let end = -1;
  kinds.forEach((k, i) => {
    const line = lines[i]!;
    if (k.kind === 'blank') {
      if (start !== -1) turns.push({ speaker: null, startMs: null, start, end });
      start = -1;
      return;
    }
    const raw = text.slice(line.start, line.end);
    if (start === -1) start = line.start + (raw.length - raw.trimStart().length);
    end = line.start + raw.trimEnd().length;
  });
  if (start !== -1) turns.push({ speaker: null, startMs: null, start, end });
  return turns;
}

/**
 * SRT (SubRip) -> segments. Real files are messy, so this is a tolerant reader, not a validator:
 * index lines optional, ',' or '.' before milliseconds, CR/LF/CRLF, stray <i>/<font>/{\an8}
 * markup, blank or missing separator lines. A bad timecode costs the time, never the words.
 */
import { splitLines } from '../lines';
import { repeatedLabels, splitSpeakerPrefix } from '../prefixes';
import { normaliseSpeakerLabel } from '../speakers';
import { cleanInline, decodeEntities, stripMarkup } from '../text';
import { parseClock } from '../timecode';
import type { FormatResult, Segment } from '../types';

interface SrtBlock {
  line: number;
  startMs: number | null;
  endMs: number | null;
  lines: { text: string; line: number }[];
}

const TIMING = /^\s*(\S+?)\s*-->\s*(\S+)/;
const VOICE = /^<v(?:\.[^\s>]*)?\s+([^>]+)>/;

/** True when the text has at least one SRT-style timing line (hours, minutes, seconds, ms). */
export function looksLikeSrt(text: string): boolean {
  return /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/m.test(text.slice(0, 20_000));
}

export function parseSrt(text: string, fileName: string): FormatResult {
  const warnings: string[] = [];
  const blocks = readBlocks(splitLines(text), warnings);
  if (blocks.length === 0) warnings.push(`${fileName} contains no subtitles.`);
  const segments = blocksToSegments(blocks);
  const result: FormatResult = { format: 'srt', segments, warnings };
  if (!segments.some((s) => s.text.length > 0)) {
    result.emptyBecause = blocks.length === 0 ? 'it contains no subtitles' : 'its subtitles hold no words';
  }
  return result;
}

function readBlocks(lines: readonly string[], warnings: string[]): SrtBlock[] {
  const blocks: SrtBlock[] = [];
  let current: SrtBlock | null = null;
  let preamble: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.includes('-->')) {
      current = { line: lineNo, ...readTiming(line, lineNo, warnings), lines: [] };
      blocks.push(current);
      continue;
    }
    if (line.trim() === '') continue;
    // A number alone right before a timing line is the cue index, not speech.
    if (/^\s*\d+\s*$/.test(line) && (lines[i + 1] ?? '').includes('-->')) continue;
    if (current) current.lines.push({ text: line, line: lineNo });
    else preamble.push({ text: line, line: lineNo });
  }
  if (preamble.length > 0) {
    warnings.push(
      `lines ${preamble[0]!.line}-${preamble[preamble.length - 1]!.line}: text before the first timecode was kept without a time`,
    );
    blocks.unshift({ line: preamble[0]!.line, startMs: null, endMs: null, lines: preamble });
    preamble = [];
  }
  return blocks;
}

function readTiming(
  line: string,
  lineNo: number,
  warnings: string[],
): { startMs: number | null; endMs: number | null } {
  const m = TIMING.exec(line);
  if (!m) {
    warnings.push(
      `line ${lineNo}: timing line '${line.trim().slice(0, 60)}' could not be read; text kept without a time`,
    );
    return { startMs: null, endMs: null };
  }
  const start = parseClock(m[1]!);
  const end = parseClock(m[2]!);
  for (const [raw, result] of [
    [m[1]!, start],
    [m[2]!, end],
  ] as const) {
    if (!result.ok) {
      warnings.push(`line ${lineNo}: timecode '${raw.slice(0, 30)}' ${result.problem}; text kept without a time`);
      return { startMs: null, endMs: null };
    }
  }
  if (!start.ok || !end.ok) return { startMs: null, endMs: null };
  if (end.ms < start.ms) {
    warnings.push(`line ${lineNo}: subtitle ends (${m[2]}) before it starts (${m[1]}); end time dropped`);
    return { startMs: start.ms, endMs: null };
  }
  return { startMs: start.ms, endMs: end.ms };
}

/**
 * Each subtitle line may open with a speaker: `<v Name>`, `Name:` or `- Name:` (two people in
 * one subtitle). Prefix labels count only when repeated in the file; unlabelled subtitles continue
 * the last speaker, since subtitles name a speaker when it changes.
 */
function blocksToSegments(blocks: readonly SrtBlock[]): Segment[] {
  const lines = blocks.flatMap((b) =>
    b.lines.map((l) => {
      const voice = VOICE.exec(l.text.trim());
      const text = cleanInline(decodeEntities(stripMarkup(l.text)));
      return { block: b, line: l.line, voice: voice ? normaliseSpeakerLabel(voice[1]!) : undefined, text };
    }),
  );
  const prefixes = lines.map((l) => (l.voice === undefined ? splitSpeakerPrefix(l.text) : null));
  const trusted = repeatedLabels(prefixes);
  const segments: Segment[] = [];
  let speaker: string | null = null;
  let last: Segment | null = null;
  let lastBlock: SrtBlock | null = null;
  lines.forEach((l, i) => {
    let text = l.text;
    let changed = false;
    const p = prefixes[i];
    if (l.voice !== undefined) {
      changed = l.voice !== speaker;
      speaker = l.voice;
    } else if (p && trusted.has(p.label)) {
      changed = p.label !== speaker;
      speaker = p.label;
      text = p.rest.trim();
    }
    if (last && lastBlock === l.block && !changed) {
      last.text = last.text && text ? `${last.text} ${text}` : last.text || text;
      return;
    }
    last = { speaker, startMs: l.block.startMs, endMs: l.block.endMs, text, line: l.line };
    lastBlock = l.block;
    segments.push(last);
  });
  return segments;
}

/**
 * Plain text, Markdown and Word (after text extraction) transcripts -> segments. Lines are
 * classified one by one (classify.ts); this file decides, across the whole file, which labels are
 * really speakers, then walks the lines building paragraphs.
 */
import { assertNever } from '../../../../../../shared/errors';
import { splitLines } from '../../lines';
import { cleanInline } from '../../text';
import type { FormatResult, Segment, TranscriptFlavour, TranscriptFormat } from '../../types';
import { classifyLine, isStrongHeader, type HeaderStyle, type LineKind } from './classify';
import { stripInlineEmphasis, stripMarkdownStructure } from './markdown';
import { isPlausibleSpeakerLabel, normaliseSpeakerLabel } from '../../speakers';

export interface PlainTextInput {
  text: string;
  format: Extract<TranscriptFormat, 'text' | 'markdown' | 'docx'>;
}

/** Footers tools append that are not speech. */
const TOOL_FOOTER = /^transcribed by https?:\/\/otter\.ai\b/i;
/** A singleton speaker label is trusted only in a file with at least this many repeated ones. */
const STRUCTURED_MIN_SPEAKER_LINES = 2;

type Candidate = Extract<LineKind, { kind: 'header' } | { kind: 'inline' }>;

export function parsePlainText({ text, format }: PlainTextInput): FormatResult {
  const warnings: string[] = [];
  let lines = splitLines(text);
  let headings: string[] = [];
  let headingLines: number[] = [];
  if (format === 'markdown') ({ lines, headings, headingLines } = stripMarkdownStructure(lines));
  const sawOtterFooter = lines.some((l) => TOOL_FOOTER.test(l.trim()));
  const kinds = lines.map((l) => (TOOL_FOOTER.test(l.trim()) ? ({ kind: 'blank' } as const) : classifyLine(l)));
  promoteTeamsNames(kinds, lines);
  const trusted = trustedSpeakerLines(kinds);
  const tidy = format === 'markdown' ? (s: string) => cleanInline(stripInlineEmphasis(s)) : cleanInline;

  const segments: Segment[] = [];
  let speaker: string | null = null;
  let start: number | null = null;
  let end: number | null = null;
  let pendingMs: number | null = null;
  let buffer: string[] = [];
  let bufferLine = 0;
  let firstSpeakerLine: number | null = null;
  const styles = new Map<HeaderStyle | 'inline', number>();

  const flush = (): void => {
    const joined = tidy(buffer.join(' '));
    if (joined.length > 0) {
      segments.push({ speaker, startMs: start ?? pendingMs, endMs: end, text: joined, line: bufferLine });
      pendingMs = null;
      start = null;
      end = null;
    }
    buffer = [];
  };
  const addText = (value: string, lineNo: number): void => {
    if (buffer.length === 0) bufferLine = lineNo;
    buffer.push(value);
  };

  kinds.forEach((k, i) => {
    const lineNo = i + 1;
    if ((k.kind === 'header' || k.kind === 'inline') && trusted.has(i)) {
      flush();
      firstSpeakerLine ??= lineNo;
      speaker = k.label;
      start = k.ms ?? pendingMs;
      end = k.kind === 'header' && k.style === 'teams-timing' ? teamsEnd(kinds, i) : null;
      styles.set(
        k.kind === 'header' ? k.style : 'inline',
        (styles.get(k.kind === 'header' ? k.style : 'inline') ?? 0) + 1,
      );
      if (k.kind === 'inline' && k.rest.length > 0) addText(k.rest, lineNo);
      return;
    }
    switch (k.kind) {
      case 'blank':
        flush();
        return;
      case 'timing':
        flush();
        pendingMs = k.startMs;
        return;
      case 'clock':
        flush();
        pendingMs = k.ms;
        return;
      case 'text':
        if (buffer.length === 0 && k.ms !== null && start === null) start = k.ms;
        addText(k.text, lineNo);
        return;
      case 'header':
      case 'inline':
        // Not trusted as a speaker: it is ordinary text, kept exactly as written.
        addText(lines[i]!.trim(), lineNo);
        return;
      default:
        assertNever(k, 'line kind');
    }
  });
  flush();

  const preface =
    firstSpeakerLine === null
      ? []
      : takePreface(segments, firstSpeakerLine, headings.map(tidy), headingLines, warnings);
  const flavour = textFlavour(styles, kinds, format, sawOtterFooter, headings);
  if (flavour === 'zoom-captions') makeRelative(segments);
  const result: FormatResult = flavour ? { format, flavour, segments, warnings } : { format, segments, warnings };
  if (preface.length > 0) result.preface = preface;
  return result;
}

/**
 * A document's title page — a title, a date, "Attendees …" — comes before the first speaker and is
 * nobody's words. Untimed paragraphs (and Markdown headings) before the first speaker line are taken
 * out of the speech and returned as the preface; a timed one is speech without a name and stays.
 */
function takePreface(
  segments: Segment[],
  firstSpeakerLine: number,
  headings: readonly string[],
  headingLines: readonly number[],
  warnings: string[],
): string[] {
  const before = segments.filter((s) => s.speaker === null && (s.line ?? 0) < firstSpeakerLine);
  const timed = before.filter((s) => s.startMs !== null);
  const untimed = before.filter((s) => s.startMs === null);
  const pieces = [
    ...headings.flatMap((text, i) => (headingLines[i]! < firstSpeakerLine ? [{ line: headingLines[i]!, text }] : [])),
    ...untimed.map((s) => ({ line: s.line ?? 0, text: s.text })),
  ].sort((a, b) => a.line - b.line);
  if (untimed.length > 0) {
    for (const s of untimed) segments.splice(segments.indexOf(s), 1);
    const first = untimed[0]!.line ?? 0;
    const last = untimed[untimed.length - 1]!.line ?? 0;
    const where = first === last ? `line ${first}` : `lines ${first}-${last}`;
    warnings.push(
      `${where}: text before the first speaker was kept as the transcript's preface (a title or header, not speech)`,
    );
  }
  if (timed.length > 0) {
    warnings.push(
      `lines ${timed[0]!.line}-${firstSpeakerLine - 1}: timed text before the first speaker was kept without a speaker`,
    );
  }
  return pieces.map((p) => p.text).filter((t) => t.length > 0);
}

/**
 * Zoom's saved captions stamp each line with the time of day ("[Jane] 10:02:33"), not the time
 * into the recording; the first caption is taken as the start so times line up with the media.
 */
function makeRelative(segments: Segment[]): void {
  const origin = segments.find((s) => s.startMs !== null)?.startMs;
  if (origin == null) return;
  for (const s of segments) {
    if (s.startMs !== null) s.startMs = Math.max(0, s.startMs - origin);
    if (s.endMs !== null) s.endMs = Math.max(0, s.endMs - origin);
  }
}

/**
 * Teams' older Word export puts the speaker's name on its own line after a timing line
 * ("0:0:3.420 --> 0:0:8.150", "Jane Doe", text). The name line is promoted to a header when a
 * plausible label follows the timing and text follows the name. When most timing lines of the file
 * open such a block, the layout itself says who speaks: those names are trusted even when a person
 * speaks once, and a directory name longer than a usual label ("Okafor, Tom (Northwind Freight Group
 * Ltd.)") is accepted. A file of timed captions is not taken for it: its "names" would all differ.
 */
function promoteTeamsNames(kinds: LineKind[], lines: readonly string[]): void {
  const blocks: { nameAt: number; header: Extract<LineKind, { kind: 'header' }> }[] = [];
  let timings = 0;
  for (let i = 0; i < kinds.length; i++) {
    const timing = kinds[i]!;
    if (timing.kind !== 'timing') continue;
    timings++;
    const nameAt = nextNonBlank(kinds, i + 1);
    if (nameAt === -1) continue;
    const name = kinds[nameAt]!;
    const textAt = nextNonBlank(kinds, nameAt + 1);
    if (textAt === -1 || kinds[textAt]!.kind === 'timing') continue;
    if (name.kind !== 'text' && name.kind !== 'header') continue;
    const raw = lines[nameAt]!.trim();
    const reclassified = classifyLine(`[${raw}]`);
    if (reclassified.kind === 'header') {
      blocks.push({ nameAt, header: { ...reclassified, style: 'teams-timing', ms: timing.startMs } });
    } else if (isPlausibleDirectoryName(raw)) {
      blocks.push({
        nameAt,
        header: { kind: 'header', style: 'teams-timing', label: normaliseSpeakerLabel(raw), raw, ms: timing.startMs },
      });
    }
  }
  const distinct = new Set(blocks.map((b) => b.header.label)).size;
  const layout =
    blocks.length >= 2 && blocks.length >= 0.8 * timings && distinct <= Math.max(3, Math.ceil(blocks.length * 0.75));
  for (const b of blocks) {
    // Without the layout, only labels the strict check accepts are promoted (and must then repeat).
    if (layout) kinds[b.nameAt] = { ...b.header, layout: true };
    else if (isPlausibleSpeakerLabel(b.header.label ?? 'Unknown')) kinds[b.nameAt] = b.header;
  }
}

/** A name as a company directory writes it: longer than a usual label, but still a name. */
function isPlausibleDirectoryName(raw: string): boolean {
  const label = normaliseSpeakerLabel(raw);
  if (label === null || label.length > 80 || label.split(' ').length > 10) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(label)) return false;
  if (!/^[\p{L}\p{M}\p{N} .,'’&()_/@-]+$/u.test(label)) return false;
  return !/[.,;:?!…]$/.test(label) || /\)$/.test(label);
}

function teamsEnd(kinds: readonly LineKind[], headerAt: number): number | null {
  for (let j = headerAt - 1; j >= 0; j--) {
    const k = kinds[j]!;
    if (k.kind === 'timing') return k.endMs;
    if (k.kind !== 'blank') return null;
  }
  return null;
}

function nextNonBlank(kinds: readonly LineKind[], from: number): number {
  for (let j = from; j < kinds.length; j++) if (kinds[j]!.kind !== 'blank') return j;
  return -1;
}

function prevIsBlank(kinds: readonly LineKind[], at: number): boolean {
  const prev = kinds[at - 1];
  return prev === undefined || prev.kind === 'blank' || prev.kind === 'timing' || prev.kind === 'clock';
}

/**
 * Which candidate lines are speakers. A label must start at least two lines; a label seen once is
 * accepted only in a file that is clearly a transcript already (two or more repeated speaker
 * lines) and only in a strong form: a timestamped/bracketed/bold header after a blank line, or an
 * inline `Name: text` in a file where most lines are such. A header-only line must be followed by
 * text, not by another header. This keeps "Note: ..." in prose and "https://..." out.
 */
export function trustedSpeakerLines(kinds: readonly LineKind[]): Set<number> {
  const candidates: { at: number; k: Candidate }[] = [];
  kinds.forEach((k, at) => {
    if (k.kind === 'header') {
      const next = nextNonBlank(kinds, at + 1);
      const follower = next === -1 ? undefined : kinds[next];
      if (!follower || follower.kind === 'header') return;
      candidates.push({ at, k });
    } else if (k.kind === 'inline') {
      candidates.push({ at, k });
    }
  });
  const key = (k: Candidate): string => k.label ?? '\u0000unknown';
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(key(c.k), (counts.get(key(c.k)) ?? 0) + 1);
  const repeated = candidates.filter((c) => counts.get(key(c.k))! >= 2);
  const trusted = new Set(repeated.map((c) => c.at));
  // Names the legacy Teams layout places (see promoteTeamsNames) need no repetition.
  const byLayout = candidates.filter((c) => c.k.kind === 'header' && c.k.layout).map((c) => c.at);
  if (repeated.length < STRUCTURED_MIN_SPEAKER_LINES) return new Set(byLayout);
  for (const at of byLayout) trusted.add(at);

  const nonBlank = kinds.filter((k) => k.kind !== 'blank').length;
  const inlineShare = repeated.filter((c) => c.k.kind === 'inline').length / Math.max(1, nonBlank);
  for (const c of candidates) {
    if (trusted.has(c.at)) continue;
    const k = c.k;
    const strongHeader = k.kind === 'header' && isStrongHeader(k.style) && prevIsBlank(kinds, c.at);
    const strongInline =
      k.kind === 'inline' && (k.strong || (inlineShare >= 0.5 && (k.label ?? '').split(' ').length <= 3));
    if (strongHeader || strongInline) trusted.add(c.at);
  }
  return trusted;
}

function textFlavour(
  styles: ReadonlyMap<HeaderStyle | 'inline', number>,
  kinds: readonly LineKind[],
  format: PlainTextInput['format'],
  sawOtterFooter: boolean,
  headings: readonly string[],
): TranscriptFlavour | undefined {
  let top: HeaderStyle | 'inline' | undefined;
  let topCount = 0;
  for (const [style, n] of styles) if (n > topCount) [top, topCount] = [style, n];
  if (top === undefined) return sawOtterFooter ? 'otter' : undefined;
  switch (top) {
    case 'otter':
      // Teams' Word export and Otter share "Name  0:03"; Otter signs its exports.
      return format === 'docx' && !sawOtterFooter ? 'teams' : 'otter';
    case 'zoom-captions':
      return 'zoom-captions';
    case 'teams-timing':
      return 'teams';
    case 'inline': {
      // Google Meet's transcript document: "Name: text" with a bare timestamp every few minutes.
      const clocks = kinds.filter((k) => k.kind === 'clock').length;
      const titled = headings.some((h) => /transcript$/i.test(h));
      return clocks >= 2 || (clocks >= 1 && titled) ? 'meet' : undefined;
    }
    case 'bracket':
    case 'bold':
    case 'colon':
      return undefined;
    default:
      return assertNever(top, 'header style');
  }
}

/** WebVTT -> segments: raw cues, then voices or "Name:" prefixes, rolling-caption clean-up, flavour. */
import { splitSpeakerPrefix, repeatedLabels, type SpeakerPrefix } from '../../prefixes';
import { normaliseSpeakerLabel } from '../../speakers';
import { cleanInline } from '../../text';
import type { FormatResult, Segment } from '../../types';
import { cueTreeToPieces, type VoicePiece } from './cueText';
import { parseWebVttCues } from './cues';
import { detectVttFlavour } from './flavour';
import { padLooseTimings } from './looseTimings';
import { looksRolling, RollingFilter } from './rolling';

export { parseWebVttCues } from './cues';

export function parseWebVtt(text: string, fileName: string): FormatResult {
  const loose = padLooseTimings(text);
  const file = parseWebVttCues(loose.text, fileName);
  const warnings = [...file.warnings];
  if (loose.first) {
    const lines = loose.count === 1 ? 'timing line is' : `${loose.count} timing lines are`;
    warnings.unshift(
      `line ${loose.first.line}: ${lines} written with one-digit fields ('${loose.first.raw.slice(0, 60)}'), as some versions of Teams do; read as ordinary times (0:0:1.0 = 00:00:01.000)`,
    );
  }
  const cuePieces: VoicePiece[][] = file.cues.map((c) => cueTreeToPieces(c.tree.children));
  const hasVoices = cuePieces.some((ps) => ps.some((p) => p.voice !== null));
  const cueLines = cuePieces.map((ps) =>
    ps
      .map((p) => p.text)
      .join('')
      .split('\n')
      .map(cleanInline)
      .filter((l) => l.length > 0),
  );
  const rolling = !hasVoices && looksRolling(cueLines);

  // One raw segment per voice piece (or per cue's new lines for rolling captions).
  const raw: { voice: string | null; startMs: number; endMs: number; text: string }[] = [];
  const filter = new RollingFilter();
  file.cues.forEach((cue, i) => {
    const startMs = Math.round(cue.start * 1000);
    const endMs = Math.round(cue.end * 1000);
    if (rolling) {
      raw.push({ voice: null, startMs, endMs, text: filter.add(cueLines[i]!).join(' ') });
      return;
    }
    for (const piece of cuePieces[i]!) raw.push({ voice: piece.voice, startMs, endMs, text: cleanInline(piece.text) });
  });

  const prefixes: (SpeakerPrefix | null)[] = hasVoices ? [] : raw.map((r) => splitSpeakerPrefix(r.text));
  const trusted = repeatedLabels(prefixes);
  const hasPrefixSpeakers = trusted.size > 0;

  const segments: Segment[] = [];
  // Caption files name a speaker when the speaker changes; unlabelled cues continue that speaker.
  let current: string | null = null;
  raw.forEach((r, i) => {
    let textOut = r.text;
    if (hasVoices) {
      if (r.voice !== null) current = normaliseSpeakerLabel(r.voice);
    } else {
      const p = prefixes[i];
      if (p && trusted.has(p.label)) {
        current = p.label;
        textOut = p.rest.trim();
      }
    }
    segments.push({ speaker: current, startMs: r.startMs, endMs: r.endMs, text: textOut });
  });

  if (file.cues.length === 0) warnings.push(`${fileName} is a valid WebVTT file but contains no captions.`);
  const flavour = detectVttFlavour({
    cues: file.cues,
    headerLines: file.headerLines,
    hasVoices,
    hasPrefixSpeakers,
    rolling,
  });
  const result: FormatResult = flavour
    ? { format: 'webvtt', flavour, segments, warnings }
    : { format: 'webvtt', segments, warnings };
  if (!segments.some((s) => s.text.length > 0)) result.emptyBecause = whyEmpty(file.cues.length, file.warnings);
  return result;
}

/** The reason a WebVTT file gave no speech, in words that say what to look at. */
function whyEmpty(cueCount: number, fileWarnings: readonly string[]): string {
  const skipped = fileWarnings.filter((w) => w.endsWith('cue skipped'));
  if (cueCount === 0 && skipped.length > 0) {
    const n = skipped.length === 1 ? 'its only caption timing' : `all ${skipped.length} of its caption timings`;
    return `${n} could not be read (${skipped[0]!.replace(/; cue skipped$/, '')})`;
  }
  if (cueCount === 0) return 'it is a valid WebVTT file but holds no captions';
  return 'its captions hold no words';
}

/** WebVTT -> segments: raw cues, then voices or "Name:" prefixes, rolling-caption clean-up, flavour. */
import { splitSpeakerPrefix, repeatedLabels, type SpeakerPrefix } from '../../prefixes';
import { normaliseSpeakerLabel } from '../../speakers';
import { cleanInline } from '../../text';
import type { FormatResult, Segment } from '../../types';
import { cueTreeToPieces, type VoicePiece } from './cueText';
import { parseWebVttCues } from './cues';
import { detectVttFlavour } from './flavour';
import { looksRolling, RollingFilter } from './rolling';

export { parseWebVttCues } from './cues';

export function parseWebVtt(text: string, fileName: string): FormatResult {
  const file = parseWebVttCues(text, fileName);
  const warnings = [...file.warnings];
  const cuePieces: VoicePiece[][] = file.cues.map((c) => cueTreeToPieces(c.tree.children));
  const hasVoices = cuePieces.some((ps) => ps.some((p) => p.voice !== null));
  const cueLines = cuePieces.map((ps) =>
    ps.map((p) => p.text).join('').split('\n').map(cleanInline).filter((l) => l.length > 0),
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
  const flavour = detectVttFlavour({ cues: file.cues, headerLines: file.headerLines, hasVoices, hasPrefixSpeakers, rolling });
  return flavour ? { format: 'webvtt', flavour, segments, warnings } : { format: 'webvtt', segments, warnings };
}

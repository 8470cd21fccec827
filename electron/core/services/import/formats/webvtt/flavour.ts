/** Which tool wrote a WebVTT file, from cue ids, header and speaker style. Best guesses, documented. */
import type { TranscriptFlavour } from '../../types';
import type { RawCue } from './cues';

/** Teams cue ids: a GUID, optionally followed by "/<n>-<m>". */
const TEAMS_CUE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/\d+-\d+)?$/i;

export interface VttSignals {
  cues: readonly RawCue[];
  headerLines: readonly string[];
  hasVoices: boolean;
  hasPrefixSpeakers: boolean;
  rolling: boolean;
}

export function detectVttFlavour(s: VttSignals): TranscriptFlavour | undefined {
  if (s.cues.some((c) => TEAMS_CUE_ID.test(c.id))) return 'teams';
  const youtubeHeader =
    s.headerLines.some((l) => /^Kind:\s*captions\b/i.test(l)) && s.headerLines.some((l) => /^Language:/i.test(l));
  if (s.rolling || youtubeHeader) return 'youtube';
  // Zoom numbers every cue 1, 2, 3...; with "Name: text" it is the cloud transcript, without it
  // the closed-caption file.
  const numbered = s.cues.length > 0 && s.cues.every((c) => /^\d+$/.test(c.id));
  if (numbered && s.hasPrefixSpeakers) return 'zoom';
  if (numbered && !s.hasVoices) return 'zoom-captions';
  return undefined;
}

/**
 * Speaker labels: what may count as one (so "Note: ..." in prose or "https://..." never becomes a
 * speaker), how labels are tidied, and the per-speaker summary.
 */
import type { SpeakerSummary, Turn } from './types';

const MAX_LABEL_LENGTH = 40;
const MAX_LABEL_WORDS = 5;

/**
 * Words that start "Label: text" lines in notes and prose but never name a speaker. Compared
 * case-insensitively after tidying.
 */
const NOT_SPEAKERS = new Set([
  'note',
  'notes',
  'nb',
  'ps',
  'p.s',
  'example',
  'e.g',
  'i.e',
  'update',
  'warning',
  'caution',
  'tip',
  'important',
  'summary',
  'subject',
  're',
  'fwd',
  'date',
  'time',
  'location',
  'attendees',
  'agenda',
  'title',
  'duration',
  'source',
  'link',
  'url',
  'email',
  'e-mail',
  'phone',
  'action items',
  'takeaway',
  'takeaways',
  'quote',
  'context',
  'background',
  'goal',
  'goals',
  'result',
  'results',
  'next steps',
  'todo',
  'fyi',
  'http',
  'https',
  'ftp',
  'mailto',
  'file',
  'meeting',
  'recording',
  'transcript',
  'language',
  'kind',
  'tags',
  'keywords',
  'participants',
  'company',
  'role',
  'pros',
  'cons',
]);

/** Labels tools use for "we do not know who spoke": mapped to the null speaker. */
const UNKNOWN_LABELS = new Set(['unknown', 'unknown speaker', 'unidentified speaker', '?']);

/**
 * Tidies a raw label: trims, collapses spaces, strips wrapping brackets and markdown emphasis,
 * and turns a directory-style "Surname, Given" (Teams, Outlook) into "Given Surname".
 * Returns null for "Unknown Speaker" and empty labels.
 */
export function normaliseSpeakerLabel(raw: string): string | null {
  let label = raw.replace(/\s+/g, ' ').trim();
  label = label.replace(/^[*_]{1,3}(.*?)[*_]{1,3}$/, '$1').trim();
  label = label
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (label.length === 0 || UNKNOWN_LABELS.has(label.toLowerCase())) return null;
  const comma = /^([\p{L}'’-]+(?: [\p{L}'’-]+){0,2}), ([\p{L}'’-]+(?: [\p{L}'’-]+){0,2})( \([^()]*\))?$/u.exec(label);
  if (comma && isCapitalised(comma[1]!) && isCapitalised(comma[2]!)) {
    label = `${comma[2]} ${comma[1]}${comma[3] ?? ''}`;
  }
  return label;
}

function isCapitalised(words: string): boolean {
  return words.split(' ').every((w) => /^[\p{Lu}\p{Lt}]/u.test(w));
}

/**
 * Could this (already tidied) text be a speaker's name or role? Short, starts with a capital
 * letter (or is a script without case), has no sentence punctuation, is not a URL scheme or a
 * word prose uses as a heading. Repetition across the file is checked by the caller.
 */
export function isPlausibleSpeakerLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  if (label.split(' ').length > MAX_LABEL_WORDS) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}]/u.test(label)) return false;
  if (!/^[\p{L}\p{M}\p{N} .,'’&()_-]+$/u.test(label)) return false;
  // A full stop is fine in "Dr. Smith" or "J. Doe", not after a long word ("Thanks. So").
  if (/\p{L}{4,}\.(?: |$)/u.test(label)) return false;
  if (NOT_SPEAKERS.has(label.toLowerCase())) return false;
  if (/^(step|part|section|chapter|item|point|option|question) \d+$/i.test(label)) return false;
  return true;
}

/** Turn counts and talk time per speaker, in order of first appearance. */
export function summariseSpeakers(turns: readonly Turn[]): SpeakerSummary[] {
  const byLabel = new Map<string | null, SpeakerSummary>();
  turns.forEach((turn, i) => {
    let summary = byLabel.get(turn.speaker);
    if (!summary) {
      summary = { label: turn.speaker, turnCount: 0, talkMs: 0 };
      byLabel.set(turn.speaker, summary);
    }
    summary.turnCount++;
    summary.talkMs += talkTime(turn, turns[i + 1]);
  });
  return [...byLabel.values()];
}

/**
 * Without an end time the next turn's start bounds the turn, but a long silence or a gap in the
 * file would then count as talk; nobody speaks slower than a word a second, so that caps it.
 */
function talkTime(turn: Turn, next: Turn | undefined): number {
  if (turn.startMs === null) return 0;
  if (turn.endMs !== null) return Math.max(0, turn.endMs - turn.startMs);
  if (next?.startMs == null) return 0;
  const words = turn.text.split(/\s+/).length;
  return Math.min(Math.max(0, next.startMs - turn.startMs), 5_000 + words * 1_000);
}

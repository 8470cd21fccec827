/**
 * First guesses for the speaker mapping screen: names that match a participant, and the
 * interviewer (a known interviewer name, or the speaker who mostly asks questions).
 */
import type { Database } from 'better-sqlite3';
import type { StagedSpeaker } from '../../../../shared/domain/transcript';
import { interviewerNames } from '../../repos/interviews';
import { participantNamesToMatch } from '../../repos/names';
import type { ParsedTranscript } from '../import/types';

interface Person {
  id: number;
  pseudonym: string;
  real_name: string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function suggestSpeakers(db: Database, parsed: ParsedTranscript): StagedSpeaker[] {
  return suggestFromSummary(db, parsed.speakers, likelyInterviewer(parsed));
}

/**
 * The same suggestions from the speaker summary alone, with the likely interviewer worked out
 * where the turns are (the import worker), so the turns never have to reach this thread.
 */
export function suggestFromSummary(
  db: Database,
  speakers: ParsedTranscript['speakers'],
  asker: string | null,
): StagedSpeaker[] {
  const people: Person[] = participantNamesToMatch(db);
  const interviewers = new Set(interviewerNames(db).map(norm));

  return speakers.map((s) => {
    const base = { label: s.label, turnCount: s.turnCount, talkMs: s.talkMs };
    if (s.label === null) {
      return {
        ...base,
        suggestion: { role: 'participant' as const, participantId: null, reason: 'The file does not say who spoke.' },
      };
    }
    const label = norm(s.label);
    const person = people.find((p) => norm(p.real_name) === label || norm(p.pseudonym) === label);
    if (person) {
      return {
        ...base,
        suggestion: {
          role: 'participant' as const,
          participantId: person.id,
          reason: `Same name as participant ${person.pseudonym}.`,
        },
      };
    }
    if (interviewers.has(label)) {
      return {
        ...base,
        suggestion: {
          role: 'interviewer' as const,
          participantId: null,
          reason: 'Named as interviewer on another interview.',
        },
      };
    }
    if (asker === s.label) {
      return {
        ...base,
        suggestion: { role: 'interviewer' as const, participantId: null, reason: 'Asks most of the questions.' },
      };
    }
    return {
      ...base,
      suggestion: {
        role: 'participant' as const,
        participantId: null,
        reason: 'New person: a participant will be created.',
      },
    };
  });
}

/** The speaker whose turns are most often questions, if that is clearly one speaker. */
export function likelyInterviewer(parsed: ParsedTranscript): string | null {
  const named = parsed.speakers.filter((s) => s.label !== null);
  if (named.length < 2) return null;
  const share = new Map<string, { q: number; n: number }>();
  for (const t of parsed.turns) {
    if (t.speaker === null) continue;
    const e = share.get(t.speaker) ?? { q: 0, n: 0 };
    e.n++;
    if (/\?\s*$/.test(t.text) || /\?\s/.test(t.text)) e.q++;
    share.set(t.speaker, e);
  }
  const ranked = [...share.entries()]
    .map(([label, e]) => ({ label, ratio: e.q / e.n, n: e.n }))
    .sort((a, b) => b.ratio - a.ratio);
  const [first, second] = ranked;
  if (!first || first.ratio < 0.3 || first.n < 2) return null;
  if (second && second.ratio >= first.ratio * 0.8) return null; // no clear asker
  return first.label;
}

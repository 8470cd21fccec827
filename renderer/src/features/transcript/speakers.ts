/** How a speaker is shown: a name, a role word and a colour class (participants get distinct colours). */
import type { TranscriptSpeaker } from '../../../../shared/domain/transcript';

export interface SpeakerLook {
  name: string;
  role: TranscriptSpeaker['role'];
  roleLabel: string;
  colourClass: string;
  /** Interviewer and "other" turns are context, not evidence. */
  evidence: boolean;
}

const ROLE_LABELS: Record<TranscriptSpeaker['role'], string> = {
  participant: 'Participant',
  interviewer: 'Interviewer',
  other: 'Other',
};

const PARTICIPANT_COLOURS = 6;

/** `nameOf` says how a speaker is named (real name and pseudonym, or pseudonym when presenting). */
export function speakerLooks(
  speakers: readonly TranscriptSpeaker[],
  nameOf: (s: TranscriptSpeaker) => string = (s) => s.participantPseudonym ?? s.label,
): Map<number, SpeakerLook> {
  const out = new Map<number, SpeakerLook>();
  let n = 0;
  for (const s of speakers) {
    const colourClass =
      s.role === 'participant'
        ? `speaker-c${n++ % PARTICIPANT_COLOURS}`
        : s.role === 'interviewer'
          ? 'speaker-interviewer'
          : 'speaker-other';
    out.set(s.id, {
      name: nameOf(s),
      role: s.role,
      roleLabel: ROLE_LABELS[s.role],
      colourClass,
      evidence: s.countsAsEvidence,
    });
  }
  return out;
}

export const UNKNOWN_LOOK: SpeakerLook = {
  name: 'Unknown speaker',
  role: 'other',
  roleLabel: 'Other',
  colourClass: 'speaker-other',
  evidence: false,
};

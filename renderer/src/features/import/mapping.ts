/**
 * The speaker mapping as the review screen holds it: one choice per detected speaker, encoded as a
 * select value, turned into the contract's SpeakerMapping on import.
 */
import type { SpeakerMapping, StagedSpeaker } from '../../../../shared/domain/transcript';
import { UNKNOWN_SPEAKER_LABEL } from '../../../../shared/domain/transcript';

/** 'new' | 'unassigned' | 'interviewer' | 'other' | `p:<participant id>` */
export type SpeakerChoice = string;

export const NEW_PARTICIPANT = 'new';
export const UNASSIGNED = 'unassigned';
export const INTERVIEWER = 'interviewer';
export const OTHER = 'other';

export const participantChoice = (id: number): SpeakerChoice => `p:${id}`;

export function speakerName(speaker: Pick<StagedSpeaker, 'label'>): string {
  return speaker.label ?? UNKNOWN_SPEAKER_LABEL;
}

export function suggestedChoice(speaker: StagedSpeaker): SpeakerChoice {
  const { role, participantId } = speaker.suggestion;
  if (role === 'interviewer') return INTERVIEWER;
  if (role === 'other') return OTHER;
  if (participantId !== null) return participantChoice(participantId);
  return speaker.label === null ? UNASSIGNED : NEW_PARTICIPANT;
}

/** Only participant speakers count as evidence; say so next to the choice. */
export function countsAsEvidence(choice: SpeakerChoice): boolean {
  return choice !== INTERVIEWER && choice !== OTHER;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The mapping sent to the core. `createdEarlier` holds participants this batch already created
 * (by normalised name), so the same new speaker in two files becomes one person, not two.
 */
export function toMapping(
  speaker: StagedSpeaker,
  choice: SpeakerChoice,
  createdEarlier: ReadonlyMap<string, number>,
): SpeakerMapping {
  const label = speaker.label;
  if (choice === INTERVIEWER || choice === OTHER) {
    return { label, role: choice, participantId: null, createParticipant: false };
  }
  if (choice.startsWith('p:')) {
    return { label, role: 'participant', participantId: Number(choice.slice(2)), createParticipant: false };
  }
  if (choice === NEW_PARTICIPANT && label !== null) {
    const existing = createdEarlier.get(norm(label));
    if (existing !== undefined)
      return { label, role: 'participant', participantId: existing, createParticipant: false };
    return { label, role: 'participant', participantId: null, createParticipant: true };
  }
  return { label, role: 'participant', participantId: null, createParticipant: false };
}

export function nameKey(name: string): string {
  return norm(name);
}

/** What the core would call the interview: the file name without its extension. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base.replace(/_+/g, ' ').trim().slice(0, 200) || 'Imported interview';
}

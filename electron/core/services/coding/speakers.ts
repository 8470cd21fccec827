/**
 * Mapping a transcript's speakers after import: who a speaker is decides whether their words count as
 * evidence (only a speaker mapped to a participant counts). One undoable step per mapping.
 */
import type { SpeakerRole } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { getParticipant } from '../../repos/participants';
import { speakerRow } from '../../repos/transcripts';

export function mapSpeaker(
  ctx: ProjectContext,
  input: { speakerId: number; role: SpeakerRole; participantId: number | null },
): { interviewId: number } {
  const speaker = speakerRow(ctx.db, input.speakerId);
  if (!speaker) throw new AppError('NOT_FOUND', 'That speaker is no longer in the transcript.');
  if (input.role !== 'participant' && input.participantId !== null) {
    throw new AppError('VALIDATION', 'Only a participant speaker is mapped to a participant.', {
      participantId: 'Choose “Participant” as the role first.',
    });
  }
  const person = input.participantId === null ? null : (getParticipant(ctx.db, input.participantId) ?? null);
  if (input.participantId !== null && !person) throw new AppError('NOT_FOUND', 'That participant no longer exists.');
  const counts = input.role === 'participant' && input.participantId !== null ? 1 : 0;
  const label =
    person !== null
      ? `Map “${speaker.label}” to ${person.pseudonym}`
      : input.role === 'participant'
        ? `Unmap “${speaker.label}”`
        : `Mark “${speaker.label}” as ${input.role}`;
  undoable(
    ctx,
    {
      label,
      action: 'map-speaker',
      entity: 'transcript',
      entityId: speaker.interview_id,
      kinds: ['transcript', 'quote', 'tag', 'interview'],
    },
    (c) => {
      c.update('speakers', speaker.id, {
        role: input.role,
        participant_id: input.participantId,
        counts_as_evidence: counts,
      });
      // A participant who speaks in an interview is one of its participants.
      if (input.participantId !== null)
        c.link('interview_participants', { interview_id: speaker.interview_id, participant_id: input.participantId });
    },
  );
  ctx.emit('entities.changed', { kind: 'transcript', ids: [speaker.interview_id] });
  ctx.emit('entities.changed', { kind: 'quote', ids: [] });
  ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  ctx.emit('entities.changed', { kind: 'interview', ids: [speaker.interview_id] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
  return { interviewId: speaker.interview_id };
}

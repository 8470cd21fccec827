/**
 * Mapping a transcript's speakers after import: who a speaker is decides whether their words count as
 * evidence (only a speaker mapped to a participant counts). One undoable step per mapping.
 */
import type { SpeakerRole } from '../../../../shared/domain/transcript';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import { nextPseudonym } from '../../../../shared/domain/pseudonym';
import { allPseudonyms, getParticipant } from '../../repos/participants';
import { speakerRow } from '../../repos/transcripts';

export function mapSpeaker(
  ctx: ProjectContext,
  input: { speakerId: number; role: SpeakerRole; participantId: number | null; createParticipant?: boolean },
): { interviewId: number; participantId: number | null } {
  const speaker = speakerRow(ctx.db, input.speakerId);
  if (!speaker) throw new AppError('NOT_FOUND', 'That speaker is no longer in the transcript.');
  if (input.role !== 'participant' && input.participantId !== null) {
    throw new AppError('VALIDATION', 'Only a participant speaker is mapped to a participant.', {
      participantId: 'Choose “Participant” as the role first.',
    });
  }
  const create = input.createParticipant === true;
  if (create && (input.role !== 'participant' || input.participantId !== null)) {
    throw new AppError('VALIDATION', 'A new participant is made only for a participant speaker not mapped yet.');
  }
  const person = input.participantId === null ? null : (getParticipant(ctx.db, input.participantId) ?? null);
  if (input.participantId !== null && !person) throw new AppError('NOT_FOUND', 'That participant no longer exists.');
  const counts = input.role === 'participant' && (input.participantId !== null || create) ? 1 : 0;
  const label = create
    ? `Add “${speaker.label}” as a participant`
    : person !== null
      ? `Map “${speaker.label}” to ${person.realName || person.pseudonym}`
      : input.role === 'participant'
        ? `Unmap “${speaker.label}”`
        : `Mark “${speaker.label}” as ${input.role}`;
  let participantId = input.participantId;
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
      if (create) {
        // In the same step as the mapping, so one undo takes both back.
        const at = ctx.clock.now();
        participantId = c.insert('participants', {
          guid: ctx.newGuid(),
          pseudonym: nextPseudonym(allPseudonyms(ctx.db)),
          real_name: speaker.label,
          notes: 'Added from the speakers of an interview.',
          created_at: at,
          updated_at: at,
        });
      }
      c.update('speakers', speaker.id, {
        role: input.role,
        participant_id: participantId,
        counts_as_evidence: counts,
      });
      // A participant who speaks in an interview is one of its participants.
      if (participantId !== null)
        c.link('interview_participants', { interview_id: speaker.interview_id, participant_id: participantId });
    },
  );
  if (create) ctx.emit('entities.changed', { kind: 'participant', ids: [participantId!] });
  ctx.emit('entities.changed', { kind: 'transcript', ids: [speaker.interview_id] });
  ctx.emit('entities.changed', { kind: 'quote', ids: [] });
  ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  ctx.emit('entities.changed', { kind: 'interview', ids: [speaker.interview_id] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
  return { interviewId: speaker.interview_id, participantId };
}

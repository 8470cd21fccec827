/**
 * Who each speaker of the transcript is. Only a speaker mapped to a participant counts as evidence, so
 * an unmapped voice is named here first; each change is applied at once and can be undone.
 */
import {
  SPEAKER_ROLES,
  type SpeakerRole,
  type Transcript,
  type TranscriptSpeaker,
} from '../../../../shared/domain/transcript';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { count } from '../../ui/format';
import { useCall } from '../../api/useCall';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';

const ROLE_LABELS: Record<SpeakerRole, string> = {
  participant: 'Participant',
  interviewer: 'Interviewer',
  other: 'Other',
};

/** The participant select's value for "add this speaker as a new participant". */
const NEW = 'new';

function countsLine(s: TranscriptSpeaker): string {
  if (s.role !== 'participant') return 'Not counted as evidence.';
  return s.participantId === null ? 'Not counted until you choose who this is.' : 'Counted as their evidence.';
}

export function SpeakersDialog({ transcript, onClose }: { transcript: Transcript; onClose(): void }) {
  const people = useQuery('participants.list', {}, { errors: 'toast' });
  const names = useNames();
  const call = useCall();
  const turns = new Map<number, number>();
  for (const t of transcript.turns) if (t.speakerId !== null) turns.set(t.speakerId, (turns.get(t.speakerId) ?? 0) + 1);
  const map = (s: TranscriptSpeaker, role: SpeakerRole, participantId: number | null, createParticipant = false) =>
    void call('transcripts.mapSpeaker', {
      speakerId: s.id,
      role,
      participantId: role === 'participant' ? participantId : null,
      createParticipant,
    });
  return (
    <Dialog
      title="Speakers"
      description="Say who each speaker is. Only speakers mapped to a participant count as evidence."
      onClose={onClose}
      size="wide"
    >
      <div className="dialog-body">
        <table className="table speakers-table">
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col">Role</th>
              <th scope="col">Participant</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {transcript.speakers.map((s) => (
              <tr
                key={s.id}
                className={s.role === 'participant' && s.participantId === null ? 'is-unmapped' : undefined}
              >
                <th scope="row">
                  {names.presenting ? names.transcriptSpeaker(s) : s.label}
                  <span className="muted"> · {count(turns.get(s.id) ?? 0, 'turn')}</span>
                </th>
                <td>
                  <select
                    className="input"
                    aria-label={`Role of ${names.presenting ? names.transcriptSpeaker(s) : s.label}`}
                    value={s.role}
                    onChange={(event) => map(s, event.target.value as SpeakerRole, s.participantId)}
                  >
                    {SPEAKER_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={`Participant ${names.presenting ? names.transcriptSpeaker(s) : s.label} is`}
                    disabled={s.role !== 'participant'}
                    value={s.participantId ?? ''}
                    onChange={(event) => {
                      const v = event.target.value;
                      if (v === NEW) map(s, 'participant', null, true);
                      else map(s, 'participant', v ? Number(v) : null);
                    }}
                  >
                    <option value="">Not chosen</option>
                    {(people.data ?? []).map((p) => (
                      <option key={p.id} value={p.id}>
                        {personLabel(p, names.presenting)}
                      </option>
                    ))}
                    {s.participantId === null ? <option value={NEW}>New participant “{s.label}”</option> : null}
                  </select>
                </td>
                <td className="muted">{countsLine(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <footer className="dialog-footer">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      </footer>
    </Dialog>
  );
}

/**
 * Who is who: each detected speaker with their turns and talk time, and a choice of participant,
 * interviewer or other. The suggestion's reason is the help text until the researcher changes it.
 */
import type { Participant } from '../../../../shared/domain/participant';
import type { StagedSpeaker } from '../../../../shared/domain/transcript';
import { formatDuration } from '../../ui/duration';
import {
  INTERVIEWER,
  NEW_PARTICIPANT,
  OTHER,
  participantChoice,
  speakerName,
  suggestedChoice,
  UNASSIGNED,
  type SpeakerChoice,
} from './mapping';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';

export interface SpeakerTableProps {
  idPrefix: string;
  fileName: string;
  speakers: StagedSpeaker[];
  choices: SpeakerChoice[];
  participants: Participant[];
  onChange(index: number, choice: SpeakerChoice): void;
}

function helpText(
  speaker: StagedSpeaker,
  choice: SpeakerChoice,
  participants: Participant[],
  presenting = false,
): string {
  if (choice === suggestedChoice(speaker)) {
    const quiet = choice === INTERVIEWER || choice === OTHER ? ' Not counted as evidence.' : '';
    return `Suggested: ${speaker.suggestion.reason}${quiet}`;
  }
  if (choice === INTERVIEWER) return 'The interviewer: not counted as evidence.';
  if (choice === OTHER) return 'Someone else (a colleague, a note taker): not counted as evidence.';
  if (choice === NEW_PARTICIPANT) return `A new participant will be created for ${speakerName(speaker)}.`;
  if (choice === UNASSIGNED) return 'Counted as participant speech, not linked to anyone yet.';
  const person = participants.find((p) => participantChoice(p.id) === choice);
  return person ? `Linked to participant ${personLabel(person, presenting)}.` : 'Linked to a participant.';
}

export function SpeakerTable({ idPrefix, fileName, speakers, choices, participants, onChange }: SpeakerTableProps) {
  const names = useNames();
  if (speakers.length === 0) return <p className="muted">No speakers were found in this file.</p>;
  return (
    <table className="speaker-table">
      <caption className="speaker-caption">Speakers in {fileName}</caption>
      <thead>
        <tr>
          <th scope="col">Speaker</th>
          <th scope="col" className="numeric">
            Turns
          </th>
          <th scope="col" className="numeric">
            Talk time
          </th>
          <th scope="col">Is</th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((speaker, index) => {
          const name = speakerName(speaker);
          const choice = choices[index] ?? suggestedChoice(speaker);
          const selectId = `${idPrefix}-speaker-${index}`;
          const talk = formatDuration(speaker.talkMs);
          return (
            <tr key={`${name}-${index}`}>
              <th scope="row" className={speaker.label === null ? 'muted' : undefined}>
                {name}
              </th>
              <td className="numeric">{speaker.turnCount}</td>
              <td className="numeric">{speaker.talkMs > 0 ? talk : <span className="muted">No timings</span>}</td>
              <td className="speaker-choice">
                <select
                  id={selectId}
                  className="input select"
                  aria-label={`${name} is`}
                  aria-describedby={`${selectId}-help`}
                  value={choice}
                  onChange={(event) => onChange(index, event.target.value)}
                >
                  <optgroup label="Participant">
                    {speaker.label !== null ? (
                      <option value={NEW_PARTICIPANT}>New participant: {speaker.label}</option>
                    ) : (
                      <option value={UNASSIGNED}>A participant, not identified</option>
                    )}
                    {participants.map((p) => (
                      <option key={p.id} value={participantChoice(p.id)}>
                        {personLabel(p, names.presenting)}
                      </option>
                    ))}
                  </optgroup>
                  <option value={INTERVIEWER}>Interviewer</option>
                  <option value={OTHER}>Other</option>
                </select>
                <p id={`${selectId}-help`} className="field-hint">
                  {helpText(speaker, choice, participants, names.presenting)}
                </p>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Which participants took part: a checkbox per participant, with their company for telling them apart. */
import { useQuery } from '../../api/hooks';
import { fieldId } from '../../ui/Field';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';

export interface ParticipantPickerProps {
  formId: string;
  selected: number[];
  onChange(ids: number[]): void;
  error?: string | undefined;
}

export function ParticipantPicker({ formId, selected, onChange, error }: ParticipantPickerProps) {
  const participants = useQuery('participants.list', {});
  const names = useNames();
  const id = fieldId(formId, 'participantIds');
  const rows = participants.data ?? [];
  const toggle = (pid: number, on: boolean) => onChange(on ? [...selected, pid] : selected.filter((x) => x !== pid));
  return (
    <fieldset
      className={`field-group field-group-1${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field-group-legend">Participants</legend>
      <div id={id} tabIndex={-1} className="check-list">
        {participants.error ? <p className="field-error">{participants.error.message}</p> : null}
        {participants.data && rows.length === 0 ? (
          <p className="muted">No participants yet. Add them on the Participants screen, then link them here.</p>
        ) : null}
        {rows.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={selected.includes(p.id)}
              onChange={(event) => toggle(p.id, event.target.checked)}
            />
            <span className="check-label">{personLabel(p, names.presenting)}</span>
            {p.companyName || p.role ? (
              <span className="check-meta">{[p.role, p.companyName].filter(Boolean).join(' · ')}</span>
            ) : null}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Confidence thresholds (shared by every persona) and deleting a persona, in the persona inspector. */
import { useEffect, useId, useState } from 'react';
import type { Persona } from '../../../../shared/domain/persona';
import { useQuery } from '../../api/hooks';
import { useCall } from '../../api/useCall';
import { QueryError } from '../../ui/QueryError';

export function ConfidenceSettings() {
  const id = useId();
  const call = useCall();
  const current = useQuery('personas.thresholds', {});
  const [draft, setDraft] = useState({ minParticipants: 2, medium: 3, high: 5 });
  useEffect(() => {
    if (current.data) setDraft(current.data);
  }, [current.data]);
  const field = (key: keyof typeof draft, label: string, help: string) => (
    <div className="threshold-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        className="input"
        type="number"
        min={1}
        max={100}
        value={draft[key]}
        aria-describedby={`${id}-${key}-help`}
        onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })}
      />
      <span id={`${id}-${key}-help`} className="muted">
        {help}
      </span>
    </div>
  );
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="detail-heading">
        Confidence thresholds
      </h2>
      <QueryError what="The thresholds" query={current} />
      <form
        className="threshold-form"
        onSubmit={(e) => {
          e.preventDefault();
          void call('personas.setThresholds', draft);
        }}
      >
        {field(
          'minParticipants',
          'Below this many supporting participants: assumption',
          'Distinct participants whose quotes support it',
        )}
        {field(
          'medium',
          'Medium confidence from score',
          'Score = participants + ½ per further interview − contradictions',
        )}
        {field('high', 'High confidence from score', 'Applies to every persona in this project')}
        <button type="submit" className="btn">
          Save thresholds
        </button>
      </form>
    </section>
  );
}

export function DeletePersona({ persona }: { persona: Persona }) {
  const call = useCall();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn-quiet" onClick={() => setAsking(true)}>
        Delete persona…
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={`Delete ${persona.name}?`} className="confirm-inline">
      <p>
        Delete “{persona.name}” with its {persona.attributes.length} attributes and their citations? The quotes
        themselves stay. This cannot be undone.
      </p>
      <button
        type="button"
        className="btn btn-danger"
        autoFocus
        onClick={async () => {
          const done = await call('personas.delete', { id: persona.id });
          if (done) window.location.hash = '#/personas';
        }}
      >
        Delete
      </button>{' '}
      <button type="button" className="btn" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

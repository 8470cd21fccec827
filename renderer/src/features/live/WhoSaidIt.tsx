/** Asks who said the words being quoted, when the interview has several participants (evidence needs a person). */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';

export function WhoSaidIt({
  participants,
  onChoose,
  onClose,
}: {
  participants: readonly { id: number; name: string }[];
  onChoose(participantId: number | null): void;
  onClose(): void;
}) {
  const [chosen, setChosen] = useState<string>(String(participants[0]?.id ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(chosen === '' ? null : Number(chosen));
  };
  return (
    <Dialog
      title="Who said this?"
      description="The quote counts as that participant’s evidence."
      onClose={onClose}
      size="small"
    >
      <form onSubmit={submit}>
        <fieldset className="dialog-body radio-list">
          <legend className="visually-hidden">Participant</legend>
          {participants.map((p, i) => (
            <label key={p.id} className="check">
              <input
                type="radio"
                name="who-said-it"
                value={p.id}
                checked={chosen === String(p.id)}
                onChange={() => setChosen(String(p.id))}
                data-autofocus={i === 0 ? true : undefined}
              />
              <span className="check-label">{p.name}</span>
            </label>
          ))}
          <label className="check">
            <input type="radio" name="who-said-it" value="" checked={chosen === ''} onChange={() => setChosen('')} />
            <span className="check-label">Not sure yet (the quote is kept but not counted)</span>
          </label>
        </fieldset>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Make quote
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

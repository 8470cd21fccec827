/**
 * "Who is coding?": the user says who they are (or picks a coder the project already lists). Kept in
 * the user's settings by the core; from then on every quote, tag, citation, attribute and note they
 * make records them, and undo walks their own steps.
 */
import { useState } from 'react';
import { CODER_COLOURS, initialsOf, type Coder } from '../../../../shared/domain/coder';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField, useFormId } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { textOn } from './CoderBadge';
import { useCoders } from './useCoders';

const LABELS = { coder: 'Who are you?', name: 'Your name', initials: 'Initials', colour: 'Colour' };
const NEW = 'new';

interface Draft {
  guid: string;
  name: string;
  initials: string;
  colour: string;
  /** Initials follow the name until the user types their own. */
  ownInitials: boolean;
}

function draftOf(coder: Coder | null, taken: readonly string[]): Draft {
  if (coder)
    return { guid: coder.guid, name: coder.name, initials: coder.initials, colour: coder.colour, ownInitials: true };
  const colour = CODER_COLOURS.find((c) => !taken.includes(c)) ?? CODER_COLOURS[0]!;
  return { guid: NEW, name: '', initials: '', colour, ownInitials: false };
}

export function CoderDialog({ onClose, first = false }: { onClose(): void; first?: boolean }) {
  const formId = useFormId('coder');
  const coders = useCoders();
  const current = coders.current?.coder ?? null;
  const taken = coders.list.map((c) => c.colour);
  const [draft, setDraft] = useState<Draft>(() => draftOf(current, taken));
  const identify = useMutation('coders.identify');
  const errors = identify.error?.fields ?? {};
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <Dialog
      title={first ? 'Who is coding?' : 'Switch coder'}
      description="Groundwork records who made each quote, tag, citation and note, so a team's work can be told apart and compared. This is kept on this computer, not in the project."
      onClose={onClose}
    >
      <form
        noValidate
        aria-label="Who is coding"
        onSubmit={async (event) => {
          event.preventDefault();
          const { name, initials, colour, guid } = draft;
          const done = await identify.run({ name, initials, colour, ...(guid === NEW ? {} : { guid }) });
          if (done) onClose();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary formId={formId} message={identify.error?.message ?? null} fields={errors} labels={LABELS} />
          {coders.list.length > 0 ? (
            <SelectField
              formId={formId}
              name="coder"
              label={LABELS.coder}
              value={draft.guid}
              onChange={(guid) => setDraft(draftOf(coders.list.find((c) => c.guid === guid) ?? null, taken))}
              choices={[
                ...coders.list.map((c) => ({ value: c.guid, label: c.name })),
                { value: NEW, label: 'Someone new' },
              ]}
              hint="A coder this project already lists, or a new one."
            />
          ) : null}
          <div className="form-grid form-grid-2">
            <TextField
              formId={formId}
              name="name"
              label={LABELS.name}
              required
              value={draft.name}
              autoComplete="name"
              placeholder="e.g. Ada Lovelace"
              error={errors.name}
              onChange={(name) => set({ name, ...(draft.ownInitials ? {} : { initials: initialsOf(name) }) })}
            />
            <TextField
              formId={formId}
              name="initials"
              label={LABELS.initials}
              required
              value={draft.initials}
              hint="Up to 4 letters, shown on what you code."
              error={errors.initials}
              onChange={(initials) => set({ initials, ownInitials: true })}
            />
          </div>
          <fieldset className="coder-colours">
            <legend className="field-label">{LABELS.colour}</legend>
            {CODER_COLOURS.map((colour) => (
              <label key={colour} className="coder-colour" style={{ background: colour, color: textOn(colour) }}>
                <input
                  type="radio"
                  name={`${formId}-colour`}
                  value={colour}
                  checked={draft.colour === colour}
                  onChange={() => set({ colour })}
                />
                <span className="visually-hidden">{colour}</span>
                <span aria-hidden="true">{draft.colour === colour ? draft.initials || '✓' : ''}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <FormActions submitLabel={first ? 'Start coding' : 'Switch'} pending={identify.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

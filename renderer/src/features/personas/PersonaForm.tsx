/** New persona / edit its facts: kind, name, role, reports to, tier, and who it represents. */
import { useId, useState } from 'react';
import type { Persona } from '../../../../shared/domain/persona';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { count } from '../../ui/format';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';

type Facts = Pick<Persona, 'kind' | 'name' | 'role' | 'reportsTo' | 'tier' | 'membership'>;

const BLANK: Facts = {
  kind: 'buyer',
  name: '',
  role: '',
  reportsTo: '',
  tier: null,
  membership: { segmentIds: [], participantIds: [] },
};
const LABELS = {
  name: 'Persona name',
  role: 'Role',
  reportsTo: 'Reports to',
  tier: 'Tier',
  membership: 'Who it represents',
};

function toggle(list: number[], id: number, on: boolean): number[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

export function PersonaForm({
  persona,
  onClose,
  onSaved,
}: {
  persona?: Persona;
  onClose(): void;
  onSaved(p: Persona): void;
}) {
  const formId = useId();
  const [facts, setFacts] = useState<Facts>(persona ? { ...persona } : BLANK);
  const segments = useQuery('segments.list', {}, { errors: 'toast' });
  const participants = useQuery('participants.list', {}, { errors: 'toast' });
  const names = useNames();
  const create = useMutation('personas.create');
  const update = useMutation('personas.update');
  const mutation = persona ? update : create;
  const set = <K extends keyof Facts>(key: K, value: Facts[K]) => setFacts((f) => ({ ...f, [key]: value }));
  const m = facts.membership;

  return (
    <Dialog
      title={persona ? `Edit ${persona.name}` : 'New persona'}
      description="A persona represents real participants: pick a segment, people, or both."
      onClose={onClose}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = persona ? await update.run({ id: persona.id, patch: facts }) : await create.run(facts);
          if (saved) onSaved(saved);
        }}
      >
        <div className="dialog-body">
          <ErrorSummary
            formId={formId}
            message={mutation.error?.message ?? null}
            fields={mutation.error?.fields ?? {}}
            labels={LABELS}
          />
          <div className="form-grid form-grid-2">
            <SelectField
              formId={formId}
              name="kind"
              label="Kind"
              value={facts.kind}
              onChange={(v) => set('kind', v as Facts['kind'])}
              choices={[
                { value: 'buyer', label: 'Buyer persona (who decides and pays)' },
                { value: 'user', label: 'User persona (who uses it every day)' },
              ]}
            />
            <SelectField
              formId={formId}
              name="tier"
              label="Tier"
              hint="1 = focus now, 3 = later"
              value={facts.tier === null ? '' : String(facts.tier)}
              onChange={(v) => set('tier', v ? Number(v) : null)}
              choices={[
                { value: '', label: 'No tier yet' },
                ...[1, 2, 3].map((t) => ({ value: String(t), label: `Tier ${t}` })),
              ]}
            />
            <TextField
              formId={formId}
              name="name"
              label="Persona name"
              required
              value={facts.name}
              onChange={(v) => set('name', v)}
              placeholder="e.g. Audit-anxious Ana"
              error={mutation.error?.fields.name}
            />
            <TextField
              formId={formId}
              name="role"
              label="Role"
              value={facts.role}
              onChange={(v) => set('role', v)}
              placeholder="e.g. Finance controller"
            />
            <TextField
              formId={formId}
              name="reportsTo"
              label="Reports to"
              value={facts.reportsTo}
              onChange={(v) => set('reportsTo', v)}
              placeholder="e.g. CFO"
            />
          </div>
          <fieldset className="field-group persona-membership">
            <legend className="field-group-legend">Who it represents</legend>
            <div className="form-grid form-grid-2">
              <div className="field">
                <span className="field-label" id={`${formId}-segments`}>
                  Segments
                </span>
                <div className="check-list" role="group" aria-labelledby={`${formId}-segments`}>
                  {(segments.data ?? []).map((s) => (
                    <label key={s.id} className="check">
                      <input
                        type="checkbox"
                        checked={m.segmentIds.includes(s.id)}
                        onChange={(e) =>
                          set('membership', { ...m, segmentIds: toggle(m.segmentIds, s.id, e.target.checked) })
                        }
                      />
                      <span className="check-label">{s.name}</span>
                      <span className="check-meta">{count(s.participantCount, 'participant')}</span>
                    </label>
                  ))}
                  {segments.data?.length === 0 ? <p className="muted">No segments yet.</p> : null}
                </div>
              </div>
              <div className="field">
                <span className="field-label" id={`${formId}-people`}>
                  Also these participants
                </span>
                <div className="check-list" role="group" aria-labelledby={`${formId}-people`}>
                  {(participants.data ?? []).map((p) => (
                    <label key={p.id} className="check">
                      <input
                        type="checkbox"
                        checked={m.participantIds.includes(p.id)}
                        onChange={(e) =>
                          set('membership', { ...m, participantIds: toggle(m.participantIds, p.id, e.target.checked) })
                        }
                      />
                      <span className="check-label">{personLabel(p, names.presenting)}</span>
                      {p.role ? <span className="check-meta">{p.role}</span> : null}
                    </label>
                  ))}
                  {participants.data?.length === 0 ? <p className="muted">No participants yet.</p> : null}
                </div>
              </div>
            </div>
          </fieldset>
        </div>
        <FormActions submitLabel={persona ? 'Save' : 'Create persona'} pending={mutation.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/**
 * The profile's "Personas in this profile" section: the buyer personas and the user personas a
 * matching company contains (the framework: buyers may differ from the daily users), each a link to
 * its page, with Remove, and "Link personas…" opening the picker. Each link or removal is one
 * undoable step; the toast offers Undo.
 */
import { useState } from 'react';
import type { IcpPersona } from '../../../../shared/domain/icpProfile';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { personaHref } from '../../routes';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { PersonaPicker } from './PersonaPicker';

const GROUPS = [
  { kind: 'buyer', title: 'Buyer personas', empty: 'No buyer persona linked yet.' },
  { kind: 'user', title: 'User personas', empty: 'No user persona linked yet.' },
] as const;

export function IcpPersonas() {
  const linked = useQuery('icp.personas.list', {});
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const link = useMutation('icp.personas.link');
  const unlink = useMutation('icp.personas.unlink');
  const history = useHistory();
  const [picking, setPicking] = useState(false);
  const list = linked.data ?? [];
  const undoToast = (message: string) =>
    showToast({ group: 'history', message, action: { label: 'Undo', run: () => void history.undo() } });
  const remove = async (p: IcpPersona) => {
    if (await unlink.run({ personaId: p.id })) undoToast(`Removed ${p.name} from the ICP.`);
  };
  const error = linked.error ?? link.error ?? unlink.error;
  return (
    <section className="persona-section icp-personas" aria-labelledby="icp-section-personas">
      <header className="persona-section-head">
        <h2 id="icp-section-personas">Personas in this profile</h2>
        <button type="button" className="btn btn-quiet" onClick={() => setPicking(true)}>
          Link personas…
        </button>
      </header>
      <p className="icp-section-hint">
        Who you meet at a matching company: the buyer personas who decide, and the user personas who work with the
        product every day — often not the same people.
      </p>
      {error ? (
        <ErrorNotice
          title="The profile's personas could not be changed"
          message={error.message}
          onRetry={() => void linked.refetch()}
        />
      ) : null}
      <div className="persona-fields">
        {GROUPS.map((g) => {
          const mine = list.filter((p) => p.kind === g.kind);
          return (
            <div key={g.kind} className="persona-field">
              <h3>{g.title}</h3>
              {linked.data && mine.length === 0 ? <p className="section-empty">{g.empty}</p> : null}
              {mine.length ? (
                <ul className="icp-persona-list" aria-label={g.title}>
                  {mine.map((p) => (
                    <li key={p.id} className="icp-persona">
                      <a href={personaHref(p.id)}>{p.name}</a>
                      {p.role || p.tier !== null ? (
                        <span className="muted">
                          {` · ${[p.role, p.tier !== null && `Tier ${p.tier}`].filter(Boolean).join(' · ')}`}
                        </span>
                      ) : null}
                      <button
                        type="button"
                        className="btn btn-quiet btn-small"
                        disabled={unlink.pending}
                        onClick={() => void remove(p)}
                        aria-label={`Remove ${p.name} from the ICP`}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
      {picking ? (
        <PersonaPicker
          personas={personas.data ?? []}
          linked={new Set(list.map((p) => p.id))}
          onAdd={(p) => void link.run({ personaId: p.id })}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </section>
  );
}

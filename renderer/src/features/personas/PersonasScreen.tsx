/** Personas: the list of buyer and user personas, or one persona's page (#/personas/<id>). */
import { useState } from 'react';
import '../../styles/personas.css';
import '../../styles/personaTools.css';
import '../../styles/citeDialog.css';
import { useQuery } from '../../api/hooks';
import { DataTable } from '../../ui/DataTable';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { count, formatDate } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { KIND_LABELS, tierLabel } from './labels';
import { PersonaForm } from './PersonaForm';
import { PersonaPage } from './PersonaPage';
import { personaHref, usePersonaRoute } from '../../routes';

export function PersonasScreen() {
  const id = usePersonaRoute();
  return id === null ? <PersonaList /> : <PersonaPage key={id} id={id} />;
}

function PersonaList() {
  const list = useQuery('personas.list', {});
  const [creating, setCreating] = useState(false);
  useKeyShortcut('app.new', () => setCreating(true));
  const personas = list.data ?? [];

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Personas" subtitle={list.data ? count(personas.length, 'persona') : undefined}>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New persona <kbd className="kbd kbd-on-primary">N</kbd>
          </button>
        </Toolbar>
        {list.error && !list.data ? (
          <ErrorNotice
            title="Personas could not be loaded"
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : null}
        <div className="screen-content">
          {list.data && personas.length === 0 ? (
            <EmptyState
              title="No personas yet"
              icon={<Icon name="personas" size={32} />}
              action={{ label: 'New persona', onClick: () => setCreating(true), shortcut: 'N' }}
            >
              <p>
                A persona stands for real participants — a segment or people you choose. Draft it from their coded
                evidence, then accept, edit or reject each attribute; every attribute cites the quotes behind it.
              </p>
            </EmptyState>
          ) : null}
          {personas.length > 0 ? (
            <DataTable
              label="Personas"
              rows={personas}
              rowKey={(p) => p.id}
              columns={[
                {
                  header: 'Persona',
                  cell: (p) => (
                    <>
                      <a className="row-link" href={personaHref(p.id)}>
                        {p.name}
                      </a>
                      {p.role ? <span className="muted"> · {p.role}</span> : null}
                    </>
                  ),
                },
                { header: 'Kind', cell: (p) => KIND_LABELS[p.kind] },
                { header: 'Tier', cell: (p) => tierLabel(p.tier) },
                { header: 'Members', cell: (p) => count(p.memberCount, 'participant') },
                { header: 'Attributes', cell: (p) => p.attributeCount },
                {
                  header: 'Warnings',
                  cell: (p) =>
                    p.warnings.length ? (
                      <Badge tone="caution">{`⚠ ${count(p.warnings.length, 'warning')}`}</Badge>
                    ) : (
                      <span className="muted">None</span>
                    ),
                },
                {
                  header: 'Last reviewed',
                  cell: (p) => (p.lastReviewedAt ? formatDate(p.lastReviewedAt) : <span className="muted">Never</span>),
                },
              ]}
            />
          ) : null}
        </div>
      </div>
      {creating ? (
        <PersonaForm
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            window.location.hash = personaHref(p.id);
          }}
        />
      ) : null}
    </main>
  );
}

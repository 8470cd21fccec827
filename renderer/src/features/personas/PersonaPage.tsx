/** One persona as a document following the framework's template, with its checklist in the inspector. */
import { Fragment, useState } from 'react';
import type { Attribute, AttributeSection } from '../../../../shared/domain/persona';
import { useQuery } from '../../api/hooks';
import { icpHref } from '../../routes';
import { Badge } from '../../ui/Badge';
import { count, formatDate } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { Toolbar } from '../../ui/Toolbar';
import { useCall } from '../../api/useCall';
import { PersonaJobs } from '../jobs/PersonaJobs';
import { AttributeForm } from './AttributeForm';
import { CitationDialog } from './CitationDialog';
import { PersonaExportButton } from '../export/ExportButtons';
import { KIND_LABELS, sectionsFor } from './labels';
import { PersonaForm } from './PersonaForm';
import { PersonaInspector } from './PersonaInspector';
import { PersonaSection, type SectionActions } from './PersonaSection';
import { useNames } from '../names/useNames';

export function PersonaPage({ id }: { id: number }) {
  const persona = useQuery('personas.get', { id });
  // The ICP this persona belongs to (a project has one): linked from the ICP screen.
  const icp = useQuery('icp.personas.list', {}, { errors: 'toast' });
  const inIcp = icp.data?.some((x) => x.id === id) ?? false;
  const names = useNames();
  const call = useCall();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<{ section: AttributeSection; field: string } | null>(null);
  const [citing, setCiting] = useState<Attribute | null>(null);
  const [showRejected, setShowRejected] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const p = persona.data;

  if (!p) {
    return (
      <main className="screen screen-no-inspector" aria-labelledby="screen-title" aria-busy={!persona.error}>
        <div className="screen-main screen-padded">
          <h1 id="screen-title" className="visually-hidden">
            Persona
          </h1>
          {persona.error ? (
            <ErrorNotice
              title="This persona could not be opened"
              message={persona.error.message}
              onRetry={() => void persona.refetch()}
            />
          ) : null}
          <a href="#/personas">← All personas</a>
        </div>
      </main>
    );
  }

  const visible = p.attributes.filter((a) => showRejected || a.status !== 'rejected');
  const proposed = p.attributes.filter((a) => a.status === 'proposed').length;
  const rejected = p.attributes.filter((a) => a.status === 'rejected').length;
  const actions: SectionActions = { cite: setCiting, add: (section, field) => setAdding({ section, field }) };
  const draft = async () => {
    setDrafting(true);
    const out = await call('personas.draft', { id: p.id });
    setDrafting(false);
    if (out)
      showToast({
        message: out.proposed
          ? `${count(out.proposed, 'attribute')} proposed from the members' evidence`
          : 'Nothing new to propose: every well-reached tag is already here',
      });
  };

  return (
    <main className="screen persona-screen" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title={p.name} subtitle={KIND_LABELS[p.kind]}>
          <a className="btn btn-quiet" href="#/personas">
            ← All personas
          </a>
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit facts
          </button>
          <PersonaExportButton personaId={p.id} />
          <button type="button" className="btn btn-primary" onClick={() => void draft()} disabled={drafting}>
            {drafting ? 'Drafting…' : 'Draft from evidence'}
          </button>
        </Toolbar>
        <div className="screen-content">
          <article className="persona-doc">
            <dl className="persona-facts">
              <div>
                <dt>Role</dt>
                <dd>{p.role || <span className="muted">Not set</span>}</dd>
              </div>
              <div>
                <dt>Reports to</dt>
                <dd>{p.reportsTo || <span className="muted">Not set</span>}</dd>
              </div>
              <div>
                <dt>
                  <label htmlFor="persona-tier">Tier</label>
                </dt>
                <dd>
                  <select
                    id="persona-tier"
                    className="input select input-compact"
                    value={p.tier ?? ''}
                    onChange={(e) =>
                      void call('personas.update', {
                        id: p.id,
                        patch: { tier: e.target.value ? Number(e.target.value) : null },
                      })
                    }
                  >
                    <option value="">No tier</option>
                    <option value="1">Tier 1</option>
                    <option value="2">Tier 2</option>
                    <option value="3">Tier 3</option>
                  </select>
                </dd>
              </div>
              <div>
                <dt>Represents</dt>
                <dd title={p.members.map((m) => names.label(m.id, m.pseudonym)).join(', ')}>
                  {count(p.members.length, 'participant')} · {Math.round(p.memberShare * 100)}% of the study
                </dd>
              </div>
              <div>
                <dt>ICP</dt>
                <dd>
                  {inIcp ? (
                    <a href={icpHref('profile')}>Ideal customer profile</a>
                  ) : icp.data ? (
                    <>
                      <span className="muted">Not in the ICP · </span>
                      <a href={icpHref('profile')}>Link it there</a>
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>Last reviewed</dt>
                <dd>{p.lastReviewedAt ? formatDate(p.lastReviewedAt) : <span className="muted">Never</span>}</dd>
              </div>
            </dl>
            {proposed > 0 ? (
              <div className="notice notice-info draft-notice" role="status">
                <p>
                  <strong>{count(proposed, 'proposed attribute')}</strong> from the members' most-reached tags. Accept,
                  edit or reject each one below.
                </p>
              </div>
            ) : null}
            {p.attributes.length === 0 ? (
              <p className="persona-intro">
                Start with <strong>Draft from evidence</strong>: it proposes goals, pain points and more from what these{' '}
                {count(p.members.length, 'participant')} said, each citing their quotes. Or add attributes by hand with{' '}
                <strong>+ Add</strong>.
              </p>
            ) : null}
            {sectionsFor(p.kind).map((section) => (
              <Fragment key={section}>
                <PersonaSection
                  section={section}
                  attributes={visible.filter((a) => a.section === section)}
                  actions={actions}
                />
                {/* Structured job statements sit right under the template's JTBD section (user personas). */}
                {section === 'jobs' ? <PersonaJobs personaId={p.id} /> : null}
              </Fragment>
            ))}
            {sectionsFor(p.kind).includes('jobs') ? null : <PersonaJobs personaId={p.id} />}
            {rejected > 0 ? (
              <label className="check show-rejected">
                <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} />
                <span>Show {count(rejected, 'rejected attribute')}</span>
              </label>
            ) : null}
            <p className="persona-legend muted">
              <Badge tone="caution">⚠ Assumption</Badge> too little evidence ·{' '}
              <span className="citation-chip is-supports">1</span> supporting quote ·{' '}
              <span className="citation-chip is-contradicts">✕ 2</span> contradicting quote
            </p>
          </article>
        </div>
      </div>
      <PersonaInspector persona={p} />
      {editing ? <PersonaForm persona={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
      {adding ? (
        <AttributeForm personaId={p.id} section={adding.section} field={adding.field} onClose={() => setAdding(null)} />
      ) : null}
      {citing ? <CitationDialog attribute={citing} onClose={() => setCiting(null)} /> : null}
    </main>
  );
}

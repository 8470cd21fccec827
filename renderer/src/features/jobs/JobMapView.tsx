/** One persona's job map: the eight stages in order, each with that persona's jobs, empty stages shown empty. */
import { JOB_KIND_LABELS, type Job, type JobMap } from '../../../../shared/domain/job';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { JobsExportButton } from '../export/ExportButtons';
import { CitationChip } from '../citations/CitationChip';
import type { JobActions } from './JobCard';
import { JobSentence } from './JobSentence';
import { JobsViews } from './JobsViews';
import { jobMapHref, personaHref } from '../../routes';
import { useJobDialogs } from './useJobDialogs';

function MapJob({ job, actions }: { job: Job; actions: JobActions }) {
  return (
    <li className="map-job" aria-label={job.sentence}>
      <p className="map-job-sentence">
        <JobSentence job={job} />
      </p>
      <div className="map-job-foot">
        <Badge tone="info">{JOB_KIND_LABELS[job.kind]}</Badge>
        <span className="citation-list" aria-label="Citations">
          {job.citations.length ? (
            job.citations.map((c, i) => <CitationChip key={c.id} citation={c} n={i + 1} />)
          ) : (
            <span className="muted">No quotes yet</span>
          )}
        </span>
        <span className="map-job-actions">
          <button type="button" className="btn btn-quiet btn-small" onClick={() => actions.cite(job)}>
            Cite
          </button>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => actions.edit(job)}>
            Edit
          </button>
        </span>
      </div>
    </li>
  );
}

function Stages({
  map,
  actions,
  add,
}: {
  map: JobMap;
  actions: JobActions;
  add(stage: JobMap['stages'][number]['stage'] | null): void;
}) {
  return (
    <>
      <ol className="job-map" aria-label={`Job map of ${map.persona.name}`}>
        {map.stages.map((s, i) => {
          const headingId = `stage-${s.stage}`;
          return (
            <li key={s.stage} className={`job-stage${s.jobs.length ? '' : ' is-empty'}`} aria-labelledby={headingId}>
              <div className="job-stage-head">
                <h2 id={headingId}>
                  <span className="job-stage-n" aria-hidden="true">
                    {i + 1}
                  </span>
                  {s.label}
                  <span className="visually-hidden">
                    , stage {i + 1} of 8, {count(s.jobs.length, 'job')}
                  </span>
                </h2>
                <p className="job-stage-hint">{s.hint}</p>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={`Add a job at ${s.label}`}
                  onClick={() => add(s.stage)}
                >
                  + Add
                </button>
              </div>
              {s.jobs.length ? (
                <ul className="job-stage-jobs">
                  {s.jobs.map((j) => (
                    <MapJob key={j.id} job={j} actions={actions} />
                  ))}
                </ul>
              ) : (
                <p className="job-stage-empty">No jobs at this stage yet</p>
              )}
            </li>
          );
        })}
      </ol>
      {map.unstaged.length ? (
        <section className="job-unstaged" aria-labelledby="unstaged-title">
          <h2 id="unstaged-title">Not on the map yet</h2>
          <p className="muted">Linked to {map.persona.name} but without a stage: edit each one to place it.</p>
          <ul className="job-stage-jobs">
            {map.unstaged.map((j) => (
              <MapJob key={j.id} job={j} actions={actions} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function JobMapView({ personaId }: { personaId: number | null }) {
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const chosen = personaId ?? personas.data?.[0]?.id ?? null;
  return chosen === null ? (
    <NoPersona loading={!personas.data} />
  ) : (
    <PersonaMap personaId={chosen} personas={personas.data ?? []} />
  );
}

function NoPersona({ loading }: { loading: boolean }) {
  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title" aria-busy={loading}>
      <div className="screen-main">
        <Toolbar title="Job map" />
        <div className="jobs-bar">
          <JobsViews current="map" />
        </div>
        <div className="screen-content">
          {loading ? null : (
            <EmptyState title="No personas yet" icon={<Icon name="jobs" size={32} />}>
              <p>
                A job map belongs to a persona: it lays out their jobs from what sets them off to how they finish.{' '}
                <a href="#/personas">Create a persona</a> first, then link job statements to it.
              </p>
            </EmptyState>
          )}
        </div>
      </div>
    </main>
  );
}

function PersonaMap({ personaId, personas }: { personaId: number; personas: { id: number; name: string }[] }) {
  const map = useQuery('jobs.map', { personaId });
  const m = map.data;
  const jobs = m ? [...m.stages.flatMap((s) => s.jobs), ...m.unstaged] : [];
  const { actions, create, dialogs } = useJobDialogs(jobs);
  const add = (stage: JobMap['stages'][number]['stage'] | null) => create({ personaIds: [personaId], stage });
  useKeyShortcut('app.new', () => add(null));

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Job map" subtitle={m ? `${m.persona.name} · ${count(jobs.length, 'job')}` : undefined}>
          <JobsExportButton personaId={personaId} />
          <button type="button" className="btn btn-primary" onClick={() => add(null)}>
            New job <kbd className="kbd kbd-on-primary">N</kbd>
          </button>
        </Toolbar>
        <div className="jobs-bar">
          <JobsViews current="map" personaId={personaId} />
          <label className="filter-inline">
            Persona
            <select
              className="input select"
              value={personaId}
              onChange={(e) => (window.location.hash = jobMapHref(Number(e.target.value)))}
            >
              {personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          {m ? (
            <a className="jobs-persona-link" href={personaHref(m.persona.id)}>
              Open {m.persona.name}’s persona page
            </a>
          ) : null}
        </div>
        {map.error && !m ? (
          <ErrorNotice
            title="This job map could not be loaded"
            message={map.error.message}
            onRetry={() => void map.refetch()}
          />
        ) : null}
        <div className="screen-content">{m ? <Stages map={m} actions={actions} add={add} /> : null}</div>
      </div>
      {dialogs}
    </main>
  );
}

/** Every job statement read as a sentence, filtered by kind, stage and persona. */
import { useState } from 'react';
import { JOB_STAGES, type JobFilters } from '../../../../shared/domain/job';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { JobCard } from './JobCard';
import { JobsViews } from './JobsViews';
import { KIND_CHOICES, STAGE_CHOICES } from './labels';
import { useJobDialogs } from './useJobDialogs';

const NO_FILTERS: JobFilters = { personaId: null, kind: null, stage: null };

export function JobList() {
  const [filters, setFilters] = useState<JobFilters>(NO_FILTERS);
  const list = useQuery('jobs.list', filters);
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const jobs = list.data ?? [];
  const { actions, create, dialogs } = useJobDialogs(jobs);
  useKeyShortcut('app.new', () => create());
  const filtered = filters.personaId !== null || filters.kind !== null || filters.stage !== null;

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Jobs" subtitle={list.data ? count(jobs.length, 'job statement') : undefined}>
          <button type="button" className="btn btn-primary" onClick={() => create()}>
            New job <kbd className="kbd kbd-on-primary">N</kbd>
          </button>
        </Toolbar>
        <div className="jobs-bar">
          <JobsViews current="list" />
          <div className="jobs-filters" role="group" aria-label="Filter job statements">
            <label className="filter-inline">
              Kind
              <select
                className="input select"
                value={filters.kind ?? ''}
                onChange={(e) => setFilters((f) => ({ ...f, kind: (e.target.value || null) as JobFilters['kind'] }))}
              >
                <option value="">Any kind</option>
                {KIND_CHOICES.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="filter-inline">
              Stage
              <select
                className="input select"
                value={filters.stage ?? ''}
                onChange={(e) => setFilters((f) => ({ ...f, stage: (e.target.value || null) as JobFilters['stage'] }))}
              >
                <option value="">Any stage</option>
                {STAGE_CHOICES.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
                <option value="none">Not on the map yet</option>
              </select>
            </label>
            <label className="filter-inline">
              Persona
              <select
                className="input select"
                value={filters.personaId ?? ''}
                onChange={(e) =>
                  setFilters((f) => ({ ...f, personaId: e.target.value ? Number(e.target.value) : null }))
                }
              >
                <option value="">Any persona</option>
                {(personas.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            {filtered ? (
              <button type="button" className="btn btn-quiet btn-small" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            ) : null}
          </div>
        </div>
        {list.error && !list.data ? (
          <ErrorNotice
            title="Job statements could not be loaded"
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : null}
        <div className="screen-content">
          {list.data && jobs.length === 0 && !filtered ? (
            <EmptyState
              title="No job statements yet"
              icon={<Icon name="jobs" size={32} />}
              action={{ label: 'New job', onClick: () => create(), shortcut: 'N' }}
            >
              <p>
                A job statement says what someone is trying to get done, in their situation and for their reasons: “When
                …, I want to …, so I can …”. Cite the quotes it comes from, link it to personas, and place it on the{' '}
                {JOB_STAGES.length}-stage job map.
              </p>
            </EmptyState>
          ) : null}
          {list.data && jobs.length === 0 && filtered ? (
            <p className="jobs-none">No job statements match these filters.</p>
          ) : null}
          {jobs.length > 0 ? (
            <ul className="job-list" aria-label="Job statements">
              {jobs.map((job) => (
                <JobCard key={job.id} job={job} actions={actions} />
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {dialogs}
    </main>
  );
}

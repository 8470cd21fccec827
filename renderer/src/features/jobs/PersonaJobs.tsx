/** The persona page's small "Job statements" block: the persona's linked jobs and the way to its job map. */
import '../../styles/jobs.css';
import '../../styles/jobMap.css';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { stageLabel } from './labels';
import { JOBS_HREF, jobMapHref } from '../../routes';

export function PersonaJobs({ personaId }: { personaId: number }) {
  const jobs = useQuery('jobs.list', { personaId }, { errors: 'toast' });
  const list = jobs.data ?? [];
  return (
    <section className="persona-section persona-jobs" aria-labelledby="persona-jobs-title">
      <header className="persona-section-head">
        <h2 id="persona-jobs-title">Job statements</h2>
        <a className="btn btn-quiet" href={jobMapHref(personaId)}>
          Open job map
        </a>
      </header>
      <p className="muted persona-jobs-intro">
        “When …, I want to …, so I can …” statements linked to this persona, each citing its quotes and placed on the
        job map.
      </p>
      {jobs.data && list.length === 0 ? (
        <p className="section-empty">
          No job statements linked yet. Write one under <a href={JOBS_HREF}>Jobs</a> and tick this persona.
        </p>
      ) : null}
      {list.length ? (
        <ul className="persona-job-list">
          {list.map((j) => (
            <li key={j.id}>
              {j.stage ? <Badge>{stageLabel(j.stage)}</Badge> : <Badge tone="caution">No stage</Badge>} {j.sentence}{' '}
              <span className="muted">· {j.citations.length === 1 ? '1 quote' : `${j.citations.length} quotes`}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** One job statement in the list: the sentence, its kind, stage and personas, its quotes, and what can be done with it. */
import { JOB_KIND_LABELS, type Job } from '../../../../shared/domain/job';
import { Badge } from '../../ui/Badge';
import { JobQuotes } from './JobQuotes';
import { JobSentence } from './JobSentence';
import { stageLabel } from './labels';
import { jobMapHref, personaHref } from '../../routes';

export interface JobActions {
  cite(job: Job): void;
  edit(job: Job): void;
  remove(job: Job): void;
}

export function JobCard({ job, actions }: { job: Job; actions: JobActions }) {
  return (
    <li className="job-card" aria-label={job.sentence}>
      <p className="job-sentence">
        <JobSentence job={job} />
      </p>
      <p className="job-meta">
        <Badge tone="info">{JOB_KIND_LABELS[job.kind]}</Badge>
        {job.stage ? (
          <Badge>{`Stage ${stageLabel(job.stage)}`}</Badge>
        ) : (
          <span className="muted">Not on the job map yet</span>
        )}
        {job.personas.length ? (
          <span className="job-personas">
            <span className="muted">For</span>
            {job.personas.map((p) => (
              <span key={p.id} className="job-persona">
                <a href={personaHref(p.id)}>{p.name}</a>
                <a className="job-map-link" href={jobMapHref(p.id)} aria-label={`Job map of ${p.name}`}>
                  job map
                </a>
              </span>
            ))}
          </span>
        ) : (
          <span className="muted">No persona linked</span>
        )}
      </p>
      <JobQuotes job={job} />
      <div className="job-actions" role="group" aria-label="Job actions">
        <button type="button" className="btn" onClick={() => actions.cite(job)}>
          Cite a quote
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => actions.edit(job)}>
          Edit
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => actions.remove(job)}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** A job statement read as the framework's sentence, with its three lead-ins set apart. */
import type { Job } from '../../../../shared/domain/job';

export function JobSentence({ job }: { job: Pick<Job, 'situation' | 'motivation' | 'outcome'> }) {
  return (
    <>
      <span className="job-lead">When</span> {job.situation}, <span className="job-lead">I want to</span>{' '}
      {job.motivation}, <span className="job-lead">so I can</span> {job.outcome}.
    </>
  );
}

/** Cites a quote for a job statement (supports or contradicts) through the shared dialog. */
import type { Job } from '../../../../shared/domain/job';
import { useMutation } from '../../api/useMutation';
import { CiteQuoteDialog } from '../citations/CiteQuoteDialog';

export function JobCiteDialog({ job, onClose }: { job: Job; onClose(): void }) {
  const cite = useMutation('jobs.cite');
  return (
    <CiteQuoteDialog
      claim={job.sentence}
      cited={new Set(job.citations.map((c) => c.quoteId))}
      pending={cite.pending}
      error={cite.error?.message ?? null}
      onCite={async (quoteId, polarity) => Boolean(await cite.run({ jobId: job.id, quoteId, polarity }))}
      onClose={onClose}
    />
  );
}

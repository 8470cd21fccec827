/** A job's cited quotes as small cards: words, who, where and when, the way into the transcript, and Remove. */
import type { Job } from '../../../../shared/domain/job';
import { formatDate } from '../../ui/format';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import { formatClock } from '../transcript/time';
import { workspaceHref } from '../../routes';
import { useNames, useWho } from '../names/useNames';
import { STANCE_TAG, stanceClass } from '../citations/stance';

export function JobQuotes({ job }: { job: Job }) {
  const names = useNames();
  const who = useWho();
  const call = useCall();
  const { undo } = useHistory();
  if (job.citations.length === 0)
    return <p className="job-no-evidence">No quotes cited yet: this is an assumption until you cite one.</p>;
  const remove = async (quoteId: number, n: number) => {
    const done = await call('jobs.uncite', { jobId: job.id, quoteId });
    if (done) showToast({ message: `Removed citation ${n}`, action: { label: 'Undo', run: () => void undo() } });
  };
  return (
    <ol className="job-quotes" aria-label="Cited quotes">
      {job.citations.map((c, i) => {
        return (
          <li key={c.id} className={`job-quote ${stanceClass(c.polarity)}`}>
            <p className="job-quote-text">
              <span className={`citation-polarity ${stanceClass(c.polarity)}`}>{STANCE_TAG[c.polarity]}</span> “
              {names.text(c.exactText)}”
            </p>
            <p className="quote-card-meta">
              <span className="quote-card-who">{who(c)}</span>
              <span>{names.text(c.interviewTitle)}</span>
              {c.interviewDate ? <span>{formatDate(c.interviewDate)}</span> : null}
              {c.startMs !== null ? <span>{formatClock(c.startMs)}</span> : null}
              <a
                href={workspaceHref(c.interviewId, { quoteId: c.quoteId })}
                aria-label={`Open in transcript: quote ${i + 1}`}
              >
                Open in transcript
              </a>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                aria-label={`Remove citation ${i + 1}`}
                onClick={() => void remove(c.quoteId, i + 1)}
              >
                Remove
              </button>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** The interview inspector's guide: choose one, see its coverage at a glance, start interview mode. */
import type { Interview } from '../../../../shared/domain/interview';
import { useQuery } from '../../api/hooks';
import { useCall } from '../../api/useCall';
import { liveHref } from '../../routes';
import '../../styles/live.css';
import '../../styles/notes.css';

export function GuideField({ interview }: { interview: Interview }) {
  const guides = useQuery('guides.list', {}, { errors: 'toast' });
  const coverage = useQuery('coverage.interview', { interviewId: interview.id }, { errors: 'toast' });
  const call = useCall();
  const guideId = coverage.data?.guideId ?? null;
  const tally = { asked: 0, skipped: 0, pending: 0 };
  for (const q of coverage.data?.questions ?? []) tally[q.status] += 1;
  const selectId = `guide-of-${interview.id}`;
  return (
    <section className="detail-section">
      <h3 className="detail-heading">Interview guide</h3>
      <label className="visually-hidden" htmlFor={selectId}>
        Interview guide
      </label>
      <select
        id={selectId}
        className="input select"
        value={guideId ?? ''}
        disabled={!coverage.data}
        onChange={(e) =>
          void call('interviews.setGuide', {
            interviewId: interview.id,
            guideId: e.target.value ? Number(e.target.value) : null,
          })
        }
      >
        <option value="">No guide</option>
        {(guides.data ?? []).map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {guideId !== null && coverage.data ? (
        <p className="muted guide-field-tally">
          {tally.asked} asked · {tally.skipped} skipped · {tally.pending} not asked
        </p>
      ) : (guides.data?.length ?? 0) === 0 ? (
        <p className="muted">
          No guides yet — <a href="#/questions/guides">build one from the question bank</a>.
        </p>
      ) : null}
      <a className="btn btn-primary guide-field-start" href={liveHref(interview.id)}>
        Start interview mode
      </a>
    </section>
  );
}

/** One interview's coverage: which guide questions were asked, skipped or not reached, and section evidence. */
import { useQuery } from '../../api/hooks';
import { formatElapsed } from '../../editor/TimestampNode';
import { ErrorNotice } from '../../ui/Notice';
import { SectionEvidence } from './SectionEvidence';
import '../../styles/coverage.css';

const STATUS_LABEL = { asked: 'Asked', skipped: 'Skipped', pending: 'Not asked yet' } as const;

export function InterviewCoverageView({ interviewId }: { interviewId: number }) {
  const coverage = useQuery('coverage.interview', { interviewId });
  if (coverage.error && !coverage.data)
    return <ErrorNotice title="Coverage could not be loaded" message={coverage.error.message} />;
  const c = coverage.data;
  if (!c) return <p className="loading muted">Loading coverage…</p>;
  const tally = { asked: 0, skipped: 0, pending: 0 };
  for (const q of c.questions) tally[q.status] += 1;
  return (
    <div className="coverage">
      <section className="coverage-block" aria-labelledby="coverage-questions">
        <h2 id="coverage-questions" className="section-heading">
          Guide questions
        </h2>
        {c.questions.length ? (
          <>
            <p className="coverage-tally" data-testid="coverage-tally">
              <span className="tally tally-asked">{tally.asked} asked</span>
              <span className="tally tally-skipped">{tally.skipped} skipped</span>
              <span className="tally tally-pending">{tally.pending} not asked</span>
            </p>
            <ol className="coverage-questions">
              {c.questions.map((q) => (
                <li key={q.guideItemId} className={`coverage-q is-${q.status}`}>
                  <span className="coverage-q-text">{q.text}</span>
                  <span className="coverage-q-status">
                    {STATUS_LABEL[q.status]}
                    {q.atMs !== null && q.status !== 'pending' ? ` at ${formatElapsed(q.atMs)}` : ''}
                    {q.hasNotes ? ' · notes' : ''}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">No guide is attached to this interview.</p>
        )}
      </section>
      <SectionEvidence heading="Persona sections" rows={c.sections} />
    </div>
  );
}

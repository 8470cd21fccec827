/** Coverage across the study: how often each guide question was asked or skipped, and evidence per section. */
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { SectionEvidence } from './SectionEvidence';
import '../../styles/coverage.css';

export function StudyCoverageView() {
  const coverage = useQuery('coverage.study', {});
  if (coverage.error && !coverage.data)
    return (
      <ErrorNotice
        title="Coverage could not be loaded"
        message={coverage.error.message}
        onRetry={() => void coverage.refetch()}
      />
    );
  const c = coverage.data;
  if (!c) return <p className="loading muted">Loading coverage…</p>;
  return (
    <div className="screen-content coverage coverage-study">
      <section className="coverage-block" aria-labelledby="study-questions">
        <h2 id="study-questions" className="section-heading">
          Guide questions <span className="muted">across {count(c.interviews, 'interview')} with a guide</span>
        </h2>
        {c.questions.length ? (
          <table className="coverage-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col" className="numeric">
                  Asked
                </th>
                <th scope="col" className="numeric">
                  Skipped
                </th>
                <th scope="col" className="numeric">
                  Not asked
                </th>
              </tr>
            </thead>
            <tbody>
              {c.questions.map((q, i) => (
                <tr key={`${q.questionId ?? 'c'}-${i}`}>
                  <td>{q.text}</td>
                  <td className="numeric">{q.asked}</td>
                  <td className="numeric">{q.skipped || <span className="muted">0</span>}</td>
                  <td className={`numeric${q.pending ? ' coverage-gap' : ''}`}>{q.pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <EmptyState title="No guided interviews yet">
            <p>
              Attach a guide to an interview (Interviews → Interview guide) and run interview mode; coverage appears
              here.
            </p>
          </EmptyState>
        )}
      </section>
      <SectionEvidence
        heading="Persona sections"
        rows={c.sections.map((s) => ({
          section: s.section,
          quotes: s.quotes,
          detail: `${count(s.participants, 'participant')}`,
        }))}
      />
    </div>
  );
}

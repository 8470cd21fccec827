/** Persona-framework sections with their evidence counts; a section with none says so plainly. */
import { PERSONA_SECTION_LABELS, type PersonaSection } from '../../../../shared/domain/guide';
import { count } from '../../ui/format';

export interface SectionRow {
  section: PersonaSection;
  quotes: number;
  detail?: string;
}

export function SectionEvidence({ rows, heading }: { rows: readonly SectionRow[]; heading: string }) {
  const max = Math.max(1, ...rows.map((r) => r.quotes));
  const missing = rows.filter((r) => r.quotes === 0).length;
  return (
    <section className="coverage-block" aria-labelledby="coverage-sections">
      <h2 id="coverage-sections" className="section-heading">
        {heading}{' '}
        <span className="muted">{missing ? `${missing} without evidence yet` : 'every section has evidence'}</span>
      </h2>
      <ul className="section-evidence">
        {rows.map((r) => (
          <li key={r.section} className={`section-row${r.quotes ? '' : ' is-empty'}`}>
            <span className="section-name">{PERSONA_SECTION_LABELS[r.section]}</span>
            {r.quotes ? (
              <>
                <span className="section-bar" aria-hidden="true">
                  <span style={{ width: `${(r.quotes / max) * 100}%` }} />
                </span>
                <span className="section-count">
                  {count(r.quotes, 'quote')}
                  {r.detail ? <span className="muted"> · {r.detail}</span> : null}
                </span>
              </>
            ) : (
              <span className="section-none">No evidence yet</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

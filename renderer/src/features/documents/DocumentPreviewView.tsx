/** The preview of a document import: what the rows become (counts, warnings) and the first rows as stored. */
import type { DocumentPreview } from '../../../../shared/domain/document';
import { count, formatDate } from '../../ui/format';

const PERSON_LABELS: Record<DocumentPreview['rows'][number]['person'], string> = {
  existing: 'already in the project',
  new: 'new participant',
  none: 'nobody named',
};

export function DocumentPreviewView({ preview }: { preview: DocumentPreview }) {
  const c = preview.counts;
  return (
    <section className="crm-preview" aria-label="Preview">
      <p>
        {count(c.imported, 'row')} of {c.rows.toLocaleString('en')} become readable, codable text
        {c.empty ? `; ${count(c.empty, 'row')} without text ${c.empty === 1 ? 'is' : 'are'} left out` : ''}. Written by{' '}
        {count(c.existingParticipants, 'participant')} already in the project and{' '}
        {count(c.newParticipants, 'new participant')}
        {c.newCompanies ? `, with ${count(c.newCompanies, 'new company', 'new companies')}` : ''}.
      </p>
      {preview.warnings.length ? (
        <ul className="crm-list" aria-label="Warnings">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <table className="speaker-table document-rows">
        <caption className="speaker-caption">First rows as they will be stored</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Date</th>
            <th scope="col">Written by</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row}>
              <td className="numeric">{r.row}</td>
              <td>{r.date === null ? <span className="muted">No date</span> : formatDate(r.date)}</td>
              <td>
                {r.participant || <span className="muted">—</span>}
                <span className="muted"> ({PERSON_LABELS[r.person]})</span>
                {r.company ? <div className="muted">{r.company}</div> : null}
              </td>
              <td className="document-text">{r.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The column mapping of a CRM import: each Groundwork field takes one column, with that column's sample values beside it. */
import { CRM_FIELD_LABELS, CRM_FIELDS, type CrmMapping, type CrmStaged } from '../../../../shared/domain/crm';

export function CrmMappingTable({
  staged,
  mapping,
  onChange,
}: {
  staged: CrmStaged;
  mapping: CrmMapping;
  onChange(next: CrmMapping): void;
}) {
  const samples = (header: string | undefined): string => {
    if (!header) return '';
    const i = staged.headers.indexOf(header);
    const values = staged.sample.map((row) => row[i] ?? '').filter((v) => v !== '');
    return values.slice(0, 3).join(' · ');
  };
  return (
    <table className="speaker-table crm-mapping">
      <caption className="speaker-caption">
        Columns of {staged.fileName} ({staged.rowCount} {staged.rowCount === 1 ? 'row' : 'rows'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Groundwork field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">Sample values</th>
        </tr>
      </thead>
      <tbody>
        {CRM_FIELDS.map((field) => {
          const id = `crm-map-${field}`;
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={id}>{CRM_FIELD_LABELS[field]}</label>
              </th>
              <td>
                <select
                  id={id}
                  className="input"
                  value={mapping[field] ?? ''}
                  onChange={(e) => {
                    const next = { ...mapping };
                    if (e.target.value) next[field] = e.target.value;
                    else delete next[field];
                    onChange(next);
                  }}
                >
                  <option value="">Not imported</option>
                  {staged.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </td>
              <td className="crm-sample">{samples(mapping[field])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

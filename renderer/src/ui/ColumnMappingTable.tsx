/**
 * A column mapping for a table import: each field takes one column of the file (or none), with that
 * column's first sample values beside it. Presentational: the fields, labels and staged sample come in.
 */
export function ColumnMappingTable<F extends string>({
  idPrefix,
  fileName,
  headers,
  sample,
  rowCount,
  fields,
  labels,
  mapping,
  onChange,
}: {
  idPrefix: string;
  fileName: string;
  headers: readonly string[];
  sample: readonly (readonly string[])[];
  rowCount: number;
  fields: readonly F[];
  labels: Record<F, string>;
  mapping: Partial<Record<F, string>>;
  onChange(next: Partial<Record<F, string>>): void;
}) {
  const samples = (header: string | undefined): string => {
    if (!header) return '';
    const i = headers.indexOf(header);
    return sample
      .map((row) => row[i] ?? '')
      .filter((v) => v !== '')
      .slice(0, 3)
      .join(' · ');
  };
  return (
    <table className="speaker-table crm-mapping">
      <caption className="speaker-caption">
        Columns of {fileName} ({rowCount.toLocaleString('en')} {rowCount === 1 ? 'row' : 'rows'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Groundwork field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">Sample values</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const id = `${idPrefix}-${field}`;
          return (
            <tr key={field}>
              <th scope="row">
                <label htmlFor={id}>{labels[field]}</label>
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
                  {headers.map((h) => (
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

/** Tags × participants (or segments) as a heatmap table: shade and number per cell; a non-zero cell opens its quotes. */
import { useState } from 'react';
import type { EvidenceFilters, EvidenceMatrix as Matrix } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import type { EvidenceRequest } from './EvidenceDrawer';

/** Four shades, so the number stays readable on each; the darkest uses light text. */
function level(n: number, max: number): number {
  if (n === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((n / max) * 4));
}

function MatrixTable({
  matrix,
  filters,
  onOpen,
}: {
  matrix: Matrix;
  filters: EvidenceFilters;
  onOpen(r: EvidenceRequest): void;
}) {
  if (matrix.rows.length === 0)
    return <p className="muted">No coded quotes match. Tag quotes in an interview to fill the matrix.</p>;
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Evidence matrix, scrollable">
      <table className="matrix">
        <caption className="visually-hidden">
          Quotes per tag and {matrix.axis === 'participant' ? 'participant' : 'segment'}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Tag
            </th>
            {matrix.columns.map((c) => (
              <th key={c.id ?? 'none'} scope="col" className="matrix-col">
                <span>{c.label}</span>
              </th>
            ))}
            <th scope="col" className="matrix-total">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.tagId}>
              <th scope="row" className="matrix-row">
                <span className="tag-swatch" style={{ backgroundColor: row.colour }} aria-hidden="true" />
                {row.path}
              </th>
              {row.counts.map((n, i) => {
                const col = matrix.columns[i]!;
                return (
                  <td key={col.id ?? 'none'} className="matrix-cell" data-level={level(n, matrix.max)}>
                    {n > 0 ? (
                      <button
                        type="button"
                        className="matrix-button"
                        aria-label={`${row.path}, ${col.label}: ${count(n, 'quote')}`}
                        onClick={() =>
                          onOpen({
                            tagId: row.tagId,
                            title: `${row.path} · ${col.label}`,
                            filters,
                            participantId: matrix.axis === 'participant' ? (col.id ?? 'none') : null,
                            segmentId: matrix.axis === 'segment' ? (col.id ?? 'none') : null,
                          })
                        }
                      >
                        {n}
                      </button>
                    ) : (
                      <span className="matrix-zero" aria-label="none">
                        ·
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="matrix-total">
                <button
                  type="button"
                  className="matrix-button"
                  aria-label={`${row.path}, all: ${count(row.total, 'quote')}`}
                  onClick={() => onOpen({ tagId: row.tagId, title: row.path, filters })}
                >
                  {row.total}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EvidenceMatrix({ filters, onOpen }: { filters: EvidenceFilters; onOpen(r: EvidenceRequest): void }) {
  const [axis, setAxis] = useState<'participant' | 'segment'>('participant');
  const [kind, setKind] = useState<TagKind | ''>('');
  const matrix = useQuery('synthesis.matrix', { filters, axis, kinds: kind ? [kind] : [] });
  return (
    <section className="synthesis-panel synthesis-wide" aria-labelledby="matrix-title">
      <header className="panel-head">
        <h2 id="matrix-title" className="panel-title">
          Evidence matrix
        </h2>
        <div className="panel-controls">
          <div className="segmented" role="radiogroup" aria-label="Columns">
            {(['participant', 'segment'] as const).map((a) => (
              <label key={a} className={`segmented-option${axis === a ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name="matrix-axis"
                  className="visually-hidden"
                  checked={axis === a}
                  onChange={() => setAxis(a)}
                />
                {a === 'participant' ? 'Participants' : 'Segments'}
              </label>
            ))}
          </div>
          <label className="filter-inline">
            <span>Kind</span>
            <select className="input select" value={kind} onChange={(e) => setKind(e.target.value as TagKind | '')}>
              <option value="">All kinds</option>
              {TAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TAG_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {matrix.error ? (
        <ErrorNotice
          title="The matrix could not be loaded"
          message={matrix.error.message}
          onRetry={() => void matrix.refetch()}
        />
      ) : null}
      {matrix.data ? (
        <MatrixTable matrix={matrix.data} filters={filters} onOpen={onOpen} />
      ) : (
        <p className="loading muted">Loading the matrix…</p>
      )}
    </section>
  );
}

/**
 * Tags × participants (or segments) as a heatmap table. Every cell counts people, like the roll-up: in
 * the segment view how many of its participants support the tag, in the participant view whether that
 * person does (✓). Quotes are the secondary number (in the cell's label and tooltip); counter-evidence
 * shows apart (✗ / −n). A non-empty cell opens its quotes.
 */
import { useMemo, useState } from 'react';
import type { EvidenceFilters, EvidenceMatrix as Matrix } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import type { EvidenceRequest } from './EvidenceDrawer';
import { useNames } from '../names/useNames';

/** Four shades, so the number stays readable on each; the darkest uses light text. */
function level(n: number, max: number): number {
  if (n === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((n / max) * 4));
}

type Row = Matrix['rows'][number];

/** "3 participants support (5 quotes); 1 contradicts" — what a cell means, for its label and tooltip. */
export function cellWords(people: number, quotes: number, against: number): string {
  const parts: string[] = [];
  if (people)
    parts.push(`${count(people, 'participant')} ${people === 1 ? 'supports' : 'support'} (${count(quotes, 'quote')})`);
  if (against) parts.push(`${against} ${against === 1 ? 'contradicts' : 'contradict'}`);
  return parts.join('; ') || 'no evidence';
}

function Cell({
  row,
  i,
  matrix,
  onOpen,
}: {
  row: Row;
  i: number;
  matrix: Matrix;
  onOpen(stance: 'supports' | 'contradicts'): void;
}) {
  const people = row.counts[i]!;
  const against = row.contradicting[i]!;
  const col = matrix.columns[i]!;
  if (people === 0 && against === 0) {
    return (
      <td className="matrix-cell" data-level={0}>
        <span className="matrix-zero" aria-label="none">
          ·
        </span>
      </td>
    );
  }
  const words = cellWords(people, row.quotes[i]!, against);
  const byPerson = matrix.axis === 'participant';
  return (
    <td className="matrix-cell" data-level={level(people, matrix.max)}>
      <button
        type="button"
        className="matrix-button"
        title={words}
        aria-label={`${row.path}, ${col.label}: ${words}`}
        onClick={() => onOpen(people > 0 ? 'supports' : 'contradicts')}
      >
        {people > 0 ? (byPerson ? '✓' : people) : null}
        {against > 0 ? <span className="matrix-against">{byPerson ? '✗' : `−${against}`}</span> : null}
      </button>
    </td>
  );
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
    <div className="matrix-scroll" data-scroll-x tabIndex={0} role="region" aria-label="Evidence matrix, scrollable">
      <table className="matrix">
        <caption className="visually-hidden">
          Participants per tag and {matrix.axis === 'participant' ? 'participant' : 'segment'}
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
              Participants
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
              {row.counts.map((_, i) => {
                const col = matrix.columns[i]!;
                return (
                  <Cell
                    key={col.id ?? 'none'}
                    row={row}
                    i={i}
                    matrix={matrix}
                    onOpen={(stance) =>
                      onOpen({
                        tagId: row.tagId,
                        title: `${row.path} · ${col.label}`,
                        filters,
                        participantId: matrix.axis === 'participant' ? col.id : null,
                        segmentId: matrix.axis === 'segment' ? (col.id ?? 'none') : null,
                        stance,
                      })
                    }
                  />
                );
              })}
              <td className="matrix-total">
                <button
                  type="button"
                  className="matrix-button"
                  title={cellWords(row.total, row.totalQuotes, row.totalContradicting)}
                  aria-label={`${row.path}, all: ${cellWords(row.total, row.totalQuotes, row.totalContradicting)}`}
                  onClick={() =>
                    onOpen({
                      tagId: row.tagId,
                      title: row.path,
                      filters,
                      stance: row.total > 0 ? 'supports' : 'contradicts',
                    })
                  }
                >
                  {row.total}
                  {row.totalContradicting > 0 ? (
                    <span className="matrix-against">−{row.totalContradicting}</span>
                  ) : null}
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
  const names = useNames();
  // Participant columns by real name (pseudonym beside it), or pseudonym only in presentation mode.
  const shown = useMemo(
    () =>
      matrix.data?.axis === 'participant'
        ? { ...matrix.data, columns: matrix.data.columns.map((c) => ({ ...c, label: names.label(c.id, c.label) })) }
        : matrix.data,
    [matrix.data, names],
  );
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
      {shown ? (
        <MatrixTable matrix={shown} filters={filters} onOpen={onOpen} />
      ) : (
        <p className="loading muted">Loading the matrix…</p>
      )}
    </section>
  );
}

/**
 * Tags × participants (or segments) as a heatmap table. Every cell counts people, like the roll-up: in
 * the segment view how many of its participants support the tag, in the participant view whether that
 * person does (✓). Quotes are the secondary number (in the cell's label and tooltip); counter-evidence
 * shows apart (✗ / −n). A non-empty cell opens its quotes. Rows and columns are virtualised, and only
 * the cells in view are fetched (synthesis.matrix's window), so 800 tags × 2,000 people stays light.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EvidenceFilters, EvidenceMatrix as Matrix } from '../../../../shared/domain/synthesis';
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import type { MatrixShape } from './SynthesisExportButton';
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

/** Cell sizes the virtualisers lay out by (the CSS gives cells exactly these, border spacing included). */
const ROW_HEIGHT = 32;
const COL_WIDTH = 46;
const TAG_COLUMN = 260;
const TOTAL_COLUMN = 96;
/** The sticky header row's height with its spacing: rows start below it. */
const HEADER_HEIGHT = 40;
/** Cells are fetched in blocks around what is visible, so a small scroll asks for nothing new. */
const ROW_BLOCK = 40;
const COL_BLOCK = 30;

type Window = { rowOffset: number; rowCount: number; colOffset: number; colCount: number };

function Cell({
  row,
  r,
  i,
  matrix,
  onOpen,
}: {
  row: Row;
  /** Row position, for the loaded window's offsets. */
  r: number;
  i: number;
  matrix: Matrix;
  onOpen(stance: 'supports' | 'contradicts'): void;
}) {
  const win = matrix.window;
  const inside =
    !win ||
    (r >= win.rowOffset && r < win.rowOffset + win.rowCount && i >= win.colOffset && i < win.colOffset + win.colCount);
  const at = win ? i - win.colOffset : i;
  const col = matrix.columns[i]!;
  if (!inside || row.counts.length === 0) {
    // Not loaded yet (scrolled past the fetched block): an empty square until it arrives.
    return <td className="matrix-cell matrix-pending" data-level={0} aria-busy="true" />;
  }
  const people = row.counts[at]!;
  const against = row.contradicting[at]!;
  if (people === 0 && against === 0) {
    return (
      <td className="matrix-cell" data-level={0}>
        <span className="matrix-zero" aria-label="none">
          ·
        </span>
      </td>
    );
  }
  const words = cellWords(people, row.quotes[at]!, against);
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

/**
 * The matrix virtualised in both directions: only the rows and columns in view (and a few beyond) are
 * in the DOM, between spacers that keep the scrollbars true to the whole matrix; the row headers and
 * the column headers stay stuck to their edges. `onWindow` asks for the cells of what is in view.
 */
function MatrixTable({
  matrix,
  filters,
  onOpen,
  onWindow,
}: {
  matrix: Matrix;
  filters: EvidenceFilters;
  onOpen(r: EvidenceRequest): void;
  onWindow(w: Window): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowsV = useVirtualizer({
    count: matrix.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: 6,
  });
  const colsV = useVirtualizer({
    horizontal: true,
    count: matrix.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_WIDTH,
    scrollMargin: TAG_COLUMN + 2,
    overscan: 4,
  });
  const rows = rowsV.getVirtualItems();
  const cols = colsV.getVirtualItems();
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows[rows.length - 1]?.index ?? 0;
  const firstCol = cols[0]?.index ?? 0;
  const lastCol = cols[cols.length - 1]?.index ?? 0;
  // The block of cells that covers the view: whole blocks, so scrolling within one asks nothing.
  const rowOffset = Math.floor(firstRow / ROW_BLOCK) * ROW_BLOCK;
  const colOffset = Math.floor(firstCol / COL_BLOCK) * COL_BLOCK;
  const rowCount = (Math.floor(lastRow / ROW_BLOCK) + 1) * ROW_BLOCK - rowOffset;
  const colCount = (Math.floor(lastCol / COL_BLOCK) + 1) * COL_BLOCK - colOffset;
  useEffect(() => {
    onWindow({ rowOffset, rowCount, colOffset, colCount });
  }, [onWindow, rowOffset, rowCount, colOffset, colCount]);

  if (matrix.rows.length === 0)
    return <p className="muted">No coded quotes match. Tag quotes in an interview to fill the matrix.</p>;
  // Spacers stand for the rows and columns out of view (item positions include the scroll margins).
  const left = (cols[0]?.start ?? TAG_COLUMN + 2) - (TAG_COLUMN + 2);
  const right = colsV.getTotalSize() - ((cols[cols.length - 1]?.end ?? TAG_COLUMN + 2) - (TAG_COLUMN + 2));
  const top = (rows[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const bottom = rowsV.getTotalSize() - ((rows[rows.length - 1]?.end ?? HEADER_HEIGHT) - HEADER_HEIGHT);
  return (
    <div
      className="matrix-scroll"
      data-scroll-x
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Evidence matrix, scrollable"
    >
      <table
        className="matrix matrix-virtual"
        aria-rowcount={matrix.rows.length + 1}
        aria-colcount={matrix.columns.length + 2}
        style={{ width: TAG_COLUMN + 2 + colsV.getTotalSize() + TOTAL_COLUMN + 2 }}
      >
        <caption className="visually-hidden">
          Participants per tag and {matrix.axis === 'participant' ? 'participant' : 'segment'}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="matrix-corner" style={{ width: TAG_COLUMN }}>
              Tag
            </th>
            {left > 0 ? <th className="matrix-spacer" style={{ width: left - 2 }} aria-hidden="true" /> : null}
            {cols.map((vc) => {
              const c = matrix.columns[vc.index]!;
              return (
                <th key={c.id ?? 'none'} scope="col" className="matrix-col" aria-colindex={vc.index + 2}>
                  <span title={c.label}>{c.label}</span>
                </th>
              );
            })}
            {right > 0 ? <th className="matrix-spacer" style={{ width: right - 2 }} aria-hidden="true" /> : null}
            <th
              scope="col"
              className="matrix-total"
              style={{ width: TOTAL_COLUMN }}
              aria-colindex={matrix.columns.length + 2}
            >
              Participants
            </th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true">
              <td className="matrix-spacer" style={{ height: top }} />
            </tr>
          ) : null}
          {rows.map((vr) => {
            const row = matrix.rows[vr.index]!;
            return (
              <tr key={row.tagId} aria-rowindex={vr.index + 2}>
                <th
                  scope="row"
                  className="matrix-row"
                  style={{ width: TAG_COLUMN, maxWidth: TAG_COLUMN }}
                  title={row.path}
                >
                  <span className="tag-swatch" style={{ backgroundColor: row.colour }} aria-hidden="true" />
                  {row.path}
                </th>
                {left > 0 ? <td className="matrix-spacer" aria-hidden="true" /> : null}
                {cols.map((vc) => {
                  const col = matrix.columns[vc.index]!;
                  return (
                    <Cell
                      key={col.id ?? 'none'}
                      row={row}
                      r={vr.index}
                      i={vc.index}
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
                {right > 0 ? <td className="matrix-spacer" aria-hidden="true" /> : null}
                <td className="matrix-total">
                  <button
                    type="button"
                    className="matrix-button"
                    title={cellWords(row.total, row.totalQuotes, row.totalContradicting)}
                    // The visible figures lead the name ("2−1"), so speech input can say what it sees.
                    aria-label={`${row.total}${row.totalContradicting > 0 ? `−${row.totalContradicting}` : ''} — ${row.path}, all: ${cellWords(row.total, row.totalQuotes, row.totalContradicting)}`}
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
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true">
              <td className="matrix-spacer" style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function EvidenceMatrix({
  filters,
  onOpen,
  onShape,
}: {
  filters: EvidenceFilters;
  onOpen(r: EvidenceRequest): void;
  /** The columns and kind chosen here, for the screen's export (which exports the matrix as shown). */
  onShape?(shape: MatrixShape): void;
}) {
  const [axis, setAxis] = useState<'participant' | 'segment'>('participant');
  const [kind, setKind] = useState<TagKind | ''>('');
  useEffect(() => onShape?.({ axis, kind }), [onShape, axis, kind]);
  const [view, setView] = useState<Window>({ rowOffset: 0, rowCount: ROW_BLOCK, colOffset: 0, colCount: COL_BLOCK });
  const onWindow = useCallback(
    (w: Window) =>
      setView((old) =>
        old.rowOffset === w.rowOffset &&
        old.rowCount === w.rowCount &&
        old.colOffset === w.colOffset &&
        old.colCount === w.colCount
          ? old
          : w,
      ),
    [],
  );
  const query = useQuery('synthesis.matrix', { filters, axis, kinds: kind ? [kind] : [], window: view });
  // While a newly scrolled-to block loads, the last one stays on screen (its rows and columns are the same).
  const last = useRef<{ key: string; data: Matrix } | null>(null);
  const shape = JSON.stringify({ filters, axis, kind });
  if (query.data) last.current = { key: shape, data: query.data };
  const data = query.data ?? (last.current?.key === shape ? last.current.data : undefined);
  const names = useNames();
  // Participant columns by real name (pseudonym beside it), or pseudonym only in presentation mode.
  const shown = useMemo(
    () =>
      data?.axis === 'participant'
        ? { ...data, columns: data.columns.map((c) => ({ ...c, label: names.label(c.id, c.label) })) }
        : data,
    [data, names],
  );
  const matrix = { ...query, data: shown };
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
        <MatrixTable matrix={shown} filters={filters} onOpen={onOpen} onWindow={onWindow} />
      ) : matrix.error ? null : (
        <p className="loading muted">Loading the matrix…</p>
      )}
    </section>
  );
}

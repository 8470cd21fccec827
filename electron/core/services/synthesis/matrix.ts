/**
 * The evidence matrix: tags × participants or segments. Co-occurrence and saturation are in patterns.ts.
 * Every row carries its totals (one GROUP BY over a covering index); cells are counted only for the
 * window the screen shows, so a 800 × 2,000 matrix costs what one screenful of it holds.
 */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, EvidenceMatrix, MatrixWindow } from '../../../../shared/domain/synthesis';
import type { TagKind } from '../../../../shared/domain/tag';
import { evidenceWhere } from '../../repos/evidence';
import {
  matrixCells,
  matrixColumnIds,
  matrixMax,
  matrixTotals,
  participantLabels,
  segmentLabels,
} from '../../repos/evidenceMatrix';
import { listTagsBasic } from '../../repos/tags';

export function evidenceMatrix(
  db: Database,
  filters: EvidenceFilters,
  axis: 'participant' | 'segment',
  kinds: TagKind[],
  window: MatrixWindow | null = null,
): EvidenceMatrix {
  const tags = listTagsBasic(db).filter((t) => kinds.length === 0 || kinds.includes(t.kind));
  const keep = new Map(tags.map((t) => [t.id, t]));
  const w = evidenceWhere(filters);
  // Row totals are distinct over the whole row (a participant in two columns is one person); with
  // segments partitioning the study and one column per participant, they equal the column sums.
  const totals = matrixTotals(db, w).filter((r) => keep.has(r[0]));
  const kept = new Set(totals.map((r) => r[0]));
  // The columns: whoever (or whichever segment) has evidence for a tag in the rows.
  const tagList = JSON.stringify([...kept]);
  const present = matrixColumnIds(db, w, axis, tagList);
  const labels = new Map<number | null, string>();
  if (axis === 'participant') {
    for (const p of participantLabels(db)) labels.set(p.id, p.pseudonym);
  } else {
    for (const s of segmentLabels(db)) labels.set(s.id, s.name);
    labels.set(null, 'No segment');
  }
  const columns = present
    .map((id) => ({ id, label: labels.get(id) ?? '?' }))
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.label.localeCompare(b.label)));

  const ordered = totals
    .map(([tagId, total, totalQuotes, totalContradicting]) => ({
      tag: keep.get(tagId)!,
      total,
      totalQuotes,
      totalContradicting,
    }))
    .sort((a, b) => b.total - a.total || b.totalQuotes - a.totalQuotes || a.tag.path.localeCompare(b.tag.path));

  // Cells for the window (or all): rows and columns by position in the orders above.
  const rowFrom = window?.rowOffset ?? 0;
  const rowTo = window ? Math.min(ordered.length, rowFrom + window.rowCount) : ordered.length;
  const colFrom = window ? Math.min(columns.length, window.colOffset) : 0;
  const colTo = window ? Math.min(columns.length, colFrom + window.colCount) : columns.length;
  const windowTags = ordered.slice(rowFrom, rowTo).map((r) => r.tag.id);
  const windowCols = columns.slice(colFrom, colTo).map((c) => c.id);
  const colIndex = new Map(windowCols.map((id, i) => [id, i]));
  const cells = new Map<number, { counts: number[]; quotes: number[]; contradicting: number[] }>();
  for (const id of windowTags) {
    const zeros = () => windowCols.map(() => 0);
    cells.set(id, { counts: zeros(), quotes: zeros(), contradicting: zeros() });
  }
  if (windowTags.length && windowCols.length) {
    const whole = !window || (colFrom === 0 && colTo === columns.length);
    const cellRows = matrixCells(
      db,
      w,
      axis,
      windowTags,
      whole
        ? null
        : {
            ids: windowCols.filter((c): c is number => c !== null),
            withNull: axis === 'segment' && windowCols.includes(null),
          },
    );
    for (const [tagId, col, people, quotes, against] of cellRows) {
      const row = cells.get(tagId);
      const i = colIndex.get(col);
      if (!row || i === undefined) continue;
      row.counts[i] = people;
      row.quotes[i] = quotes;
      row.contradicting[i] = against;
    }
  }
  // The darkest shade: one person per cell in the participant view; the busiest segment cell otherwise
  // (segments are few, so that GROUP BY is over tags × a handful of columns).
  const max =
    axis === 'participant' ? (ordered.some((r) => r.total > 0) ? 1 : 0) : (matrixMax(db, w, axis, tagList) ?? 0);
  const rows = ordered.map((r) => {
    const c = cells.get(r.tag.id) ?? { counts: [], quotes: [], contradicting: [] };
    return {
      tagId: r.tag.id,
      path: r.tag.path,
      kind: r.tag.kind,
      colour: r.tag.colour,
      ...c,
      total: r.total,
      totalQuotes: r.totalQuotes,
      totalContradicting: r.totalContradicting,
    };
  });
  return {
    axis,
    window: window && { rowOffset: rowFrom, rowCount: rowTo - rowFrom, colOffset: colFrom, colCount: colTo - colFrom },
    columns,
    rows,
    max,
  };
}

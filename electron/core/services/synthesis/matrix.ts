/** The evidence matrix: tags × participants or segments. Co-occurrence and saturation are in patterns.ts. */
import type { Database } from 'better-sqlite3';
import type { TagKind } from '../../../../shared/domain/tag';
import type { EvidenceFilters, EvidenceMatrix } from '../../../../shared/domain/synthesis';
import { stmt } from '../../db/sql';
import { listTagsBasic } from '../../repos/tags';
import { evidenceWhere, rawStmt } from './evidence';

export function evidenceMatrix(
  db: Database,
  filters: EvidenceFilters,
  axis: 'participant' | 'segment',
  kinds: TagKind[],
): EvidenceMatrix {
  const tags = listTagsBasic(db).filter((t) => kinds.length === 0 || kinds.includes(t.kind));
  const keep = new Map(tags.map((t) => [t.id, t]));
  const column = axis === 'participant' ? 'e.participant_id' : 'e.segment_id';
  const w = evidenceWhere(filters);
  const S = "FILTER (WHERE e.stance = 'supports')";
  const C = "FILTER (WHERE e.stance = 'contradicts')";
  // Every cell counts distinct participants (the roll-up's unit), quotes second; stances apart.
  const cellRows = (
    rawStmt(
      db,
      `SELECT e.tag_id, ${column}, count(DISTINCT e.participant_id) ${S}, count(*) ${S}, count(DISTINCT e.participant_id) ${C}
         FROM evidence e ${w.joins} ${w.where} GROUP BY e.tag_id, ${column}`,
    ).all(w.params) as [number, number | null, number, number, number][]
  ).filter((r) => keep.has(r[0]));
  const labels = new Map<number | null, string>();
  if (axis === 'participant') {
    for (const p of stmt(db, 'SELECT id, pseudonym FROM participants').all() as { id: number; pseudonym: string }[])
      labels.set(p.id, p.pseudonym);
  } else {
    for (const s of stmt(db, 'SELECT id, name FROM segments').all() as { id: number; name: string }[])
      labels.set(s.id, s.name);
    labels.set(null, 'No segment');
  }
  const columns = [...new Set(cellRows.map((r) => r[1]))]
    .map((id) => ({ id, label: labels.get(id) ?? '?' }))
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.label.localeCompare(b.label)));
  const index = new Map(columns.map((c, i) => [c.id, i]));
  const cells = new Map<number, { counts: number[]; quotes: number[]; contradicting: number[] }>();
  for (const [tagId, col, people, quotes, against] of cellRows) {
    let row = cells.get(tagId);
    if (!row)
      cells.set(
        tagId,
        (row = { counts: columns.map(() => 0), quotes: columns.map(() => 0), contradicting: columns.map(() => 0) }),
      );
    const i = index.get(col)!;
    row.counts[i] = people;
    row.quotes[i] = quotes;
    row.contradicting[i] = against;
  }
  // Row totals are distinct over the whole row (a participant in two columns is one person); with
  // segments partitioning the study and one column per participant, they equal the column sums.
  const totals = new Map(
    (
      rawStmt(
        db,
        `SELECT e.tag_id, count(DISTINCT e.participant_id) ${S}, count(*) ${S}, count(DISTINCT e.participant_id) ${C}
           FROM evidence e ${w.joins} ${w.where} GROUP BY e.tag_id`,
      ).all(w.params) as [number, number, number, number][]
    ).map(([t, ...n]) => [t, n]),
  );
  let max = 0;
  const out = tags
    .filter((t) => cells.has(t.id))
    .map((t) => {
      const row = cells.get(t.id)!;
      const [total, totalQuotes, totalContradicting] = totals.get(t.id) ?? [0, 0, 0];
      max = Math.max(max, ...row.counts);
      return {
        tagId: t.id,
        path: t.path,
        kind: t.kind,
        colour: t.colour,
        ...row,
        total,
        totalQuotes,
        totalContradicting,
      };
    })
    .sort((a, b) => b.total - a.total || b.totalQuotes - a.totalQuotes || a.path.localeCompare(b.path));
  return { axis, columns, rows: out, max };
}

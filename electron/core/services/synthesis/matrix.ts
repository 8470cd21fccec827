/** The evidence matrix (tags × participants or segments), co-occurrence, and saturation. */
import type { Database } from 'better-sqlite3';
import type { TagKind } from '../../../../shared/domain/tag';
import type { CoOccurrence, EvidenceFilters, EvidenceMatrix, Saturation } from '../../../../shared/domain/synthesis';
import { stmt } from '../../db/sql';
import { listTagsBasic } from '../../repos/tags';
import { evidenceRows, evidenceWhere, rawStmt } from './evidence';

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

/** Pairs of tags supported by the same quote, or by the same participant; most frequent first. */
export function coOccurrence(
  db: Database,
  filters: EvidenceFilters,
  scopeKind: 'quote' | 'participant',
  limit = 50,
): CoOccurrence {
  const rows = evidenceRows(db, filters);
  const groups = new Map<number, Set<number>>();
  for (const r of rows) {
    const key = scopeKind === 'quote' ? r.quoteId : r.participantId;
    const g = groups.get(key) ?? new Set<number>();
    g.add(r.tagId);
    groups.set(key, g);
  }
  const pairs = new Map<string, { a: number; b: number; count: number }>();
  for (const g of groups.values()) {
    const ids = [...g].sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}:${ids[j]}`;
        const p = pairs.get(k) ?? { a: ids[i]!, b: ids[j]!, count: 0 };
        p.count++;
        pairs.set(k, p);
      }
    }
  }
  return {
    scope: scopeKind,
    pairs: [...pairs.values()].sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b).slice(0, limit),
  };
}

/**
 * New tags per successive interview (by date): how many codes an interview introduced (with supporting
 * evidence) that no earlier interview had. Saturated when the last `window` interviews introduced none.
 */
export function saturation(db: Database, filters: EvidenceFilters, kind: TagKind | null, window: number): Saturation {
  const rows = evidenceRows(db, filters);
  const kinds = new Map(listTagsBasic(db).map((t) => [t.id, t.kind]));
  const interviews = stmt(
    db,
    "SELECT id, title, date FROM interviews WHERE status <> 'cancelled' AND id IN (SELECT value FROM json_each(?)) ORDER BY date IS NULL, date, id",
  ).all(JSON.stringify([...new Set(rows.map((r) => r.interviewId))])) as {
    id: number;
    title: string;
    date: number | null;
  }[];
  const tagsBy = new Map<number, Set<number>>();
  for (const r of rows) {
    if (kind !== null && kinds.get(r.tagId) !== kind) continue;
    const s = tagsBy.get(r.interviewId) ?? new Set<number>();
    s.add(r.tagId);
    tagsBy.set(r.interviewId, s);
  }
  const seen = new Set<number>();
  const points = interviews.map((i) => {
    const fresh = [...(tagsBy.get(i.id) ?? [])].filter((t) => !seen.has(t)).sort((a, b) => a - b);
    fresh.forEach((t) => seen.add(t));
    return {
      interviewId: i.id,
      title: i.title,
      date: i.date,
      newTags: fresh.length,
      cumulative: seen.size,
      newTagIds: fresh,
    };
  });
  const tail = points.slice(-window);
  const saturated = points.length >= window && tail.every((p) => p.newTags === 0);
  const what = kind === null ? 'code' : kind.replace(/_/g, ' ');
  const message =
    points.length < window
      ? `Too early to tell: ${points.length} of at least ${window} interviews coded.`
      : saturated
        ? `No new ${what} in the last ${window} interviews: this looks saturated.`
        : `New ${what}s still appear (${tail.reduce((n, p) => n + p.newTags, 0)} in the last ${window} interviews).`;
  return { kind, window, points, saturated, message };
}

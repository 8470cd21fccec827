/** tags access, with quote and participant counts per tag. */
import type { Database } from 'better-sqlite3';
import type { Tag } from '../../../shared/domain/tag';
import { stmt } from '../db/sql';

interface Row {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  kind: Tag['kind'];
  colour: string;
  definition: string;
  examples: string;
  pinned_slot: number | null;
  position: number;
  archived: number;
  created_at: number;
  updated_at: number;
  coding_count: number;
  quote_count: number;
  counted_count: number;
  participant_count: number;
  contradicting_count: number;
}

/**
 * Counts per tag. Evidence counts (quotes, supporting and contradicting participants) come from the
 * `evidence` table, so the codebook says exactly what synthesis says; codings counts every quote coded
 * with the tag, counted or not (the interviewer's words, unmapped speakers), for merges and deletes.
 */
const counts = (one: boolean) => `
  SELECT k.tag_id AS tag_id, k.codings AS coding_count, coalesce(e.quotes, 0) AS quote_count,
         coalesce(e.counted, 0) AS counted_count,
         coalesce(e.participants, 0) AS participant_count, coalesce(e.contradicting, 0) AS contradicting_count
    FROM (SELECT c.tag_id, count(*) AS codings FROM codings c ${one ? 'WHERE c.tag_id = @id' : ''} GROUP BY c.tag_id) k
    LEFT JOIN (
      SELECT e.tag_id, count(*) FILTER (WHERE e.stance = 'supports') AS quotes, count(*) AS counted,
             count(DISTINCT e.participant_id) FILTER (WHERE e.stance = 'supports') AS participants,
             count(DISTINCT e.participant_id) FILTER (WHERE e.stance = 'contradicts') AS contradicting
        FROM evidence e ${one ? 'WHERE e.tag_id = @id' : ''} GROUP BY e.tag_id) e ON e.tag_id = k.tag_id`;

const ZERO_COUNTS =
  '0 AS coding_count, 0 AS quote_count, 0 AS counted_count, 0 AS participant_count, 0 AS contradicting_count';

const select = (one: boolean) => `
  SELECT t.*, ${['coding_count', 'quote_count', 'counted_count', 'participant_count', 'contradicting_count']
    .map((c) => `coalesce(k.${c}, 0) AS ${c}`)
    .join(', ')}
    FROM tags t LEFT JOIN (${counts(one)}) k ON k.tag_id = t.id${one ? ' WHERE t.id = @id' : ''}`;
const SELECT_ALL = select(false);
const SELECT_ONE = select(true);

function withPaths(rows: Row[]): Tag[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (r: Row): string => {
    const parts = [r.name];
    const seen = new Set([r.id]);
    let p = r.parent_id !== null ? byId.get(r.parent_id) : undefined;
    while (p && !seen.has(p.id)) {
      parts.unshift(p.name);
      seen.add(p.id);
      p = p.parent_id !== null ? byId.get(p.parent_id) : undefined;
    }
    return parts.join(' / ');
  };
  return rows.map((r) => ({
    id: r.id,
    guid: r.guid,
    name: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    colour: r.colour,
    definition: r.definition,
    examples: r.examples,
    pinnedSlot: r.pinned_slot,
    position: r.position,
    archived: r.archived === 1,
    path: pathOf(r),
    codingCount: r.coding_count,
    quoteCount: r.quote_count,
    participantCount: r.participant_count,
    contradictingCount: r.contradicting_count,
    notCountedCount: r.coding_count - r.counted_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** All tags with paths but without counts (cheap; for roll-ups that count evidence themselves). */
export function listTagsBasic(db: Database): Tag[] {
  return withPaths(
    stmt(db, `SELECT *, ${ZERO_COUNTS} FROM tags ORDER BY position, name COLLATE NOCASE`).all() as Row[],
  );
}

export function listTags(db: Database): Tag[] {
  return withPaths(stmt(db, `${SELECT_ALL} ORDER BY t.position, t.name COLLATE NOCASE`).all() as Row[]);
}

/** One tag with its counts; its path needs its ancestors, which are few. */
export function getTag(db: Database, id: number): Tag | undefined {
  const row = stmt(db, SELECT_ONE).get({ id }) as Row | undefined;
  if (!row) return undefined;
  const chain: Row[] = [row];
  const seen = new Set([row.id]);
  for (let p = row.parent_id; p !== null && !seen.has(p);) {
    const parent = stmt(db, `SELECT *, ${ZERO_COUNTS} FROM tags WHERE id = ?`).get(p) as Row | undefined;
    if (!parent) break;
    chain.push(parent);
    seen.add(p);
    p = parent.parent_id;
  }
  return withPaths(chain)[0];
}

/** Name and state only, for hot paths (applying a tag) that need no counts. */
export function tagBasics(db: Database, id: number): { id: number; name: string; archived: boolean } | undefined {
  const row = stmt(db, 'SELECT id, name, archived FROM tags WHERE id = ?').get(id) as
    { id: number; name: string; archived: number } | undefined;
  return row && { id: row.id, name: row.name, archived: row.archived === 1 };
}

export function tagExists(db: Database, id: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM tags WHERE id = ?').get(id);
}

export function findTagByName(db: Database, parentId: number | null, name: string): { id: number } | undefined {
  return stmt(db, 'SELECT id FROM tags WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ? COLLATE NOCASE').get(
    parentId,
    name,
  ) as { id: number } | undefined;
}

export function childIds(db: Database, id: number): number[] {
  return (stmt(db, 'SELECT id FROM tags WHERE parent_id = ?').all(id) as { id: number }[]).map((r) => r.id);
}

export function parentOf(db: Database, id: number): number | null {
  return (
    (stmt(db, 'SELECT parent_id FROM tags WHERE id = ?').get(id) as { parent_id: number | null } | undefined)
      ?.parent_id ?? null
  );
}

export function nextPosition(db: Database, parentId: number | null): number {
  return (
    stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM tags WHERE coalesce(parent_id, 0) = coalesce(?, 0)').get(
      parentId,
    ) as { p: number }
  ).p;
}

export function tagIdBySlot(db: Database, slot: number): number | null {
  return (stmt(db, 'SELECT id FROM tags WHERE pinned_slot = ?').get(slot) as { id: number } | undefined)?.id ?? null;
}

export function codingsOfTag(
  db: Database,
  tagId: number,
): { id: number; quote_id: number; intensity: number | null }[] {
  return stmt(db, 'SELECT id, quote_id, intensity FROM codings WHERE tag_id = ?').all(tagId) as {
    id: number;
    quote_id: number;
    intensity: number | null;
  }[];
}

export function codingFor(
  db: Database,
  quoteId: number,
  tagId: number,
): { id: number; intensity: number | null; stance: 'supports' | 'contradicts' } | undefined {
  return stmt(db, 'SELECT id, intensity, stance FROM codings WHERE quote_id = ? AND tag_id = ?').get(quoteId, tagId) as
    { id: number; intensity: number | null; stance: 'supports' | 'contradicts' } | undefined;
}

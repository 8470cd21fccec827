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
  quote_count: number;
  participant_count: number;
}

/**
 * Participants are counted through the speaker of the quote's first turn, and only speakers that
 * count as evidence (never the interviewer).
 */
const SELECT = `
  SELECT t.*,
    (SELECT count(*) FROM codings c WHERE c.tag_id = t.id) AS quote_count,
    (SELECT count(DISTINCT sp.participant_id)
       FROM codings c
       JOIN quotes q ON q.id = c.quote_id
       JOIN transcript_segments s ON s.id = q.start_segment_id
       JOIN speakers sp ON sp.id = s.speaker_id
      WHERE c.tag_id = t.id AND sp.counts_as_evidence = 1 AND sp.participant_id IS NOT NULL) AS participant_count
  FROM tags t`;

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
    quoteCount: r.quote_count,
    participantCount: r.participant_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function listTags(db: Database): Tag[] {
  return withPaths(stmt(db, `${SELECT} ORDER BY t.position, t.name COLLATE NOCASE`).all() as Row[]);
}

export function getTag(db: Database, id: number): Tag | undefined {
  return listTags(db).find((t) => t.id === id);
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
  return (stmt(db, 'SELECT parent_id FROM tags WHERE id = ?').get(id) as { parent_id: number | null } | undefined)?.parent_id ?? null;
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

export function codingsOfTag(db: Database, tagId: number): { id: number; quote_id: number; intensity: number | null }[] {
  return stmt(db, 'SELECT id, quote_id, intensity FROM codings WHERE tag_id = ?').all(tagId) as {
    id: number;
    quote_id: number;
    intensity: number | null;
  }[];
}

export function codingFor(db: Database, quoteId: number, tagId: number): { id: number; intensity: number | null } | undefined {
  return stmt(db, 'SELECT id, intensity FROM codings WHERE quote_id = ? AND tag_id = ?').get(quoteId, tagId) as
    | { id: number; intensity: number | null }
    | undefined;
}

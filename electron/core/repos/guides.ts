/**
 * Interview guides: guides, their ordered guide_items, an interview's guide link and its asked/skipped
 * marks (interview_questions).
 */
import type { Database } from 'better-sqlite3';
import type { Guide, GuideItem } from '../../../shared/domain/guide';
import { jsonArray, stmt } from '../db/sql';

interface GuideRow {
  id: number;
  guid: string;
  name: string;
  description: string;
  created_at: number;
  updated_at: number;
  interview_count: number;
}

function itemsOf(db: Database, guideId: number): GuideItem[] {
  const rows = stmt(
    db,
    `SELECT gi.id, gi.position, gi.question_id AS questionId, coalesce(q.text, gi.custom_text) AS text,
            coalesce(q.category, 'custom') AS category, coalesce(q.follow_ups, '[]') AS follow_ups
       FROM guide_items gi LEFT JOIN questions q ON q.id = gi.question_id
      WHERE gi.guide_id = ? ORDER BY gi.position`,
  ).all(guideId) as (Omit<GuideItem, 'followUps'> & { follow_ups: string })[];
  return rows.map(({ follow_ups, ...r }) => ({ ...r, followUps: jsonArray(follow_ups) }));
}

const G_SELECT = `SELECT g.*, (SELECT count(*) FROM interviews i WHERE i.guide_id = g.id) AS interview_count FROM guides g`;

function toGuide(db: Database, r: GuideRow): Guide {
  return {
    id: r.id,
    guid: r.guid,
    name: r.name,
    description: r.description,
    items: itemsOf(db, r.id),
    interviewCount: r.interview_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listGuides(db: Database): Guide[] {
  return (stmt(db, `${G_SELECT} ORDER BY g.name COLLATE NOCASE`).all() as GuideRow[]).map((r) => toGuide(db, r));
}

export function getGuide(db: Database, id: number): Guide | undefined {
  const r = stmt(db, `${G_SELECT} WHERE g.id = ?`).get(id) as GuideRow | undefined;
  return r && toGuide(db, r);
}

export function insertGuide(db: Database, g: { guid: string; name: string; description: string; at: number }): number {
  return Number(
    stmt(db, 'INSERT INTO guides (guid, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      g.guid,
      g.name,
      g.description,
      g.at,
      g.at,
    ).lastInsertRowid,
  );
}

export function updateGuide(db: Database, id: number, g: { name: string; description: string; at: number }): void {
  stmt(db, 'UPDATE guides SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(
    g.name,
    g.description,
    g.at,
    id,
  );
}

export function deleteGuide(db: Database, id: number): void {
  stmt(db, 'DELETE FROM guides WHERE id = ?').run(id);
}

export function guideItemIds(
  db: Database,
  guideId: number,
): { id: number; question_id: number | null; custom_text: string }[] {
  return stmt(db, 'SELECT id, question_id, custom_text FROM guide_items WHERE guide_id = ? ORDER BY position').all(
    guideId,
  ) as {
    id: number;
    question_id: number | null;
    custom_text: string;
  }[];
}

/** Parks a guide's positions out of the way of the unique (guide, position) index before a rewrite. */
export function parkItemPositions(db: Database, guideId: number): void {
  stmt(db, 'UPDATE guide_items SET position = -1 - position WHERE guide_id = ?').run(guideId);
}

export function moveItem(db: Database, id: number, position: number): void {
  stmt(db, 'UPDATE guide_items SET position = ? WHERE id = ?').run(position, id);
}

export function insertItem(
  db: Database,
  i: { guid: string; guideId: number; position: number; questionId: number | null; customText: string },
): void {
  stmt(db, 'INSERT INTO guide_items (guid, guide_id, position, question_id, custom_text) VALUES (?, ?, ?, ?, ?)').run(
    i.guid,
    i.guideId,
    i.position,
    i.questionId,
    i.customText,
  );
}

export function deleteItem(db: Database, id: number): void {
  stmt(db, 'DELETE FROM guide_items WHERE id = ?').run(id);
}

export function setInterviewGuideId(db: Database, interviewId: number, guideId: number | null, at: number): void {
  stmt(db, 'UPDATE interviews SET guide_id = ?, updated_at = ? WHERE id = ?').run(guideId, at, interviewId);
}

/** Whether the guide item belongs to the interview's guide. */
export function itemInInterviewGuide(db: Database, interviewId: number, guideItemId: number): boolean {
  return !!stmt(
    db,
    'SELECT 1 FROM interviews i JOIN guide_items gi ON gi.guide_id = i.guide_id WHERE i.id = ? AND gi.id = ?',
  ).get(interviewId, guideItemId);
}

export function setItemStatus(
  db: Database,
  interviewId: number,
  guideItemId: number,
  status: 'pending' | 'asked' | 'skipped',
  atMs: number | null,
): void {
  stmt(
    db,
    `INSERT INTO interview_questions (interview_id, guide_item_id, status, at_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT (interview_id, guide_item_id) DO UPDATE SET status = excluded.status, at_ms = excluded.at_ms`,
  ).run(interviewId, guideItemId, status, atMs);
}

/** questions, guides and guide_items access. */
import type { Database } from 'better-sqlite3';
import type { Guide, GuideItem, Question } from '../../../shared/domain/guide';
import { jsonArray, stmt } from '../db/sql';

interface QuestionRow {
  id: number;
  guid: string;
  category: Question['category'];
  text: string;
  follow_ups: string;
  informs: string;
  builtin: number;
  favourite: number;
  archived: number;
  created_at: number;
  updated_at: number;
  used: number;
}

const Q_SELECT = `SELECT q.*, (SELECT count(DISTINCT gi.guide_id) FROM guide_items gi WHERE gi.question_id = q.id) AS used FROM questions q`;

function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id,
    guid: r.guid,
    category: r.category,
    text: r.text,
    followUps: jsonArray(r.follow_ups),
    informs: jsonArray(r.informs) as Question['informs'],
    builtin: r.builtin === 1,
    favourite: r.favourite === 1,
    archived: r.archived === 1,
    usedInGuides: r.used,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listQuestions(db: Database): Question[] {
  return (stmt(db, `${Q_SELECT} ORDER BY q.category, q.id`).all() as QuestionRow[]).map(toQuestion);
}

export function getQuestion(db: Database, id: number): Question | undefined {
  const r = stmt(db, `${Q_SELECT} WHERE q.id = ?`).get(id) as QuestionRow | undefined;
  return r && toQuestion(r);
}

export function insertQuestion(
  db: Database,
  q: { guid: string; category: string; text: string; followUps: string[]; informs: string[]; builtin: boolean; at: number },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO questions (guid, category, text, follow_ups, informs, builtin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(q.guid, q.category, q.text, JSON.stringify(q.followUps), JSON.stringify(q.informs), q.builtin ? 1 : 0, q.at, q.at).lastInsertRowid,
  );
}

export function updateQuestion(
  db: Database,
  id: number,
  q: { category: string; text: string; followUps: string[]; informs: string[]; favourite: boolean; archived: boolean; at: number },
): void {
  stmt(
    db,
    `UPDATE questions SET category = ?, text = ?, follow_ups = ?, informs = ?, favourite = ?, archived = ?, updated_at = ? WHERE id = ?`,
  ).run(q.category, q.text, JSON.stringify(q.followUps), JSON.stringify(q.informs), q.favourite ? 1 : 0, q.archived ? 1 : 0, q.at, id);
}

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
  stmt(db, 'UPDATE guides SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(g.name, g.description, g.at, id);
}

export function deleteGuide(db: Database, id: number): void {
  stmt(db, 'DELETE FROM guides WHERE id = ?').run(id);
}

export function guideItemIds(db: Database, guideId: number): { id: number; question_id: number | null; custom_text: string }[] {
  return stmt(db, 'SELECT id, question_id, custom_text FROM guide_items WHERE guide_id = ? ORDER BY position').all(guideId) as {
    id: number;
    question_id: number | null;
    custom_text: string;
  }[];
}

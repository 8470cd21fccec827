/** The question bank: questions access (guides and their items are repos/guides.ts). */
import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain/guide';
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
  q: {
    guid: string;
    category: string;
    text: string;
    followUps: string[];
    informs: string[];
    builtin: boolean;
    at: number;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO questions (guid, category, text, follow_ups, informs, builtin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      q.guid,
      q.category,
      q.text,
      JSON.stringify(q.followUps),
      JSON.stringify(q.informs),
      q.builtin ? 1 : 0,
      q.at,
      q.at,
    ).lastInsertRowid,
  );
}

export function updateQuestion(
  db: Database,
  id: number,
  q: {
    category: string;
    text: string;
    followUps: string[];
    informs: string[];
    favourite: boolean;
    archived: boolean;
    at: number;
  },
): void {
  stmt(
    db,
    `UPDATE questions SET category = ?, text = ?, follow_ups = ?, informs = ?, favourite = ?, archived = ?, updated_at = ? WHERE id = ?`,
  ).run(
    q.category,
    q.text,
    JSON.stringify(q.followUps),
    JSON.stringify(q.informs),
    q.favourite ? 1 : 0,
    q.archived ? 1 : 0,
    q.at,
    id,
  );
}

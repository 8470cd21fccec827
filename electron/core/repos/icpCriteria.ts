/** ICP criteria access (icp_criteria) and the companies the scored matrix lists. */
import type { Database } from 'better-sqlite3';
import type { Criterion } from '../../../shared/domain/icp';
import { stmt } from '../db/sql';

export interface CriterionRecord {
  name: string;
  weight: number;
  ideal: string;
  good: string;
  poor: string;
}

export function listCriteria(db: Database): Criterion[] {
  return stmt(
    db,
    `SELECT id, guid, name, weight, ideal, good, poor, position, created_at AS createdAt, updated_at AS updatedAt
       FROM icp_criteria ORDER BY position, id`,
  ).all() as Criterion[];
}

export function insertCriterion(db: Database, guid: string, c: CriterionRecord, position: number, at: number): number {
  return Number(
    stmt(
      db,
      'INSERT INTO icp_criteria (guid, name, weight, ideal, good, poor, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(guid, c.name, c.weight, c.ideal, c.good, c.poor, position, at, at).lastInsertRowid,
  );
}

/** The id of the criterion with this name, ignoring case. */
export function criterionNamed(db: Database, name: string): { id: number } | undefined {
  return stmt(db, 'SELECT id FROM icp_criteria WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

export function nextCriterionPosition(db: Database): number {
  return (stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM icp_criteria').get() as { p: number }).p;
}

export function updateCriterion(db: Database, id: number, c: CriterionRecord, at: number): void {
  stmt(
    db,
    'UPDATE icp_criteria SET name = ?, weight = ?, ideal = ?, good = ?, poor = ?, updated_at = ? WHERE id = ?',
  ).run(c.name, c.weight, c.ideal, c.good, c.poor, at, id);
}

/** Deletes a criterion; its company scores go with it (foreign key cascade). */
export function deleteCriterion(db: Database, id: number): void {
  stmt(db, 'DELETE FROM icp_criteria WHERE id = ?').run(id);
}

export function setCriterionWeight(db: Database, id: number, weight: number, at: number): void {
  stmt(db, 'UPDATE icp_criteria SET weight = ?, updated_at = ? WHERE id = ?').run(weight, at, id);
}

export function companiesByName(db: Database): { id: number; name: string; industry: string }[] {
  return stmt(db, 'SELECT id, name, industry FROM companies ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    name: string;
    industry: string;
  }[];
}

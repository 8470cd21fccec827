/** icp_statements, company_scores and the citations they own. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';
import { citationsOf, type OwnedCitation } from './citations';

export interface StatementRow {
  id: number;
  section: string;
  field: string;
  statement: string;
  position: number;
}

export interface ScoreRow {
  id: number;
  company_id: number;
  criterion_id: number;
  score: number;
  note: string;
}

export type { OwnedCitation } from './citations';

export function citationsOfStatements(db: Database, ids: number[]): OwnedCitation[] {
  return citationsOf(db, 'icp_statement_id', ids);
}

export function citationsOfScores(db: Database, ids: number[]): OwnedCitation[] {
  return citationsOf(db, 'company_score_id', ids);
}

export function statementRows(db: Database): StatementRow[] {
  return stmt(
    db,
    'SELECT id, section, field, statement, position FROM icp_statements ORDER BY section, position, id',
  ).all() as StatementRow[];
}

export function statementRow(db: Database, id: number): StatementRow | undefined {
  return stmt(db, 'SELECT id, section, field, statement, position FROM icp_statements WHERE id = ?').get(id) as
    StatementRow | undefined;
}

export function scoreRow(db: Database, companyId: number, criterionId: number): ScoreRow | undefined {
  return stmt(
    db,
    'SELECT id, company_id, criterion_id, score, note FROM company_scores WHERE company_id = ? AND criterion_id = ?',
  ).get(companyId, criterionId) as ScoreRow | undefined;
}

export function scoreRows(db: Database): (ScoreRow & { citation_count: number })[] {
  return stmt(
    db,
    `SELECT s.id, s.company_id, s.criterion_id, s.score, s.note,
            (SELECT count(*) FROM citations c WHERE c.company_score_id = s.id) AS citation_count
       FROM company_scores s`,
  ).all() as (ScoreRow & { citation_count: number })[];
}

export function statementCitation(
  db: Database,
  statementId: number,
  quoteId: number,
): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE icp_statement_id = ? AND quote_id = ?').get(
    statementId,
    quoteId,
  ) as { id: number; polarity: string } | undefined;
}

export function scoreCitation(
  db: Database,
  scoreId: number,
  quoteId: number,
): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE company_score_id = ? AND quote_id = ?').get(
    scoreId,
    quoteId,
  ) as { id: number; polarity: string } | undefined;
}

export function citationIdsOfStatement(db: Database, statementId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE icp_statement_id = ?').all(statementId) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function citationIdsOfScore(db: Database, scoreId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE company_score_id = ?').all(scoreId) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function companyName(db: Database, id: number): string | undefined {
  return (stmt(db, 'SELECT name FROM companies WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

export function criterionName(db: Database, id: number): string | undefined {
  return (stmt(db, 'SELECT name FROM icp_criteria WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

export function quoteExists(db: Database, id: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM quotes WHERE id = ?').get(id);
}

export function nextStatementPosition(db: Database, section: string): number {
  return (
    stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM icp_statements WHERE section = ?').get(section) as {
      p: number;
    }
  ).p;
}

export function disqualifierRows(db: Database): { company_id: number; statement_id: number; statement: string }[] {
  return stmt(
    db,
    'SELECT d.company_id, d.statement_id, s.statement FROM company_disqualifiers d JOIN icp_statements s ON s.id = d.statement_id ORDER BY s.position, s.id',
  ).all() as { company_id: number; statement_id: number; statement: string }[];
}

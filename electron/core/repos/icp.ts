/** icp_statements, company_scores and the citations they own. */
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../../shared/domain/persona';
import { stmt } from '../db/sql';

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

// The same quote-card columns for both owners; the owner column is chosen from two fixed texts.
const CARD = `c.id, c.quote_id AS quoteId, c.polarity, c.note, q.exact_text AS exactText,
            i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
            CASE WHEN sp.counts_as_evidence = 1 THEN sp.participant_id END AS participantId,
            CASE WHEN sp.counts_as_evidence = 1 THEN p.pseudonym END AS participantPseudonym,
            s.start_ms AS startMs`;
const JOINS = `FROM citations c
       JOIN quotes q ON q.id = c.quote_id
       JOIN interviews i ON i.id = q.interview_id
       LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
       LEFT JOIN speakers sp ON sp.id = s.speaker_id
       LEFT JOIN participants p ON p.id = sp.participant_id`;

export type OwnedCitation = Citation & { ownerId: number };

export function citationsOfStatements(db: Database, ids: number[]): OwnedCitation[] {
  return stmt(db, `SELECT c.icp_statement_id AS ownerId, ${CARD} ${JOINS} WHERE c.icp_statement_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`).all(
    JSON.stringify(ids),
  ) as OwnedCitation[];
}

export function citationsOfScores(db: Database, ids: number[]): OwnedCitation[] {
  return stmt(db, `SELECT c.company_score_id AS ownerId, ${CARD} ${JOINS} WHERE c.company_score_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`).all(
    JSON.stringify(ids),
  ) as OwnedCitation[];
}

export function statementRows(db: Database): StatementRow[] {
  return stmt(db, 'SELECT id, section, field, statement, position FROM icp_statements ORDER BY section, position, id').all() as StatementRow[];
}

export function statementRow(db: Database, id: number): StatementRow | undefined {
  return stmt(db, 'SELECT id, section, field, statement, position FROM icp_statements WHERE id = ?').get(id) as StatementRow | undefined;
}

export function scoreRow(db: Database, companyId: number, criterionId: number): ScoreRow | undefined {
  return stmt(db, 'SELECT id, company_id, criterion_id, score, note FROM company_scores WHERE company_id = ? AND criterion_id = ?').get(companyId, criterionId) as
    | ScoreRow
    | undefined;
}

export function scoreRows(db: Database): (ScoreRow & { citation_count: number })[] {
  return stmt(
    db,
    `SELECT s.id, s.company_id, s.criterion_id, s.score, s.note,
            (SELECT count(*) FROM citations c WHERE c.company_score_id = s.id) AS citation_count
       FROM company_scores s`,
  ).all() as (ScoreRow & { citation_count: number })[];
}

export function statementCitation(db: Database, statementId: number, quoteId: number): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE icp_statement_id = ? AND quote_id = ?').get(statementId, quoteId) as
    | { id: number; polarity: string }
    | undefined;
}

export function scoreCitation(db: Database, scoreId: number, quoteId: number): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE company_score_id = ? AND quote_id = ?').get(scoreId, quoteId) as
    | { id: number; polarity: string }
    | undefined;
}

export function citationIdsOfStatement(db: Database, statementId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE icp_statement_id = ?').all(statementId) as { id: number }[]).map((r) => r.id);
}

export function citationIdsOfScore(db: Database, scoreId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE company_score_id = ?').all(scoreId) as { id: number }[]).map((r) => r.id);
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
  return (stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM icp_statements WHERE section = ?').get(section) as { p: number }).p;
}

export function disqualifierRows(db: Database): { company_id: number; statement_id: number; statement: string }[] {
  return stmt(
    db,
    'SELECT d.company_id, d.statement_id, s.statement FROM company_disqualifiers d JOIN icp_statements s ON s.id = d.statement_id ORDER BY s.position, s.id',
  ).all() as { company_id: number; statement_id: number; statement: string }[];
}

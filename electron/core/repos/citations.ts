/** All citation SQL: citations with their quote cards, and the look-ups the citations service checks before it writes. */
import type { Database } from 'better-sqlite3';
import type { Citation, CitationStance, Claim, ClaimKind } from '../../../shared/domain/citation';
import { stmt } from '../db/sql';
import { QUOTE_TIME_SQL } from '../db/functions';

/** The owner columns of `citations` (one is set per row); a fixed list, never taken from input. */
export type CitationOwner = 'attribute_id' | 'job_id' | 'icp_statement_id' | 'company_score_id';

/** Which column of `citations` names a claim of each kind; the only way a kind becomes SQL. */
export const OWNER_COLUMN: Readonly<Record<ClaimKind, CitationOwner>> = {
  attribute: 'attribute_id',
  job: 'job_id',
  icpStatement: 'icp_statement_id',
  companyScore: 'company_score_id',
};

export type OwnedCitation = Citation & { ownerId: number };

const CARD = `c.id, c.quote_id AS quoteId, c.polarity, c.note, q.exact_text AS exactText,
            i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
            q.participant_id AS participantId, p.pseudonym AS participantPseudonym,
            EXISTS (SELECT 1 FROM quote_evidence qe WHERE qe.quote_id = q.id) AS countsAsEvidence,
            ${QUOTE_TIME_SQL} AS startMs`;
const JOINS = `FROM citations c
       JOIN quotes q ON q.id = c.quote_id
       JOIN interviews i ON i.id = q.interview_id
       LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
       LEFT JOIN participants p ON p.id = q.participant_id`;

/** The citations of these owners, oldest first, each with the quote's text, speaker and interview. */
export function citationsOf(db: Database, owner: CitationOwner, ids: readonly number[]): OwnedCitation[] {
  const rows = stmt(
    db,
    `SELECT c.${owner} AS ownerId, ${CARD} ${JOINS} WHERE c.${owner} IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
  ).all(JSON.stringify(ids)) as (Omit<OwnedCitation, 'countsAsEvidence'> & { countsAsEvidence: number })[];
  return rows.map((r) => ({ ...r, countsAsEvidence: r.countsAsEvidence === 1 }));
}

/** The citation of this quote by this claim, if there is one (at most one: a unique index per owner). */
export function citationOn(
  db: Database,
  claim: Claim,
  quoteId: number,
): { id: number; polarity: CitationStance } | undefined {
  const owner = OWNER_COLUMN[claim.kind];
  return stmt(db, `SELECT id, polarity FROM citations WHERE ${owner} = ? AND quote_id = ?`).get(claim.id, quoteId) as
    { id: number; polarity: CitationStance } | undefined;
}

/** The ids of a claim's citations, oldest first: what deleting the claim must delete through the change set. */
export function citationIdsOf(db: Database, claim: Claim): number[] {
  const owner = OWNER_COLUMN[claim.kind];
  return (stmt(db, `SELECT id FROM citations WHERE ${owner} = ? ORDER BY id`).all(claim.id) as { id: number }[]).map(
    (r) => r.id,
  );
}

/** Whether a quote a citation would point at still exists. */
export function citableQuoteExists(db: Database, quoteId: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM quotes WHERE id = ?').get(quoteId);
}

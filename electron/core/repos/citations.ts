/** Citations with their quote cards, for any of the four owners a citation can have. */
import type { Database } from 'better-sqlite3';
import type { Citation } from '../../../shared/domain/persona';
import { stmt } from '../db/sql';
import { QUOTE_TIME_SQL } from '../db/functions';

/** The owner columns of `citations` (one is set per row); a fixed list, never taken from input. */
export type CitationOwner = 'attribute_id' | 'job_id' | 'icp_statement_id' | 'company_score_id';

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

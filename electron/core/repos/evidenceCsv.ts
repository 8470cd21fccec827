/**
 * What the quote-level evidence CSV writes, read in its order: every quote with its speaker, company,
 * segment and interview and why it does not count (if it does not), and every coding with its stance.
 */
import type { Database } from 'better-sqlite3';
import type { NotCountedReason } from '../../../shared/domain/quote';
import type { Stance } from '../../../shared/domain/synthesis';
import { QUOTE_TIME_SQL } from '../db/functions';
import { stmt } from '../db/sql';
import { NOT_COUNTED_SQL } from './quotes';

export interface EvidenceCsvRow {
  id: number;
  exact_text: string;
  comment: string;
  starred: number;
  pseudonym: string | null;
  role: string | null;
  company: string | null;
  industry: string | null;
  segment: string | null;
  title: string;
  date: number | null;
  start_ms: number | null;
  method: string;
  not_counted_because: NotCountedReason | null;
}

/** Every coding, by tag. */
export function codingStances(db: Database): { quote_id: number; tag_id: number; stance: Stance }[] {
  return stmt(db, 'SELECT quote_id, tag_id, stance FROM codings ORDER BY tag_id').all() as {
    quote_id: number;
    tag_id: number;
    stance: Stance;
  }[];
}

/** Every quote in interview order (undated last), then transcript order. */
export function evidenceCsvRows(db: Database): EvidenceCsvRow[] {
  return stmt(
    db,
    `SELECT q.id, q.exact_text, q.comment, q.starred, p.pseudonym, p.role, co.name AS company, co.industry,
            sg.name AS segment, i.title, i.date, ${QUOTE_TIME_SQL} AS start_ms, i.method, ${NOT_COUNTED_SQL} AS not_counted_because
       FROM quotes q
       JOIN interviews i ON i.id = q.interview_id
       LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
       LEFT JOIN speakers sp ON sp.id = q.speaker_id
       LEFT JOIN participants p ON p.id = q.participant_id
       LEFT JOIN companies co ON co.id = p.company_id
       LEFT JOIN segments sg ON sg.id = p.segment_id
      ORDER BY i.date IS NULL, i.date, i.id, s.seq, q.start_offset`,
  ).all() as EvidenceCsvRow[];
}

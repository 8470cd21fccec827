/**
 * The quote library's export read: every quote the library's filter selects, in the library's own sort,
 * one row per quote × coding (a quote without codings: one row with no tag). The WHERE clause and the
 * orders are the library's (`quoteLibrary.ts`), so the file holds exactly what the screen lists.
 */
import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../../shared/domain/framework';
import type { Stance } from '../../../shared/domain/synthesis';
import { QUOTE_TIME_SQL } from '../db/functions';
import { stmt } from '../db/sql';
import { libraryWhere, ORDER, type Parsed } from './quoteLibrary';

export type LibraryFilter = Omit<Parsed, 'limit' | 'offset' | 'withTotal'>;

export interface QuoteExportRow {
  quote_id: number;
  exact_text: string;
  source: 'transcript' | 'note';
  /** The interview's source kind: 'interview', or a document's kind (support tickets, reviews…). */
  source_kind: SourceKind;
  starred: number;
  participant_id: number | null;
  pseudonym: string | null;
  real_name: string | null;
  interview_title: string;
  interview_date: number | null;
  start_ms: number | null;
  tag_id: number | null;
  stance: Stance | null;
}

/**
 * The rows, streamed (`iterate`), so 50,000 quotes never sit in memory as objects twice. Codings follow
 * their quote in the order the cards show them (coding id).
 */
export function quoteExportRows(db: Database, f: LibraryFilter, match: string): IterableIterator<QuoteExportRow> {
  const w = libraryWhere({ ...f, limit: 1, offset: 0, withTotal: false }, match);
  const from =
    f.sort === 'interview'
      ? 'interviews i INDEXED BY interviews_order CROSS JOIN quotes q ON q.interview_id = i.id'
      : 'quotes q JOIN interviews i ON i.id = q.interview_id';
  return stmt(
    db,
    `SELECT q.id AS quote_id, q.exact_text, q.source, i.source_kind, q.starred, q.participant_id, p.pseudonym, p.real_name,
            i.title AS interview_title, i.date AS interview_date, ${QUOTE_TIME_SQL} AS start_ms,
            c.tag_id, c.stance
       FROM ${from}
       LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
       LEFT JOIN participants p ON p.id = q.participant_id
       LEFT JOIN codings c ON c.quote_id = q.id
       ${w.sql}
      ORDER BY ${ORDER[f.sort]}, c.id`,
  ).iterate(w.params) as IterableIterator<QuoteExportRow>;
}

/** Real names by participant id (the matrix's participant columns carry pseudonyms). */
export function realNamesById(db: Database): Map<number, string> {
  const rows = stmt(db, 'SELECT id, real_name FROM participants').all() as { id: number; real_name: string }[];
  return new Map(rows.map((r) => [r.id, r.real_name]));
}

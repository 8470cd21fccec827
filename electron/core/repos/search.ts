/** FTS5 search over turns, notes and quotes, ranked by bm25, with snippets and filters. */
import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/domain/search';
import { stmt } from '../db/sql';
import { MARK_END, MARK_START } from './ftsQuery';

export interface SearchFilters {
  interviewId: number | null;
  participantId: number | null;
  tagId: number | null;
  from: number | null;
  to: number | null;
  limit: number;
}

const TURNS = `
  SELECT 'turn' AS kind, s.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         s.id AS segmentId, NULL AS quoteId, NULL AS noteId,
         snippet(transcript_fts, 0, @ms, @me, '…', 16) AS snippet, sp.label AS speaker, s.start_ms AS startMs,
         bm25(transcript_fts) AS rank
    FROM transcript_fts
    JOIN transcript_segments s ON s.id = transcript_fts.rowid
    JOIN transcripts t ON t.id = s.transcript_id
    JOIN interviews i ON i.id = t.interview_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
   WHERE transcript_fts MATCH @match
     AND (@interviewId IS NULL OR i.id = @interviewId)
     AND (@participantId IS NULL OR sp.participant_id = @participantId)
     AND (@tagId IS NULL OR EXISTS (SELECT 1 FROM quotes q JOIN codings c ON c.quote_id = q.id
            WHERE c.tag_id = @tagId AND (q.start_segment_id = s.id OR q.end_segment_id = s.id)))
     AND (@from IS NULL OR i.date >= @from) AND (@to IS NULL OR i.date <= @to)
   ORDER BY rank LIMIT @limit`;

const QUOTES = `
  SELECT 'quote' AS kind, q.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         q.start_segment_id AS segmentId, q.id AS quoteId, q.note_id AS noteId,
         snippet(quotes_fts, -1, @ms, @me, '…', 16) AS snippet, sp.label AS speaker, s.start_ms AS startMs,
         bm25(quotes_fts) AS rank
    FROM quotes_fts
    JOIN quotes q ON q.id = quotes_fts.rowid
    JOIN interviews i ON i.id = q.interview_id
    LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
   WHERE quotes_fts MATCH @match
     AND (@interviewId IS NULL OR i.id = @interviewId)
     AND (@participantId IS NULL OR sp.participant_id = @participantId)
     AND (@tagId IS NULL OR EXISTS (SELECT 1 FROM codings c WHERE c.quote_id = q.id AND c.tag_id = @tagId))
     AND (@from IS NULL OR i.date >= @from) AND (@to IS NULL OR i.date <= @to)
   ORDER BY rank LIMIT @limit`;

const NOTES = `
  SELECT 'note' AS kind, n.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         NULL AS segmentId, NULL AS quoteId, n.id AS noteId,
         snippet(notes_fts, 0, @ms, @me, '…', 16) AS snippet, NULL AS speaker, NULL AS startMs,
         bm25(notes_fts) AS rank
    FROM notes_fts
    JOIN notes n ON n.id = notes_fts.rowid
    LEFT JOIN interviews i ON i.id = n.interview_id
   WHERE notes_fts MATCH @match
     AND (@interviewId IS NULL OR i.id = @interviewId)
     AND (@participantId IS NULL OR EXISTS (SELECT 1 FROM interview_participants ip WHERE ip.interview_id = i.id AND ip.participant_id = @participantId))
     AND @tagId IS NULL
     AND (@from IS NULL OR i.date >= @from) AND (@to IS NULL OR i.date <= @to)
   ORDER BY rank LIMIT @limit`;

const SQL = { turn: TURNS, quote: QUOTES, note: NOTES } as const;

export function searchText(db: Database, match: string, kinds: readonly SearchHit['kind'][], f: SearchFilters): SearchHit[] {
  const params = { ...f, match, ms: MARK_START, me: MARK_END };
  const hits = kinds.flatMap((k) => stmt(db, SQL[k]).all(params) as SearchHit[]);
  return hits.sort((a, b) => a.rank - b.rank).slice(0, f.limit);
}

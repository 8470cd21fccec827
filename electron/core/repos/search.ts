/**
 * FTS5 search over turns, notes and quotes, ranked by bm25. Two steps per kind: rank and filter to
 * the top N row ids first, then fetch details and snippets for those rows only — snippets are the
 * expensive part and a common word can match tens of thousands of turns.
 */
import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/domain/search';
import { stmt } from '../db/sql';
import { MARK_END, MARK_START } from './ftsQuery';
import { QUOTE_TIME_SQL } from '../db/functions';

export interface SearchFilters {
  interviewId: number | null;
  participantId: number | null;
  tagId: number | null;
  from: number | null;
  to: number | null;
  limit: number;
}

/**
 * The ranking statement for one kind with only the joins its active filters need: with no filter a
 * kind is its FTS index alone (rowid and rank), and each filter adds the one table that holds it.
 */
function topSql(kind: SearchHit['kind'], f: SearchFilters): string {
  const dated = f.from !== null || f.to !== null;
  const joins: string[] = [];
  const conds: string[] = [];
  const dates = () => {
    if (f.from !== null) conds.push('i.date >= @from');
    if (f.to !== null) conds.push('i.date <= @to');
  };
  if (kind === 'turn') {
    if (f.interviewId !== null || dated || f.participantId !== null)
      joins.push('JOIN transcript_segments s ON s.id = x.rowid');
    if (f.interviewId !== null || dated) {
      joins.push('JOIN transcripts t ON t.id = s.transcript_id');
      if (f.interviewId !== null) conds.push('t.interview_id = @interviewId');
      if (dated) {
        joins.push('JOIN interviews i ON i.id = t.interview_id');
        dates();
      }
    }
    if (f.participantId !== null) {
      joins.push('JOIN speakers sp ON sp.id = s.speaker_id');
      conds.push('sp.participant_id = @participantId');
    }
    if (f.tagId !== null)
      conds.push(`EXISTS (SELECT 1 FROM quotes q JOIN codings c ON c.quote_id = q.id
              WHERE c.tag_id = @tagId AND (q.start_segment_id = x.rowid OR q.end_segment_id = x.rowid))`);
  } else if (kind === 'quote') {
    if (f.interviewId !== null || dated || f.participantId !== null) joins.push('JOIN quotes q ON q.id = x.rowid');
    if (f.interviewId !== null) conds.push('q.interview_id = @interviewId');
    if (dated) {
      joins.push('JOIN interviews i ON i.id = q.interview_id');
      dates();
    }
    if (f.participantId !== null) {
      // Whose words by the turn's speaker, as the search screen has always filtered quotes.
      joins.push(
        'LEFT JOIN transcript_segments s ON s.id = q.start_segment_id LEFT JOIN speakers sp ON sp.id = s.speaker_id',
      );
      conds.push('sp.participant_id = @participantId');
    }
    if (f.tagId !== null)
      conds.push('EXISTS (SELECT 1 FROM codings c WHERE c.quote_id = x.rowid AND c.tag_id = @tagId)');
  } else {
    // Notes carry no tags: a tag filter leaves none.
    if (f.tagId !== null) conds.push('0');
    if (f.interviewId !== null || dated || f.participantId !== null) joins.push('JOIN notes n ON n.id = x.rowid');
    if (f.interviewId !== null) conds.push('n.interview_id = @interviewId');
    if (dated) {
      joins.push('JOIN interviews i ON i.id = n.interview_id');
      dates();
    }
    if (f.participantId !== null)
      conds.push(`EXISTS (SELECT 1 FROM interview_participants ip
              WHERE ip.interview_id = n.interview_id AND ip.participant_id = @participantId)`);
  }
  const fts = { turn: 'transcript_fts', quote: 'quotes_fts', note: 'notes_fts' }[kind];
  return `SELECT x.rowid AS id, x.rank AS rank FROM ${fts} x ${joins.join(' ')}
     WHERE x.${fts} MATCH @match ${conds.map((c) => `AND ${c}`).join(' ')}
     ORDER BY x.rank LIMIT @limit`;
}

const DETAIL = {
  turn: `SELECT 'turn' AS kind, s.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         s.id AS turnId, NULL AS quoteId, NULL AS noteId,
         snippet(transcript_fts, 0, @ms, @me, '…', 16) AS snippet, coalesce(spp.pseudonym, sp.label) AS speaker, s.start_ms AS startMs
      FROM transcript_fts
      JOIN transcript_segments s ON s.id = transcript_fts.rowid
      JOIN transcripts t ON t.id = s.transcript_id
      JOIN interviews i ON i.id = t.interview_id
      LEFT JOIN speakers sp ON sp.id = s.speaker_id
      LEFT JOIN participants spp ON spp.id = sp.participant_id
     WHERE transcript_fts MATCH @match AND transcript_fts.rowid IN (SELECT value FROM json_each(@ids))`,
  quote: `SELECT 'quote' AS kind, q.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         q.start_segment_id AS turnId, q.id AS quoteId, q.note_id AS noteId,
         snippet(quotes_fts, -1, @ms, @me, '…', 16) AS snippet, coalesce(spp.pseudonym, sp.label) AS speaker, ${QUOTE_TIME_SQL} AS startMs
      FROM quotes_fts
      JOIN quotes q ON q.id = quotes_fts.rowid
      JOIN interviews i ON i.id = q.interview_id
      LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
      LEFT JOIN speakers sp ON sp.id = q.speaker_id
      LEFT JOIN participants spp ON spp.id = q.participant_id
     WHERE quotes_fts MATCH @match AND quotes_fts.rowid IN (SELECT value FROM json_each(@ids))`,
  note: `SELECT 'note' AS kind, n.id AS id, i.id AS interviewId, i.title AS interviewTitle, i.date AS interviewDate,
         NULL AS turnId, NULL AS quoteId, n.id AS noteId,
         snippet(notes_fts, 0, @ms, @me, '…', 16) AS snippet, NULL AS speaker, NULL AS startMs
      FROM notes_fts
      JOIN notes n ON n.id = notes_fts.rowid
      LEFT JOIN interviews i ON i.id = n.interview_id
     WHERE notes_fts MATCH @match AND notes_fts.rowid IN (SELECT value FROM json_each(@ids))`,
} as const;

/** Only the parameters the statement names: better-sqlite3 refuses extra named ones. */
function params(f: SearchFilters, match: string): Record<string, unknown> {
  const out: Record<string, unknown> = { match, limit: f.limit };
  for (const k of ['interviewId', 'participantId', 'tagId', 'from', 'to'] as const) if (f[k] !== null) out[k] = f[k];
  return out;
}

export function searchText(
  db: Database,
  match: string,
  kinds: readonly SearchHit['kind'][],
  f: SearchFilters,
): SearchHit[] {
  const top = kinds
    .flatMap((kind) =>
      (stmt(db, topSql(kind, f)).all(params(f, match)) as { id: number; rank: number }[]).map((r) => ({ ...r, kind })),
    )
    .sort((a, b) => a.rank - b.rank)
    .slice(0, f.limit);
  // Details and snippets for the top rows only, one statement per kind. Never `fts.rowid = ?` beside
  // MATCH: better-sqlite3 binds a JS number as REAL, FTS5 then drops the rowid constraint and every
  // "detail" read returned the first match's row — the wrong snippet on every hit. json_each yields
  // INTEGER values, which FTS5 honours.
  const details = new Map<string, Omit<SearchHit, 'rank'>>();
  for (const kind of kinds) {
    const ids = top.filter((h) => h.kind === kind).map((h) => h.id);
    if (ids.length === 0) continue;
    const rows = stmt(db, DETAIL[kind]).all({ match, ids: JSON.stringify(ids), ms: MARK_START, me: MARK_END }) as Omit<
      SearchHit,
      'rank'
    >[];
    for (const row of rows) details.set(`${kind}:${row.id}`, row);
  }
  return top.flatMap(({ kind, id, rank }) => {
    const hit = details.get(`${kind}:${id}`);
    return hit ? [{ ...hit, rank }] : [];
  });
}

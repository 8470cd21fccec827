/** quotes and codings access. */
import type { Database } from 'better-sqlite3';
import type { Quote } from '../../../shared/domain/quote';
import { stmt } from '../db/sql';

export interface QuoteRow {
  id: number;
  guid: string;
  interview_id: number;
  source: 'transcript' | 'note';
  start_segment_id: number | null;
  start_offset: number;
  end_segment_id: number | null;
  end_offset: number;
  note_id: number | null;
  exact_text: string;
  prefix: string;
  suffix: string;
  anchor_status: 'ok' | 'flagged';
  starred: number;
  comment: string;
  created_at: number;
  updated_at: number;
  participant_id: number | null;
  speaker_label: string | null;
  start_ms: number | null;
}

/** The speaker is shown by pseudonym when mapped to a participant: real names stay out of quotes. */
export const QUOTE_SELECT = `
  SELECT q.*, CASE WHEN sp.counts_as_evidence = 1 THEN sp.participant_id END AS participant_id,
         coalesce(spp.pseudonym, sp.label) AS speaker_label, s.start_ms AS start_ms
    FROM quotes q
    LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
    LEFT JOIN speakers sp ON sp.id = q.speaker_id
    LEFT JOIN participants spp ON spp.id = sp.participant_id`;

export function codingsOf(db: Database, quoteIds: number[]): Map<number, Quote['codings']> {
  const out = new Map<number, Quote['codings']>();
  if (quoteIds.length === 0) return out;
  // json_each binds the whole id list as one parameter: no SQL built from values.
  const rows = stmt(
    db,
    `SELECT c.quote_id AS quoteId, c.tag_id AS tagId, c.intensity FROM codings c
      WHERE c.quote_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
  ).all(JSON.stringify(quoteIds)) as { quoteId: number; tagId: number; intensity: number | null }[];
  for (const r of rows) {
    const list = out.get(r.quoteId) ?? [];
    list.push({ tagId: r.tagId, intensity: r.intensity });
    out.set(r.quoteId, list);
  }
  return out;
}

export function toQuote(r: QuoteRow, codings: Quote['codings']): Quote {
  return {
    id: r.id,
    guid: r.guid,
    interviewId: r.interview_id,
    source: r.source,
    startSegmentId: r.start_segment_id,
    startOffset: r.start_offset,
    endSegmentId: r.end_segment_id,
    endOffset: r.end_offset,
    noteId: r.note_id,
    exactText: r.exact_text,
    prefix: r.prefix,
    suffix: r.suffix,
    anchorStatus: r.anchor_status,
    starred: r.starred === 1,
    comment: r.comment,
    codings,
    participantId: r.participant_id,
    speakerLabel: r.speaker_label,
    startMs: r.start_ms,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getQuote(db: Database, id: number): Quote | undefined {
  const row = stmt(db, `${QUOTE_SELECT} WHERE q.id = ?`).get(id) as QuoteRow | undefined;
  return row && toQuote(row, codingsOf(db, [row.id]).get(row.id) ?? []);
}

export function quotesOfInterview(db: Database, interviewId: number): Quote[] {
  const rows = stmt(db, `${QUOTE_SELECT} WHERE q.interview_id = ? ORDER BY s.seq, q.start_offset, q.id`).all(interviewId) as QuoteRow[];
  const codings = codingsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toQuote(r, codings.get(r.id) ?? []));
}

export function quotesTouchingSegment(db: Database, segmentId: number): { id: number; exact_text: string; prefix: string; suffix: string }[] {
  return stmt(
    db,
    'SELECT id, exact_text, prefix, suffix FROM quotes WHERE start_segment_id = ? OR end_segment_id = ?',
  ).all(segmentId, segmentId) as { id: number; exact_text: string; prefix: string; suffix: string }[];
}

export function citationIdsOfQuote(db: Database, quoteId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE quote_id = ?').all(quoteId) as { id: number }[]).map((r) => r.id);
}

export function codingIdsOfQuote(db: Database, quoteId: number): number[] {
  return (stmt(db, 'SELECT id FROM codings WHERE quote_id = ?').all(quoteId) as { id: number }[]).map((r) => r.id);
}

/** quotes and codings access. */
import type { Database } from 'better-sqlite3';
import type { Quote } from '../../../shared/domain/quote';
import { stmt } from '../db/sql';
import { QUOTE_TIME_SQL } from '../db/functions';

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
  attributed_participant_id: number | null;
  not_counted_because: Quote['notCountedBecause'];
  speaker_label: string | null;
  start_ms: number | null;
}

/**
 * Why a quote's words do not count as evidence (NULL when they do), by the rule of the view
 * quote_evidence; needs `q` (quotes), `sp` (its speaker) and `p` (participants on q.participant_id).
 */
export const NOT_COUNTED_SQL = `
         CASE
           WHEN EXISTS (SELECT 1 FROM quote_evidence qe WHERE qe.quote_id = q.id) THEN NULL
           WHEN p.id IS NOT NULL AND p.consent IN ('declined', 'withdrawn') THEN 'no_consent'
           WHEN p.id IS NOT NULL THEN 'cancelled'
           WHEN q.source = 'note' THEN 'unattributed'
           WHEN sp.role = 'interviewer' THEN 'interviewer'
           WHEN sp.role = 'other' THEN 'other'
           ELSE 'unmapped'
         END`;

/**
 * A quote with who said it: `q.participant_id` is whose words these are by the evidence rule (migration
 * 0005); the speaker is shown by that participant's pseudonym, else by the file's label. `p` is that
 * participant, for queries that filter or show more of them.
 */
export const QUOTE_SELECT = `
  SELECT q.*, coalesce(p.pseudonym, sp.label) AS speaker_label, ${QUOTE_TIME_SQL} AS start_ms,
         ${NOT_COUNTED_SQL} AS not_counted_because
    FROM quotes q
    LEFT JOIN transcript_segments s ON s.id = q.start_segment_id
    LEFT JOIN speakers sp ON sp.id = q.speaker_id
    LEFT JOIN participants p ON p.id = q.participant_id`;

export function codingsOf(db: Database, quoteIds: number[]): Map<number, Quote['codings']> {
  const out = new Map<number, Quote['codings']>();
  if (quoteIds.length === 0) return out;
  // json_each binds the whole id list as one parameter: no SQL built from values.
  const rows = stmt(
    db,
    `SELECT c.quote_id AS quoteId, c.tag_id AS tagId, c.intensity, c.stance FROM codings c
      WHERE c.quote_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
  ).all(JSON.stringify(quoteIds)) as {
    quoteId: number;
    tagId: number;
    intensity: number | null;
    stance: 'supports' | 'contradicts';
  }[];
  for (const r of rows) {
    const list = out.get(r.quoteId) ?? [];
    list.push({ tagId: r.tagId, intensity: r.intensity, stance: r.stance });
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
    startTurnId: r.start_segment_id,
    startOffset: r.start_offset,
    endTurnId: r.end_segment_id,
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
    attributedParticipantId: r.attributed_participant_id,
    notCountedBecause: r.not_counted_because,
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
  const rows = stmt(db, `${QUOTE_SELECT} WHERE q.interview_id = ? ORDER BY s.seq, q.start_offset, q.id`).all(
    interviewId,
  ) as QuoteRow[];
  const codings = codingsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toQuote(r, codings.get(r.id) ?? []));
}

export function quotesTouchingTurn(
  db: Database,
  turnId: number,
): { id: number; exact_text: string; prefix: string; suffix: string }[] {
  return stmt(
    db,
    'SELECT id, exact_text, prefix, suffix FROM quotes WHERE start_segment_id = ? OR end_segment_id = ?',
  ).all(turnId, turnId) as { id: number; exact_text: string; prefix: string; suffix: string }[];
}

export function citationIdsOfQuote(db: Database, quoteId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE quote_id = ?').all(quoteId) as { id: number }[]).map((r) => r.id);
}

export function codingIdsOfQuote(db: Database, quoteId: number): number[] {
  return (stmt(db, 'SELECT id FROM codings WHERE quote_id = ?').all(quoteId) as { id: number }[]).map((r) => r.id);
}

/**
 * The evidence base of every roll-up: one row per coding of a quote that counts as evidence.
 * Counts as evidence: a quote holding a known participant's words (a transcript turn whose speaker is
 * mapped to a participant and counts — never the interviewer or "other" — or a note quote attributed to
 * a participant); never a participant who declined or withdrew consent; never a cancelled interview.
 * Each coding supports its tag or contradicts it (its stance); reach counts supporters only. The rule
 * is the views `quote_evidence` and `evidence_source` (migration 0005); the table `evidence` is their
 * materialisation, kept in step by triggers, and is what every count in the app reads.
 * All filters are bound parameters (lists as JSON through json_each); the small tables (interviews,
 * companies) are joined only when a filter needs them.
 */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters, Stance } from '../../../shared/domain/synthesis';
import { rawStmt, stmt } from '../db/sql';

export interface EvidenceRow {
  tagId: number;
  quoteId: number;
  intensity: number | null;
  interviewId: number;
  /** Interview date, or the quote's creation time when the interview has no date. */
  at: number;
  participantId: number;
  companyId: number | null;
  segmentId: number | null;
  starred: boolean;
}

/** Narrower than the study-wide filters: one tag, one participant, one segment or "no segment", one stance. */
export interface EvidenceFocus {
  tagId?: number;
  /** A participant id, or null/undefined for any. */
  participantId?: number | null;
  /** A segment id, 'none' for participants in no segment, or null/undefined for any. */
  segmentId?: number | 'none' | null;
  /** Supporting or contradicting codings only; null/undefined for both. */
  stance?: Stance | null;
}

export interface Where {
  joins: string;
  where: string;
  params: Record<string, unknown>;
}

/** The WHERE clause for the active filters only, so each combination gets its own (cached) plan. */
export function evidenceWhere(f: EvidenceFilters, focus: EvidenceFocus = {}): Where {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  const joins: string[] = [];
  const list = (key: string, column: string, values: readonly unknown[]) => {
    if (values.length === 0) return;
    conds.push(`${column} IN (SELECT value FROM json_each(@${key}))`);
    params[key] = JSON.stringify(values);
  };
  list('segmentIds', 'e.segment_id', f.segmentIds);
  list('companyIds', 'e.company_id', f.companyIds);
  list('participantIds', 'e.participant_id', f.participantIds);
  if (f.industries.length) {
    joins.push('JOIN companies co ON co.id = e.company_id');
    list('industries', 'co.industry', f.industries);
  }
  if (f.methods.length || f.from !== null || f.to !== null) joins.push('JOIN interviews i ON i.id = e.interview_id');
  list('methods', 'i.method', f.methods);
  if (f.from !== null) {
    conds.push('i.date >= @from');
    params.from = f.from;
  }
  if (f.to !== null) {
    conds.push('i.date <= @to');
    params.to = f.to;
  }
  if (focus.tagId !== undefined) {
    conds.push('e.tag_id = @tagId');
    params.tagId = focus.tagId;
  }
  if (focus.participantId !== undefined && focus.participantId !== null) {
    conds.push('e.participant_id = @onlyParticipant');
    params.onlyParticipant = focus.participantId;
  }
  if (focus.segmentId === 'none') conds.push('e.segment_id IS NULL');
  else if (focus.segmentId !== undefined && focus.segmentId !== null) {
    conds.push('e.segment_id = @onlySegment');
    params.onlySegment = focus.segmentId;
  }
  if (focus.stance) {
    conds.push('e.stance = @stance');
    params.stance = focus.stance;
  }
  return { joins: joins.join(' '), where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** [tagId, quoteId, intensity, interviewId, at, participantId, companyId, segmentId, starred 0/1] */
export type RawRow = [number, number, number | null, number, number, number, number | null, number | null, number];

/** Supporting evidence as raw arrays: no object per row. */
export function evidenceRaw(db: Database, f: EvidenceFilters, tagId?: number): RawRow[] {
  const w = evidenceWhere(f, { ...(tagId === undefined ? {} : { tagId }), stance: 'supports' });
  const sql = `SELECT e.tag_id, e.quote_id, e.intensity, e.interview_id, e.at, e.participant_id, e.company_id, e.segment_id, e.starred
                 FROM evidence e ${w.joins} ${w.where}`;
  return rawStmt(db, sql).all(w.params) as RawRow[];
}

export function evidenceRows(db: Database, f: EvidenceFilters, tagId?: number): EvidenceRow[] {
  return evidenceRaw(db, f, tagId).map((r) => ({
    tagId: r[0],
    quoteId: r[1],
    intensity: r[2],
    interviewId: r[3],
    at: r[4],
    participantId: r[5],
    companyId: r[6],
    segmentId: r[7],
    starred: r[8] === 1,
  }));
}

/** Participants and interviews in scope: everyone the filters select, coded or not (the denominator). */
const SCOPE = `
  SELECT count(DISTINCT p.id) AS participants, count(DISTINCT i.id) AS interviews
    FROM interview_participants ip
    JOIN interviews i ON i.id = ip.interview_id
    JOIN participants p ON p.id = ip.participant_id
    LEFT JOIN companies co ON co.id = p.company_id
   WHERE p.consent NOT IN ('declined', 'withdrawn') AND i.status <> 'cancelled'
     AND (json_array_length(@segmentIds) = 0 OR p.segment_id IN (SELECT value FROM json_each(@segmentIds)))
     AND (json_array_length(@companyIds) = 0 OR p.company_id IN (SELECT value FROM json_each(@companyIds)))
     AND (json_array_length(@industries) = 0 OR co.industry IN (SELECT value FROM json_each(@industries)))
     AND (json_array_length(@methods) = 0 OR i.method IN (SELECT value FROM json_each(@methods)))
     AND (json_array_length(@participantIds) = 0 OR p.id IN (SELECT value FROM json_each(@participantIds)))
     AND (@from IS NULL OR i.date >= @from) AND (@to IS NULL OR i.date <= @to)`;

export function scope(db: Database, f: EvidenceFilters): { participants: number; interviews: number } {
  return stmt(db, SCOPE).get({
    segmentIds: JSON.stringify(f.segmentIds),
    companyIds: JSON.stringify(f.companyIds),
    industries: JSON.stringify(f.industries),
    methods: JSON.stringify(f.methods),
    participantIds: JSON.stringify(f.participantIds),
    from: f.from,
    to: f.to,
  }) as { participants: number; interviews: number };
}

/**
 * The quotes behind a count, best first: starred, then the quote carrying the most tags, then newest.
 * Walks the evidence_rank index in that order, so a page costs the page, not the tag's whole evidence.
 */
export function rankedQuoteIds(
  db: Database,
  f: EvidenceFilters,
  focus: EvidenceFocus & { tagId: number },
  limit: number,
  offset = 0,
): number[] {
  const w = evidenceWhere(f, focus);
  const sql = `SELECT e.quote_id FROM evidence e INDEXED BY evidence_rank ${w.joins} ${w.where}
                ORDER BY e.starred DESC, e.ncodings DESC, e.at DESC, e.quote_id DESC LIMIT @limit OFFSET @offset`;
  return rawStmt(db, sql)
    .pluck()
    .all({ ...w.params, limit, offset }) as number[];
}

/** How many quotes carry the focused tag (a quote carries a tag at most once). */
export function evidenceCount(db: Database, f: EvidenceFilters, focus: EvidenceFocus & { tagId: number }): number {
  const w = evidenceWhere(f, focus);
  return rawStmt(db, `SELECT count(*) FROM evidence e ${w.joins} ${w.where}`).pluck().get(w.params) as number;
}

/**
 * Each participant's best quote for the focused tag and stance (same order as rankedQuoteIds), in rank
 * order: a draft cites one per participant, so the participants it cites are exactly the tag's reach.
 */
export function bestQuotePerParticipant(
  db: Database,
  f: EvidenceFilters,
  focus: EvidenceFocus & { tagId: number; stance: Stance },
): number[] {
  const w = evidenceWhere(f, focus);
  const sql = `SELECT quote_id FROM (
                 SELECT e.quote_id, e.starred, e.ncodings, e.at,
                        row_number() OVER (PARTITION BY e.participant_id
                                           ORDER BY e.starred DESC, e.ncodings DESC, e.at DESC, e.quote_id DESC) AS rn
                   FROM evidence e ${w.joins} ${w.where})
                WHERE rn = 1 ORDER BY starred DESC, ncodings DESC, at DESC, quote_id DESC`;
  return rawStmt(db, sql).pluck().all(w.params) as number[];
}

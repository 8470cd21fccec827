/**
 * The evidence base of every roll-up: one row per coding of a quote that counts as evidence.
 * Counts as evidence: a transcript quote whose first turn's speaker counts (never the interviewer or
 * "other"), or a quote from interview notes; never a participant who declined or withdrew consent.
 * All filters are bound parameters (lists as JSON through json_each).
 */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import { stmt } from '../../db/sql';

export interface EvidenceRow {
  tagId: number;
  quoteId: number;
  intensity: number | null;
  interviewId: number;
  /** Interview date, or the quote's creation time when the interview has no date. */
  at: number;
  participantId: number | null;
  companyId: number | null;
  segmentId: number | null;
  starred: boolean;
}

const FILTERS = `
     AND (json_array_length(@segmentIds) = 0 OR p.segment_id IN (SELECT value FROM json_each(@segmentIds)))
     AND (json_array_length(@companyIds) = 0 OR p.company_id IN (SELECT value FROM json_each(@companyIds)))
     AND (json_array_length(@industries) = 0 OR co.industry IN (SELECT value FROM json_each(@industries)))
     AND (json_array_length(@methods) = 0 OR i.method IN (SELECT value FROM json_each(@methods)))
     AND (json_array_length(@participantIds) = 0 OR p.id IN (SELECT value FROM json_each(@participantIds)))
     AND (@from IS NULL OR i.date >= @from) AND (@to IS NULL OR i.date <= @to)`;

const EVIDENCE = `
  SELECT c.tag_id, q.id, c.intensity, q.interview_id, coalesce(i.date, q.created_at), p.id, p.company_id, p.segment_id, q.starred
    FROM codings c
    JOIN quotes q ON q.id = c.quote_id
    JOIN interviews i ON i.id = q.interview_id
    LEFT JOIN speakers sp ON sp.id = q.speaker_id
    LEFT JOIN participants p ON p.id = sp.participant_id AND sp.counts_as_evidence = 1
    LEFT JOIN companies co ON co.id = p.company_id
   WHERE (q.source = 'note' OR sp.counts_as_evidence = 1)
     AND (p.id IS NULL OR p.consent NOT IN ('declined', 'withdrawn'))
     AND i.status <> 'cancelled'
     ${FILTERS}`;

/** Participants and interviews in scope: everyone the filters select, coded or not (the denominator). */
const SCOPE = `
  SELECT count(DISTINCT p.id) AS participants, count(DISTINCT i.id) AS interviews
    FROM interview_participants ip
    JOIN interviews i ON i.id = ip.interview_id
    JOIN participants p ON p.id = ip.participant_id
    LEFT JOIN companies co ON co.id = p.company_id
   WHERE p.consent NOT IN ('declined', 'withdrawn') AND i.status <> 'cancelled'
     ${FILTERS}`;

export function filterParams(f: EvidenceFilters) {
  return {
    segmentIds: JSON.stringify(f.segmentIds),
    companyIds: JSON.stringify(f.companyIds),
    industries: JSON.stringify(f.industries),
    methods: JSON.stringify(f.methods),
    participantIds: JSON.stringify(f.participantIds),
    from: f.from,
    to: f.to,
  };
}

/** [tagId, quoteId, intensity, interviewId, at, participantId, companyId, segmentId, starred 0/1] */
export type RawRow = [number, number, number | null, number, number, number | null, number | null, number | null, number];

const rawCache = new WeakMap<Database, Map<string, ReturnType<Database['prepare']>>>();

/** Evidence as raw arrays: no object per row, for roll-ups over 100k codings. */
export function evidenceRaw(db: Database, f: EvidenceFilters, tagId?: number): RawRow[] {
  const sql = tagId === undefined ? EVIDENCE : `${EVIDENCE} AND c.tag_id = @tagId`;
  let perDb = rawCache.get(db);
  if (!perDb) rawCache.set(db, (perDb = new Map()));
  let s = perDb.get(sql);
  if (!s) perDb.set(sql, (s = db.prepare(sql).raw(true)));
  return s.all(tagId === undefined ? filterParams(f) : { ...filterParams(f), tagId }) as RawRow[];
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

export function scope(db: Database, f: EvidenceFilters): { participants: number; interviews: number } {
  return stmt(db, SCOPE).get(filterParams(f)) as { participants: number; interviews: number };
}

/** How many tags each quote carries: "most-coded" for picking representative quotes. */
export function codingCounts(db: Database, quoteIds: number[]): Map<number, number> {
  const one = stmt(db, 'SELECT count(*) AS n FROM codings WHERE quote_id = ?');
  return new Map(quoteIds.map((id) => [id, (one.get(id) as { n: number }).n]));
}

/**
 * The quote library query: every filter is a bound parameter (lists as JSON arrays through
 * json_each), so one prepared statement per sort order serves every combination of filters.
 */
import type { Database } from 'better-sqlite3';
import type { QuoteCard, QuoteFilters } from '../../../shared/domain/quote';
import { stmt } from '../db/sql';
import { codingsOf, QUOTE_SELECT, toQuote, type QuoteRow } from './quotes';

type Parsed = Required<{ [K in keyof QuoteFilters]-?: Exclude<QuoteFilters[K], undefined> }>;

const ORDER: Record<Parsed['sort'], string> = {
  newest: 'q.created_at DESC, q.id DESC',
  oldest: 'q.created_at ASC, q.id ASC',
  interview: 'i.date IS NULL, i.date DESC, i.id, s.seq, q.start_offset',
  most_coded: '(SELECT count(*) FROM codings c WHERE c.quote_id = q.id) DESC, q.id DESC',
};

const WHERE = `
  WHERE (json_array_length(@interviewIds) = 0 OR q.interview_id IN (SELECT value FROM json_each(@interviewIds)))
    AND (json_array_length(@methods) = 0 OR i.method IN (SELECT value FROM json_each(@methods)))
    AND (@from IS NULL OR i.date >= @from)
    AND (@to IS NULL OR i.date <= @to)
    AND (@starred = 0 OR q.starred = 1)
    AND (@flagged = 0 OR q.anchor_status = 'flagged')
    AND (json_array_length(@participantIds) = 0 OR q.participant_id IN (SELECT value FROM json_each(@participantIds)))
    AND (json_array_length(@companyIds) = 0 OR p.company_id IN (SELECT value FROM json_each(@companyIds)))
    AND (json_array_length(@segmentIds) = 0 OR p.segment_id IN (SELECT value FROM json_each(@segmentIds)))
    AND (json_array_length(@tagIds) = 0 OR EXISTS (SELECT 1 FROM codings c WHERE c.quote_id = q.id AND c.tag_id IN (SELECT value FROM json_each(@tagIds))))
    AND (json_array_length(@tagKinds) = 0 OR EXISTS (SELECT 1 FROM codings c JOIN tags t ON t.id = c.tag_id WHERE c.quote_id = q.id AND t.kind IN (SELECT value FROM json_each(@tagKinds))))
    AND (@evidence = 'any'
      OR (@evidence = 'not_counted' AND NOT EXISTS (SELECT 1 FROM quote_evidence qe WHERE qe.quote_id = q.id))
      OR (@evidence IN ('supporting', 'contradicting') AND EXISTS (SELECT 1 FROM evidence e WHERE e.quote_id = q.id
            AND e.stance = CASE @evidence WHEN 'supporting' THEN 'supports' ELSE 'contradicts' END
            AND (json_array_length(@tagIds) = 0 OR e.tag_id IN (SELECT value FROM json_each(@tagIds))))))
    AND (@match = '' OR q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @match))`;

const FROM = `${QUOTE_SELECT.replace('FROM quotes q', 'FROM quotes q JOIN interviews i ON i.id = q.interview_id')}
    LEFT JOIN companies co ON co.id = p.company_id`;

const FROM_CARD = FROM.replace(
  'SELECT q.*',
  'SELECT q.*, i.title AS interview_title, i.date AS interview_date, p.pseudonym AS participant_pseudonym, co.name AS company_name',
);

type CardRow = QuoteRow & {
  interview_title: string;
  interview_date: number | null;
  participant_pseudonym: string | null;
  company_name: string | null;
};

export function listQuoteCards(db: Database, f: Parsed, match: string): { total: number; items: QuoteCard[] } {
  const params = {
    interviewIds: JSON.stringify(f.interviewIds),
    methods: JSON.stringify(f.methods),
    participantIds: JSON.stringify(f.participantIds),
    companyIds: JSON.stringify(f.companyIds),
    segmentIds: JSON.stringify(f.segmentIds),
    tagIds: JSON.stringify(f.tagIds),
    tagKinds: JSON.stringify(f.tagKinds),
    from: f.from,
    to: f.to,
    starred: f.starred ? 1 : 0,
    flagged: f.flagged ? 1 : 0,
    evidence: f.evidence,
    match,
  };
  const total = (stmt(db, `SELECT count(*) AS n FROM (${FROM} ${WHERE})`).get(params) as { n: number }).n;
  const rows = stmt(db, `${FROM_CARD} ${WHERE} ORDER BY ${ORDER[f.sort]} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: f.limit,
    offset: f.offset,
  }) as CardRow[];
  const codings = codingsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({
      ...toQuote(r, codings.get(r.id) ?? []),
      interviewTitle: r.interview_title,
      interviewDate: r.interview_date,
      participantPseudonym: r.participant_pseudonym,
      companyName: r.company_name,
    })),
  };
}

/** Cards for the given quote ids, in the given order (primary-key lookups: no scan for short lists). */
export function quoteCardsByIds(db: Database, ids: number[]): QuoteCard[] {
  const one = stmt(db, `${FROM_CARD} WHERE q.id = ?`);
  const rows = ids.flatMap((id) => {
    const r = one.get(id) as CardRow | undefined;
    return r ? [r] : [];
  });
  const codings = codingsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toQuote(r, codings.get(r.id) ?? []),
    interviewTitle: r.interview_title,
    interviewDate: r.interview_date,
    participantPseudonym: r.participant_pseudonym,
    companyName: r.company_name,
  }));
}

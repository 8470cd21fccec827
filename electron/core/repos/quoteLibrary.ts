/**
 * The quote library query. Only the filters in use become SQL (each combination is its own cached
 * statement with its own plan), and each is written so an index answers it: quotes by participant,
 * interview or creation time, codings by tag, evidence by stance, participants by segment or company.
 * Every sort order has an index (migration 0009), so the first screenful of an unfiltered library
 * reads that screenful. The count is asked for once per filter set (`withTotal`), not per page.
 */
import type { Database } from 'better-sqlite3';
import { SECONDARY_SOURCE_KINDS } from '../../../shared/domain/framework';
import type { QuoteCard, QuoteFilters } from '../../../shared/domain/quote';
import { stmt } from '../db/sql';
import { codingsOf, QUOTE_SELECT, toQuote, type QuoteRow } from './quotes';

export type Parsed = Required<{ [K in keyof QuoteFilters]-?: Exclude<QuoteFilters[K], undefined> }>;

/** Each order is served by an index: quotes_created, quotes_most_coded, interviews_order + quotes_interview. */
export const ORDER: Record<Parsed['sort'], string> = {
  newest: 'q.created_at DESC, q.id DESC',
  oldest: 'q.created_at ASC, q.id ASC',
  interview: 'i.date IS NULL, i.date DESC, i.id, s.seq, q.start_offset',
  most_coded: 'q.coding_count DESC, q.id DESC',
};

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/** The WHERE clause for the active filters only; lists travel as JSON arrays through json_each. */
export function libraryWhere(f: Parsed, match: string): Where {
  const conds: string[] = [];
  const params: Record<string, unknown> = {};
  const list = (key: string, values: readonly unknown[], cond: (list: string) => string) => {
    if (values.length === 0) return;
    conds.push(cond(`(SELECT value FROM json_each(@${key}))`));
    params[key] = JSON.stringify(values);
  };
  list('interviewIds', f.interviewIds, (l) => `q.interview_id IN ${l}`);
  list('participantIds', f.participantIds, (l) => `q.participant_id IN ${l}`);
  list('companyIds', f.companyIds, (l) => `q.participant_id IN (SELECT id FROM participants WHERE company_id IN ${l})`);
  list('segmentIds', f.segmentIds, (l) => `q.participant_id IN (SELECT id FROM participants WHERE segment_id IN ${l})`);
  // Method and dates select interviews first (interviews_method, interviews_date), then their quotes.
  const held: string[] = [];
  if (f.methods.length) {
    held.push('iv.method IN (SELECT value FROM json_each(@methods))');
    params.methods = JSON.stringify(f.methods);
  }
  const dated: string[] = [];
  if (f.from !== null) {
    dated.push('@from <= ROW_DATE');
    params.from = f.from;
  }
  if (f.to !== null) {
    dated.push('ROW_DATE <= @to');
    params.to = f.to;
  }
  if (dated.length) {
    // An interview's quotes go by the interview's date; a document's by their own row's date (a ticket's,
    // `transcript_segments.dated_at`), else the document's — the date rule of the view quote_evidence.
    // Documents are a few interviews, so their arm reads their quotes by interview and checks each row.
    const byInterview = dated.map((d) => d.replace('ROW_DATE', 'iv.date'));
    const rowDate =
      'coalesce((SELECT d.dated_at FROM transcript_segments d WHERE d.id = q.start_segment_id), (SELECT dv.date FROM interviews dv WHERE dv.id = q.interview_id))';
    const byRow = dated.map((d) => d.replace('ROW_DATE', rowDate));
    // `+source_kind`: interviews are found by date (interviews_date), documents by kind (a seek per kind).
    params.secondaryKinds = JSON.stringify(SECONDARY_SOURCE_KINDS);
    conds.push(`(q.interview_id IN (SELECT iv.id FROM interviews iv WHERE ${["+iv.source_kind = 'interview'", ...held, ...byInterview].join(' AND ')})
      OR (q.interview_id IN (SELECT iv.id FROM interviews iv WHERE ${['iv.source_kind IN (SELECT value FROM json_each(@secondaryKinds))', ...held].join(' AND ')}) AND ${byRow.join(' AND ')}))`);
  } else if (held.length) conds.push(`q.interview_id IN (SELECT iv.id FROM interviews iv WHERE ${held.join(' AND ')})`);
  // A coder's quotes: those they made, and those they tagged (codings_coder answers the second).
  list(
    'coderIds',
    f.coderIds,
    (l) => `(q.coder_id IN ${l} OR q.id IN (SELECT c.quote_id FROM codings c WHERE c.coder_id IN ${l}))`,
  );
  if (f.starred) conds.push('q.starred = 1');
  if (f.flagged) conds.push("q.anchor_status = 'flagged'");
  const evidenceStance =
    f.evidence === 'supporting' ? 'supports' : f.evidence === 'contradicting' ? 'contradicts' : null;
  if (evidenceStance) {
    // With tags chosen, the evidence must be for one of them (a quote may support one tag and contradict another).
    params.stance = evidenceStance;
    if (f.tagIds.length) {
      conds.push(
        'q.id IN (SELECT e.quote_id FROM evidence e WHERE e.tag_id IN (SELECT value FROM json_each(@tagIds)) AND e.stance = @stance)',
      );
      params.tagIds = JSON.stringify(f.tagIds);
    } else conds.push('q.id IN (SELECT e.quote_id FROM evidence e WHERE e.stance = @stance)');
  } else list('tagIds', f.tagIds, (l) => `q.id IN (SELECT c.quote_id FROM codings c WHERE c.tag_id IN ${l})`);
  list(
    'tagKinds',
    f.tagKinds,
    (l) =>
      `q.id IN (SELECT c.quote_id FROM codings c WHERE c.tag_id IN (SELECT t.id FROM tags t WHERE t.kind IN ${l}))`,
  );
  // The complement of the view quote_evidence, written so each arm is an index range (nobody's words,
  // a participant without consent, a cancelled interview); the evidence tests hold it to the view.
  if (f.evidence === 'not_counted')
    conds.push(`(q.participant_id IS NULL
      OR q.participant_id IN (SELECT id FROM participants WHERE consent IN ('declined', 'withdrawn'))
      OR q.interview_id IN (SELECT id FROM interviews WHERE status = 'cancelled'))`);
  if (match !== '') {
    conds.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @match)');
    params.match = match;
  }
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

const FROM_CARD = `${QUOTE_SELECT.replace(
  'SELECT q.*',
  'SELECT q.*, i.title AS interview_title, i.date AS interview_date, p.pseudonym AS participant_pseudonym, co.name AS company_name',
).replace('FROM quotes q', 'FROM quotes q JOIN interviews i ON i.id = q.interview_id')}
    LEFT JOIN companies co ON co.id = p.company_id`;

type CardRow = QuoteRow & {
  interview_title: string;
  interview_date: number | null;
  participant_pseudonym: string | null;
  company_name: string | null;
};

function toCards(db: Database, rows: CardRow[]): QuoteCard[] {
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

/** How many quotes the filters select: joins only what the filters need. */
export function countQuotes(db: Database, f: Parsed, match: string): number {
  const w = libraryWhere(f, match);
  return stmt(db, `SELECT count(*) AS n FROM quotes q ${w.sql}`).pluck().get(w.params) as number;
}

/**
 * One page of cards in the chosen order. The page is chosen on quote ids first (the sort's index,
 * the filters' indexes), and only its rows are dressed as cards (speaker, reason not counted, names).
 */
export function listQuoteCards(db: Database, f: Parsed, match: string): { total: number | null; items: QuoteCard[] } {
  const w = libraryWhere(f, match);
  // In interview order the interviews are walked first (CROSS JOIN keeps that loop outermost, so the
  // interviews_order index gives the first terms and only each interview's quotes are sorted).
  const from =
    f.sort === 'interview'
      ? 'interviews i INDEXED BY interviews_order CROSS JOIN quotes q ON q.interview_id = i.id LEFT JOIN transcript_segments s ON s.id = q.start_segment_id'
      : 'quotes q';
  const ids = stmt(db, `SELECT q.id FROM ${from} ${w.sql} ORDER BY ${ORDER[f.sort]} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...w.params, limit: f.limit, offset: f.offset }) as number[];
  return {
    total: f.withTotal ? countQuotes(db, f, match) : null,
    items: quoteCardsByIds(db, ids),
  };
}

/** Cards for the given quote ids, in the given order (one statement, primary-key lookups). */
export function quoteCardsByIds(db: Database, ids: number[]): QuoteCard[] {
  if (ids.length === 0) return [];
  const rows = stmt(db, `${FROM_CARD} WHERE q.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as CardRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return toCards(
    db,
    ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [r] : [];
    }),
  );
}

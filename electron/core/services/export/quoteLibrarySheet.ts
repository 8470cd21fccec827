/**
 * The quote library as a table: what its current filter selects, one row per quote × tag, with who said
 * it by pseudonym (names inside the words replaced by the project's pseudonymiser, as in the evidence
 * CSV) or by real name, the interview, its date, the quote's time, where it was quoted from (transcript,
 * note, or a document's kind of source) and the star.
 */
import type { Database } from 'better-sqlite3';
import { toMatchQuery } from '../../repos/ftsQuery';
import { SOURCE_KIND_LABELS } from '../../../../shared/domain/framework';
import { quoteExportRows, type LibraryFilter, type QuoteExportRow } from '../../repos/quoteExport';
import { listTagsBasic } from '../../repos/tags';
import { formatTimestamp } from './citedDocument';
import { projectPseudonymiser } from './names';
import type { Sheet } from './sheets';

export const QUOTE_LIBRARY_HEADER = [
  'quote',
  'tag',
  'stance',
  'participant',
  'interview',
  'interview_date',
  'timestamp',
  'source',
  'starred',
];

export type NameChoice = 'pseudonym' | 'real';

export const isoDay = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

/**
 * Where the words come from: "transcript" or "note" for an interview, and for a document's rows the
 * kind of source it is ("Support tickets", "Survey answers"…), as its citations name it.
 */
export function sourceOf(r: Pick<QuoteExportRow, 'source' | 'source_kind'>): string {
  if (r.source === 'note' || r.source_kind === 'interview') return r.source;
  return SOURCE_KIND_LABELS[r.source_kind];
}

export function quoteLibrarySheet(db: Database, filter: LibraryFilter, names: NameChoice): Sheet {
  const tags = new Map(listTagsBasic(db).map((t) => [t.id, t.path]));
  const ps = names === 'pseudonym' ? projectPseudonymiser(db) : null;
  // A quote's words and an interview's title repeat on every row of their tags: pseudonymise them once.
  const cache = new Map<string, string>();
  const t = (s: string) => {
    if (!ps || s === '') return s;
    let out = cache.get(s);
    if (out === undefined) {
      out = ps.text(s);
      if (cache.size > 10_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
  const rows: string[][] = [];
  for (const r of quoteExportRows(db, filter, filter.text ? toMatchQuery(filter.text) : '')) {
    const tag = r.tag_id === null ? '' : (tags.get(r.tag_id) ?? '');
    rows.push([
      t(r.exact_text),
      t(tag),
      r.stance ?? '',
      // Someone added by an import may have no real name yet: their code, rather than a blank.
      (names === 'real' && r.real_name ? r.real_name : r.pseudonym) ?? '',
      t(r.interview_title),
      isoDay(r.interview_date),
      formatTimestamp(r.start_ms),
      sourceOf(r),
      r.starred ? 'yes' : 'no',
    ]);
  }
  return { name: 'Quotes', header: QUOTE_LIBRARY_HEADER, rows, widths: [80, 30, 12, 20, 30, 14, 10, 12, 8] };
}

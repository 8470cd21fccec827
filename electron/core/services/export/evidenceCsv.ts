/**
 * The quote-level evidence CSV: one row per quote with its tags (as paths, contradicting ones marked),
 * whether it counts as evidence (and why not), who said it, their company
 * and segment, the interview, date and timestamp. UTF-8 with a BOM, every field quoted, CRLF — what
 * spreadsheet software opens correctly, commas, newlines and emoji included; no cell is a formula.
 */
import Papa from 'papaparse';
import type { ProjectContext } from '../../context';
import { NOT_COUNTED_WORDS } from '../../../../shared/domain/quote';
import type { Stance } from '../../../../shared/domain/synthesis';
import { codingStances, evidenceCsvRows } from '../../repos/evidenceCsv';
import { listTagsBasic } from '../../repos/tags';
import { projectPseudonymiser } from './names';
import { formatTimestamp } from './personaDocument';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR first) starts with an
 * apostrophe instead, which spreadsheets show as text ("=HYPERLINK(…" stays words, not a link).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const HEADER = [
  'quote',
  'tags',
  'tag_kinds',
  'counts_as_evidence',
  'participant',
  'role',
  'company',
  'industry',
  'segment',
  'interview',
  'date',
  'timestamp',
  'method',
  'starred',
  'note',
];

export function evidenceCsv(ctx: ProjectContext, opts: { pseudonymise: boolean }): string {
  const tags = new Map(listTagsBasic(ctx.db).map((t) => [t.id, t]));
  const codings = codingStances(ctx.db);
  const byQuote = new Map<number, { tagId: number; stance: Stance }[]>();
  for (const c of codings)
    byQuote.set(c.quote_id, [...(byQuote.get(c.quote_id) ?? []), { tagId: c.tag_id, stance: c.stance }]);
  const rows = evidenceCsvRows(ctx.db);
  const ps = opts.pseudonymise ? projectPseudonymiser(ctx.db) : null;
  const t = (s: string) => (ps ? ps.text(s) : s);
  const data = rows.map((r) => {
    const mine = (byQuote.get(r.id) ?? []).flatMap((c) => {
      const tag = tags.get(c.tagId);
      return tag ? [{ ...tag, stance: c.stance }] : [];
    });
    return [
      t(r.exact_text),
      // A contradicting coding is written as such, so a spreadsheet never reads it as support.
      mine.map((x) => t(x.path) + (x.stance === 'contradicts' ? ' (contradicts)' : '')).join('; '),
      [...new Set(mine.map((x) => x.kind))].join('; '),
      r.not_counted_because === null ? 'yes' : `no: ${NOT_COUNTED_WORDS[r.not_counted_because]}`,
      r.pseudonym ?? '',
      t(r.role ?? ''),
      (ps ? ps.company(r.company) : r.company) ?? '',
      r.industry ?? '',
      t(r.segment ?? ''),
      t(r.title),
      r.date === null ? '' : new Date(r.date).toISOString().slice(0, 10),
      formatTimestamp(r.start_ms),
      r.method,
      r.starred ? 'yes' : 'no',
      t(r.comment),
    ];
  });
  return `\ufeff${Papa.unparse({ fields: HEADER, data: data.map((row) => row.map(neutralise)) }, { quotes: true, newline: '\r\n' })}\r\n`;
}

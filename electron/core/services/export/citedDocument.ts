/**
 * The one model every export format renders: a titled document whose sections hold evidence-backed
 * items, each pointing at numbered citations, followed by the cited quotes ("Sources"). Personas,
 * ICP drafts and job statements map onto it; Markdown, HTML, PDF and DOCX render it.
 */
import { SOURCE_KIND_LABELS, type SourceKind } from '../../../../shared/domain/framework';
import type { Pseudonymiser } from '../../../../shared/domain/pseudonymise';

export interface DocCitation {
  n: number;
  polarity: 'supports' | 'contradicts';
  text: string;
  who: string;
  interview: string;
  date: string;
  timestamp: string;
}

export interface DocItem {
  /** A field name shown before the statement ("Primary goal"), or null. */
  label: string | null;
  statement: string;
  detail: string[];
  /** One line under the item, e.g. its confidence and why. */
  note: string;
  /** A short warning shown beside the statement ("assumption"), or null. */
  flag: string | null;
  citations: number[];
}

export interface CitedDocument {
  /** What the document is, in words: "persona", "ideal customer profile", "jobs to be done". */
  kind: string;
  title: string;
  subtitle: string;
  facts: [string, string][];
  sections: { title: string; items: DocItem[] }[];
  citations: DocCitation[];
  /** Empty when the kind has no checklist. */
  checklist: { label: string; passed: boolean; detail: string }[];
  warnings: string[];
}

/** What a cited quote carries, whatever cites it (attribute, job, ICP statement). */
export interface CitedQuote {
  quoteId: number;
  polarity: 'supports' | 'contradicts';
  exactText: string;
  participantPseudonym: string | null;
  interviewTitle: string;
  interviewDate: number | null;
  startMs: number | null;
  /** A secondary source's quote is cited with its kind ("Support tickets: tickets-2026-q3"). */
  sourceKind?: SourceKind;
}

/** The source a citation names: an interview by its title, a document by its kind and title. */
export function citedSource(c: Pick<CitedQuote, 'interviewTitle' | 'sourceKind'>): string {
  return c.sourceKind && c.sourceKind !== 'interview'
    ? `${SOURCE_KIND_LABELS[c.sourceKind]}: ${c.interviewTitle}`
    : c.interviewTitle;
}

export function formatTimestamp(ms: number | null): string {
  if (ms === null) return '';
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

// Building an Intl.DateTimeFormat costs ~0.1 ms; a document with a thousand citations formats a
// thousand dates, so one formatter per locale is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDate(ms: number | null, locale = 'en-GB'): string {
  if (ms === null) return 'undated';
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f.format(ms);
}

/** Numbers quotes in order of first citation; a quote cited twice keeps its first number. */
export function citationNumbering(locale?: string): {
  cite(quotes: readonly CitedQuote[]): number[];
  citations: DocCitation[];
} {
  const numbering = new Map<number, number>();
  const citations: DocCitation[] = [];
  return {
    citations,
    cite: (quotes) =>
      quotes.map((c) => {
        let n = numbering.get(c.quoteId);
        if (n === undefined) {
          n = citations.length + 1;
          numbering.set(c.quoteId, n);
          citations.push({
            n,
            polarity: c.polarity,
            text: c.exactText,
            who: c.participantPseudonym ?? 'Unattributed (from notes)',
            interview: citedSource(c),
            date: formatDate(c.interviewDate, locale),
            timestamp: formatTimestamp(c.startMs),
          });
        }
        return n;
      }),
  };
}

/** Every researcher-written or quoted string through the pseudonymiser; structure and numbers unchanged. */
export function pseudonymiseDocument(doc: CitedDocument, ps: Pseudonymiser): CitedDocument {
  const t = (s: string) => ps.text(s);
  return {
    ...doc,
    title: t(doc.title),
    subtitle: t(doc.subtitle),
    facts: [
      ...doc.facts.map(([k, v]): [string, string] => [k, t(v)]),
      ['Names', 'Pseudonymised: participants and companies replaced'],
    ],
    sections: doc.sections.map((s) => ({
      title: t(s.title),
      items: s.items.map((i) => ({
        ...i,
        label: i.label === null ? null : t(i.label),
        statement: t(i.statement),
        detail: i.detail.map(t),
        note: t(i.note),
      })),
    })),
    // `who` is already the participant's pseudonym: it is never run through the name matcher again.
    citations: doc.citations.map((c) => ({ ...c, text: t(c.text), interview: t(c.interview) })),
    checklist: doc.checklist.map((c) => ({ ...c, detail: t(c.detail) })),
    warnings: doc.warnings.map(t),
  };
}

/** A file name from a title: characters no file system accepts become '-'. */
export function fileNameFor(title: string, ext: string, fallback = 'export'): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || fallback}.${ext}`;
}

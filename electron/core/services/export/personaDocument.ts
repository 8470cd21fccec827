/**
 * A persona as an export document: sections in template order, attributes with numbered citations,
 * the checklist. Markdown and HTML (and later PDF/DOCX) render this one model.
 */
import type { Attribute, Persona } from '../../../../shared/domain/persona';
import { ATTRIBUTE_SECTIONS, SECTION_FIELDS, SECTION_LABELS, USER_ONLY_SECTIONS, BUYER_ONLY_SECTIONS } from '../../../../shared/domain/persona';

export interface DocCitation {
  n: number;
  polarity: 'supports' | 'contradicts';
  text: string;
  who: string;
  interview: string;
  date: string;
  timestamp: string;
}

export interface DocAttribute {
  label: string | null;
  statement: string;
  detail: string[];
  confidence: string;
  assumption: boolean;
  citations: number[];
}

export interface PersonaDocument {
  title: string;
  subtitle: string;
  facts: [string, string][];
  sections: { title: string; attributes: DocAttribute[] }[];
  citations: DocCitation[];
  checklist: { label: string; passed: boolean; detail: string }[];
  warnings: string[];
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

export function formatDate(ms: number | null, locale = 'en-GB'): string {
  return ms === null ? 'undated' : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

export function personaDocument(p: Persona, opts: { locale?: string; includeProposed?: boolean } = {}): PersonaDocument {
  const numbering = new Map<number, number>();
  const citations: DocCitation[] = [];
  const cite = (a: Attribute): number[] =>
    a.citations.map((c) => {
      let n = numbering.get(c.quoteId);
      if (n === undefined) {
        n = citations.length + 1;
        numbering.set(c.quoteId, n);
        citations.push({
          n,
          polarity: c.polarity,
          text: c.exactText,
          who: c.participantPseudonym ?? 'Unattributed (from notes)',
          interview: c.interviewTitle,
          date: formatDate(c.interviewDate, opts.locale),
          timestamp: formatTimestamp(c.startMs),
        });
      }
      return n;
    });
  const visible = p.attributes.filter((a) => a.status === 'accepted' || (opts.includeProposed && a.status === 'proposed'));
  const sections = ATTRIBUTE_SECTIONS.filter((s) => !(p.kind === 'buyer' && USER_ONLY_SECTIONS.includes(s)) && !(p.kind === 'user' && BUYER_ONLY_SECTIONS.includes(s)))
    .map((section) => {
      const fields = SECTION_FIELDS[section] ?? [];
      const attributes = visible
        .filter((a) => a.section === section)
        .sort((a, b) => fields.findIndex((f) => f.key === a.field) - fields.findIndex((f) => f.key === b.field) || a.position - b.position)
        .map((a) => ({
          label: fields.find((f) => f.key === a.field)?.label ?? null,
          statement: a.statement,
          detail: Object.entries(a.detail)
            .filter(([, v]) => v)
            .map(([k, v]) => `${k === 'rootCause' ? 'Root cause' : k === 'impact' ? 'Impact' : k.charAt(0).toUpperCase() + k.slice(1)}: ${v}`),
          confidence: `${a.confidence.level === 'assumption' ? 'Assumption' : `${a.confidence.level[0]!.toUpperCase()}${a.confidence.level.slice(1)} confidence`} — ${a.confidence.explanation}`,
          assumption: a.confidence.level === 'assumption',
          citations: cite(a),
        }));
      return { title: SECTION_LABELS[section], attributes };
    })
    .filter((s) => s.attributes.length > 0);
  const facts: [string, string][] = [
    ['Kind', p.kind === 'buyer' ? 'Buyer persona' : 'User persona'],
    ['Role', p.role || '—'],
    ['Reports to', p.reportsTo || '—'],
    ['Tier', p.tier ? `Tier ${p.tier}` : 'Not prioritised'],
    ['Represents', `${p.members.length} participant${p.members.length === 1 ? '' : 's'} (${Math.round(p.memberShare * 100)}% of all)`],
    ['Last reviewed', p.lastReviewedAt ? formatDate(p.lastReviewedAt, opts.locale) : 'Never'],
  ];
  return {
    title: p.name,
    subtitle: p.summary,
    facts,
    sections,
    citations,
    checklist: p.checklist.map((c) => ({ label: c.label, passed: c.passed, detail: c.detail })),
    warnings: p.warnings.map((w) => w.message),
  };
}

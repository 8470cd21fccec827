/**
 * A persona as a cited document: sections in template order, attributes with numbered citations,
 * the checklist and warnings. Every export format renders this model (citedDocument.ts).
 */
import type { Persona } from '../../../../shared/domain/persona';
import {
  ATTRIBUTE_SECTIONS,
  SECTION_FIELDS,
  SECTION_LABELS,
  USER_ONLY_SECTIONS,
  BUYER_ONLY_SECTIONS,
} from '../../../../shared/domain/persona';
import { citationNumbering, formatDate, formatTimestamp, type CitedDocument } from './citedDocument';

/** A persona is a cited document whose items are its attributes; kept as a name for callers. */
export type PersonaDocument = CitedDocument;

export { formatDate, formatTimestamp };

export function personaDocument(
  p: Persona,
  opts: { locale?: string; includeProposed?: boolean } = {},
): PersonaDocument {
  const { cite, citations } = citationNumbering(opts.locale);
  const visible = p.attributes.filter(
    (a) => a.status === 'accepted' || (opts.includeProposed && a.status === 'proposed'),
  );
  const sections = ATTRIBUTE_SECTIONS.filter(
    (s) =>
      !(p.kind === 'buyer' && USER_ONLY_SECTIONS.includes(s)) &&
      !(p.kind === 'user' && BUYER_ONLY_SECTIONS.includes(s)),
  )
    .map((section) => {
      const fields = SECTION_FIELDS[section] ?? [];
      const items = visible
        .filter((a) => a.section === section)
        .sort(
          (a, b) =>
            fields.findIndex((f) => f.key === a.field) - fields.findIndex((f) => f.key === b.field) ||
            a.position - b.position,
        )
        .map((a) => ({
          label: fields.find((f) => f.key === a.field)?.label ?? null,
          statement: a.statement,
          detail: Object.entries(a.detail)
            .filter(([, v]) => v)
            .map(
              ([k, v]) =>
                `${k === 'rootCause' ? 'Root cause' : k === 'impact' ? 'Impact' : k.charAt(0).toUpperCase() + k.slice(1)}: ${v}`,
            ),
          note: `${a.confidence.level === 'assumption' ? 'Assumption' : `${a.confidence.level[0]!.toUpperCase()}${a.confidence.level.slice(1)} confidence`} — ${a.confidence.explanation}`,
          flag: a.confidence.level === 'assumption' ? 'assumption' : null,
          citations: cite(a.citations),
        }));
      return { title: SECTION_LABELS[section], items };
    })
    .filter((s) => s.items.length > 0);
  const facts: [string, string][] = [
    ['Kind', p.kind === 'buyer' ? 'Buyer persona' : 'User persona'],
    ['Role', p.role || '—'],
    ['Reports to', p.reportsTo || '—'],
    ['Tier', p.tier ? `Tier ${p.tier}` : 'Not prioritised'],
    [
      'Represents',
      `${p.members.length} participant${p.members.length === 1 ? '' : 's'} (${Math.round(p.memberShare * 100)}% of all)`,
    ],
    ['Last reviewed', p.lastReviewedAt ? formatDate(p.lastReviewedAt, opts.locale) : 'Never'],
  ];
  return {
    kind: 'persona',
    title: p.name,
    subtitle: p.summary,
    facts,
    sections,
    citations,
    checklist: p.checklist.map((c) => ({ label: c.label, passed: c.passed, detail: c.detail })),
    warnings: p.warnings.map((w) => w.message),
  };
}

/**
 * A small study for export tests, built through the real contract: two participants at a named company,
 * quotes that name them, and a persona whose accepted attributes cite every quote (one contradicting).
 * `tricky: true` adds quotes with commas, a newline, emoji and right-to-left text.
 */
import type { Company } from '../../shared/domain/company';
import type { Participant } from '../../shared/domain/participant';
import type { Persona } from '../../shared/domain/persona';
import type { Quote } from '../../shared/domain/quote';
import type { Transcript } from '../../shared/domain/transcript';
import type { CitedDocument } from '../../electron/core/services/export/citedDocument';
import { importTurns, type Caller } from './study';

export const REAL_NAMES = ['Tom Okafor', 'Rivka Levi', 'Acme Freight'];
/** Words that must never appear in a pseudonymised export (full names and their parts). */
export const REAL_NAME_PATTERN = /Tom|Okafor|Rivka|Levi|Acme/;

const PLAIN = [
  'Month-end close takes us four days because Tom Okafor rebuilds the same spreadsheet every time.',
  'At Acme Freight the auditors ask for evidence we cannot find quickly.',
  'Rivka Levi says the approval chain is the slowest part of the whole process.',
  'We would pay for anything that cuts the reconciliation work in half.',
];

export const TRICKY = [
  'Honestly, "Acme Freight" pays late, every month, and Tom hates it; Okafor, too.',
  'Invoices arrive 😀🎉 and then 👩‍💻 someone re-keys them by hand.',
  'She said: שלום, אנחנו צריכים דוח חודשי — and then in Arabic: نحتاج تقريرا شهريا.',
];

export interface ExportStudy {
  persona: Persona;
  quotes: Quote[];
  participants: Participant[];
  company: Company;
}

async function quoteTurn(t: Caller, tr: Transcript, index: number, through = index): Promise<Quote> {
  const start = tr.turns[index]!;
  const end = tr.turns[through]!;
  return t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: start.id, offset: 0 },
    end: { turnId: end.id, offset: end.text.length },
  });
}

export async function buildExportStudy(
  t: Caller,
  opts: { tricky?: boolean; name?: string } = {},
): Promise<ExportStudy> {
  const texts = opts.tricky ? [...PLAIN, ...TRICKY] : PLAIN;
  const turns = texts.flatMap((text, i) => [
    { speaker: 'Maya Chen', text: `Question ${i + 1}?` },
    { speaker: i % 2 ? 'Rivka Levi' : 'Tom Okafor', text },
  ]);
  if (opts.tricky)
    turns.push(
      { speaker: 'Maya Chen', text: 'And after that?' },
      { speaker: 'Tom Okafor', text: 'Then we chase, forever.' },
    );
  const tr = await importTurns(t, 'Call with Tom and Rivka', turns, Date.UTC(2026, 2, 3));
  const company = await t.call('companies.create', { name: 'Acme Freight', industry: 'Logistics' });
  const participants = (await t.call('participants.list')).filter(
    (p) => p.realName === 'Tom Okafor' || p.realName === 'Rivka Levi',
  );
  for (const p of participants)
    await t.call('participants.update', { id: p.id, patch: { companyId: company.id, role: 'Controller' } });
  const quotes: Quote[] = [];
  for (let i = 0; i < texts.length; i++) quotes.push(await quoteTurn(t, tr, i * 2 + 1));
  // A quote across two turns holds a newline.
  if (opts.tricky) quotes.push(await quoteTurn(t, tr, turns.length - 3, turns.length - 1));
  let persona = await t.call('personas.create', {
    name: opts.name ?? 'Finance Ops Fiona',
    role: 'Controller',
    summary: 'Runs month-end close at a mid-market firm; Tom Okafor is the archetype.',
    membership: { participantIds: participants.map((p) => p.id) },
  });
  const half = Math.ceil(quotes.length / 2);
  persona = await t.call('attributes.add', {
    personaId: persona.id,
    section: 'pain_points',
    statement: 'Month-end close is slow and manual',
    quoteIds: quotes.slice(0, half).map((q) => q.id),
  });
  persona = await t.call('attributes.add', {
    personaId: persona.id,
    section: 'goals',
    statement: 'Pass audits without a scramble',
    quoteIds: quotes.slice(half, -1).map((q) => q.id),
  });
  const goal = persona.attributes.find((a) => a.statement === 'Pass audits without a scramble')!;
  persona = await t.call('citations.add', {
    attributeId: goal.id,
    quoteId: quotes.at(-1)!.id,
    polarity: 'contradicts',
  });
  return { persona, quotes, participants, company };
}

/** A document citing `n` quotes without a project: for worker and size tests. */
export function syntheticDocument(n: number): CitedDocument {
  const citations = Array.from({ length: n }, (_, i) => ({
    n: i + 1,
    polarity: i % 9 === 8 ? ('contradicts' as const) : ('supports' as const),
    text: `Quote ${i + 1}: we export the ledger to a spreadsheet, fix it by hand, and send it back — every single week.`,
    who: `P${(i % 40) + 1}`,
    interview: `Interview ${(i % 60) + 1}`,
    date: '3 Mar 2026',
    timestamp: `${i % 50}:0${i % 10}`,
  }));
  const items = Array.from({ length: Math.ceil(n / 10) }, (_, j) => ({
    label: null,
    statement: `Statement ${j + 1} about the close process`,
    detail: [],
    note: 'High confidence — 12 participants in 9 interviews support.',
    flag: null,
    citations: citations.slice(j * 10, j * 10 + 10).map((c) => c.n),
  }));
  return {
    kind: 'persona',
    title: 'Synthetic persona',
    subtitle: '',
    facts: [['Kind', 'Buyer persona']],
    sections: [{ title: 'Pain points', items }],
    citations,
    checklist: [],
    warnings: [],
  };
}

/**
 * A study sized to stress layouts, built through the real contract: long company, participant, tag,
 * persona and interview names, roles that wrap, a tag with 3-digit counts, two segments, a guide with
 * notes, a drafted persona, jobs on a map, ICP statements and a fully scored companies table.
 */
import type { Company } from '../../shared/domain/company';
import type { Guide } from '../../shared/domain/guide';
import type { Participant } from '../../shared/domain/participant';
import type { Quote } from '../../shared/domain/quote';
import type { Tag } from '../../shared/domain/tag';
import { importTurns, type Caller } from './study';

export const LONG = {
  company: 'Consolidated Intermodal Freight & Warehousing Holdings International',
  interview:
    'Discovery call with the Head of Finance Operations at Consolidated Intermodal Freight (follow-up on month-end close)',
  /** A pseudonym shares no word with anyone's real name (the core refuses that), so it is its own name. */
  pseudonym: 'Evangelina Przybyszewska-Montgomery',
  role: 'Senior Director of Finance Operations and Shared Services, EMEA',
  tag: 'Manual reconciliation of carrier invoices across disconnected spreadsheets',
  persona: 'Overworked Olivia, the month-end controller at a mid-market freight forwarder',
  segment: 'Mid-market freight forwarders with in-house finance teams (EMEA and North America)',
  guide: 'Finance discovery guide for month-end close, audit readiness and carrier billing disputes (v3)',
} as const;

const COMPANIES = [
  LONG.company,
  'Nordlicht Logistik GmbH & Co. KG (Hamburg)',
  'Acme Freight',
  'Beta Logistics International Partners',
];

const PEOPLE = [
  'Alexandra Konstantinopoulou-Whitfield',
  'Maximiliano Fernández de la Vega',
  'Siobhán Ní Bhriain-Castellanos',
  'Oluwaseun Adebayo-Richardson',
  'Priya Venkataraghavan',
  'Jean-Baptiste Delacroix-Moreau',
  'Dana',
  'Wilhelmina Vanderbilt-Ashford',
  'Takeshi Yamamoto-Lindqvist',
  'Margarethe Oppenheimer',
  'Chidimma Okonkwo-Bassey',
  'Rafael Montenegro Albuquerque',
];

const ROLES = [
  LONG.role,
  'Controller',
  'Accounts payable lead for carrier and freight invoices',
  'CFO',
  'Finance analyst',
];

/** What participants say; each line becomes a quote tagged with the long pain point (and one more tag). */
const SAYS = [
  'Every month I reconcile the carrier invoices by hand against three spreadsheets that never agree with each other.',
  'The export from our ERP takes hours, and then somebody has to re-key half of it into the portal anyway.',
  'Audit season means weekends: the auditors ask for evidence we cannot find quickly, and I lose sleep over it.',
  'We tried a macro once; it broke the first time a carrier changed their invoice layout.',
  'If the portal showed gate times next to the charges, I could approve or dispute in one place.',
  'Budget is not the problem. Proving that a tool pays for itself in one quarter is the problem.',
  'I want the month closed in three days, not ten, without my team working until midnight.',
  'We would pay for anything that cuts the reconciliation work in half, honestly.',
  'Our dispatch runs on a mainframe nobody wants to touch, so every integration is a project.',
  'Detention charges are where the money leaks: four hours billed, forty minutes on the gate log.',
];

export interface LayoutStudy {
  interviewId: number;
  /** An interview with two participants (quick capture asks who said it). */
  sharedInterviewId: number;
  personaId: number;
  segmentIds: number[];
  companies: Company[];
  participants: Participant[];
  longTag: Tag;
  quotes: Quote[];
  guide: Guide;
}

export async function buildLayoutStudy(t: Caller): Promise<LayoutStudy> {
  const companies: Company[] = [];
  for (const [i, name] of COMPANIES.entries()) {
    companies.push(
      await t.call('companies.create', {
        name,
        industry: i % 2 ? 'Logistics & freight forwarding' : 'Third-party logistics, warehousing and customs brokerage',
        employeeRange: ['1000+', '201–500', '51–200', '501–1000'][i],
        geography: 'Germany, Netherlands, United Kingdom and the Nordics',
        currentStack: ['SAP S/4HANA', 'Salesforce', 'Snowflake', 'Excel', 'Carrier portals (7)'],
        growthStage: 'growth',
      }),
    );
  }
  const longTag = await t.call('tags.create', {
    name: LONG.tag,
    kind: 'pain_point',
    definition: 'Any mention of matching carrier invoices by hand, across spreadsheets, portals or e-mail.',
  });
  const tags = await t.call('tags.list', {});
  const second = [
    'Costs time',
    'Costs money',
    'Business goal',
    'Failed workaround',
    'Decision criteria',
    'Tools and stack',
  ].map((name) => tags.find((tag) => tag.name === name)!);
  const segmentIds = [
    (await t.call('segments.create', { name: LONG.segment, approach: 'firmographic' })).id,
    (await t.call('segments.create', { name: 'Enterprise shippers', approach: 'firmographic' })).id,
  ];

  const quotes: Quote[] = [];
  const interviewIds: number[] = [];
  for (const [n, person] of PEOPLE.entries()) {
    const turns = [
      { speaker: 'Maya Chen', text: 'Thanks for making time today. Walk me through how month-end close goes for you.' },
    ];
    // The interviewer speaks between answers, so each answer is its own turn (and quote): 120 in all.
    for (const says of SAYS) {
      turns.push({ speaker: person, text: says });
      turns.push({ speaker: 'Maya Chen', text: 'Could you say a bit more about that? What happened next?' });
    }
    const title = n === 0 ? LONG.interview : `Call ${n + 1} with ${person} (${COMPANIES[n % COMPANIES.length]})`;
    const tr = await importTurns(t, title, turns, Date.UTC(2026, 1, 2 + n, 14));
    interviewIds.push(tr.interviewId);
    const interviewer = tr.speakers.find((s) => s.role === 'interviewer')?.id;
    for (const [i, turn] of tr.turns.entries()) {
      if (turn.speakerId === interviewer) continue;
      const tagIds = [longTag.id, second[i % second.length]!.id];
      quotes.push(
        await t.call('quotes.create', {
          interviewId: tr.interviewId,
          start: { turnId: turn.id, offset: 0 },
          end: { turnId: turn.id, offset: turn.text.length },
          tagIds,
        }),
      );
    }
  }

  const participants = await t.call('participants.list', {});
  for (const [i, p] of participants.entries()) {
    await t.call('participants.update', {
      id: p.id,
      patch: {
        pseudonym: i === 0 ? LONG.pseudonym : `P${String(i + 1).padStart(2, '0')}`,
        role: ROLES[i % ROLES.length],
        companyId: companies[i % companies.length]!.id,
        consent: 'written',
        behavior: (['power', 'regular', 'at_risk', 'new'] as const)[i % 4],
      },
    });
  }
  await t.call('segments.assign', { id: segmentIds[0]!, participantIds: participants.slice(0, 7).map((p) => p.id) });
  await t.call('segments.assign', { id: segmentIds[1]!, participantIds: participants.slice(7).map((p) => p.id) });

  // An interview with two participants: quick capture asks who said it.
  const shared = await t.call('interviews.create', {
    title: 'Joint session with the finance and dispatch leads',
    status: 'conducted',
    interviewer: 'Maya Chen',
    participantIds: participants.slice(0, 2).map((p) => p.id),
    date: Date.UTC(2026, 2, 1, 10),
  });

  const questions = await t.call('questions.list', {});
  const guide = await t.call('guides.create', {
    name: LONG.guide,
    description: 'Opening, current process, pains, buying, close.',
    items: [
      ...questions.slice(0, 6).map((q) => ({ questionId: q.id })),
      {
        customText:
          'Thinking about the last time a carrier invoice was disputed, who was involved, how long did it take to settle, and what did it cost the team in hours and goodwill?',
      },
    ],
  });
  for (const id of [interviewIds[0]!, shared.id])
    await t.call('interviews.setGuide', { interviewId: id, guideId: guide.id });
  await t.call('interviews.setQuestionStatus', {
    interviewId: interviewIds[0]!,
    guideItemId: guide.items[0]!.id,
    status: 'asked',
    atMs: 62_000,
  });
  await t.call('interviews.setQuestionStatus', {
    interviewId: interviewIds[0]!,
    guideItemId: guide.items[1]!.id,
    status: 'skipped',
  });

  const persona = await t.call('personas.create', {
    name: LONG.persona,
    kind: 'buyer',
    role: LONG.role,
    reportsTo: 'Chief Financial Officer and the audit committee',
    tier: 1,
    membership: { segmentIds: [segmentIds[0]!], participantIds: [] },
    summary:
      'Owns month-end close for a freight forwarder with 200–500 staff; measured on days-to-close and audit findings.',
  });
  await t.call('personas.create', { name: 'Reporting Rita', kind: 'user', role: 'Finance analyst' });
  const drafted = await t.call('personas.draft', { id: persona.id });
  for (const attribute of drafted.persona.attributes.slice(0, 4)) {
    await t.call('attributes.update', { id: attribute.id, patch: { status: 'accepted' } });
  }

  const jobs = [
    {
      situation: 'the carrier invoices for the month arrive in seven different portals and formats',
      motivation: 'match every charge against the gate log and the rate card without re-keying a single number',
      outcome: 'close the books in three days and sign off on freight spend with confidence',
      stage: 'execute' as const,
    },
    {
      situation: 'an auditor asks for evidence',
      motivation: 'find the approval trail in one place',
      outcome: 'answer the same day',
      stage: 'confirm' as const,
    },
    {
      situation: 'a carrier disputes a short payment',
      motivation: 'show the detention evidence',
      outcome: 'settle without escalation',
      stage: null,
    },
  ];
  for (const [i, job] of jobs.entries()) {
    await t.call('jobs.create', {
      ...job,
      kind: 'functional',
      personaIds: [persona.id],
      quoteIds: quotes.slice(i * 3, i * 3 + 3).map((q) => q.id),
    });
  }

  await t.call('icp.statements.add', {
    section: 'firmographics',
    statement:
      'Freight forwarders and third-party logistics providers with 200 to 1,000 employees, an in-house finance team and more than five carrier relationships',
    quoteIds: quotes.slice(0, 3).map((q) => q.id),
  });
  await t.call('icp.statements.add', {
    section: 'technographics',
    statement: 'Run SAP or Oracle for finance with carrier portals on the side',
    quoteIds: [quotes[8]!.id],
  });
  await t.call('icp.statements.add', {
    section: 'disqualifying',
    statement: 'Builds its own freight-audit software in house',
  });
  const matrix = await t.call('icp.matrix', {});
  for (const [c, company] of companies.entries()) {
    for (const [k, criterion] of matrix.criteria.entries()) {
      await t.call('icp.score', { companyId: company.id, criterionId: criterion.id, score: ((c + k) % 5) + 1 });
    }
  }
  return {
    interviewId: interviewIds[0]!,
    sharedInterviewId: shared.id,
    personaId: persona.id,
    segmentIds,
    companies,
    participants: await t.call('participants.list', {}),
    longTag,
    quotes,
    guide,
  };
}

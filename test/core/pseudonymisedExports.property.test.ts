/**
 * Property (issue 11, "A pseudonymiser that cannot leak"): for generated studies — participants with
 * accented, hyphenated, apostrophed and two-letter names, aliases and e-mail, companies with short names
 * and domains, an interviewer, and quotes full of every spelling of them — every pseudonymised export
 * (Markdown, HTML, PDF read back with pdftotext and pdfinfo, DOCX read back from every XML part of the
 * file, evidence CSV) contains no real name, part of a name, alias, e-mail address or domain, and labels
 * every quote with the pseudonym of the participant who said it.
 *
 * The leak check folds text its own way (NFKD, no marks, lower case, one apostrophe) and compares word
 * sequences, so it does not share the code it tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Company } from '../../shared/domain/company';
import type { Participant } from '../../shared/domain/participant';
import type { Quote } from '../../shared/domain/quote';
import type { ExportFormat } from '../../shared/ipc/contract/exports';
import { makeCore, tempDir, type TestCore } from '../support/core';

// ---------------------------------------------------------------------------------------------------
// What the generated studies are made of.

const GIVEN = [
  'José',
  'Zoë',
  'Søren',
  'Łukasz',
  'Anne-Marie',
  'Li',
  'Bo',
  'Siobhán',
  'Chloé',
  'François',
  'Renée',
  'Björn',
  'Ólafur',
  'Iñaki',
  'Žofie',
  'Yu',
  'Aoife',
  'Ngozi',
];
const FAMILY = [
  'Álvarez',
  'O’Neil',
  "D'Angelo",
  'Dubois-Lefèvre',
  'Ng',
  'Østergaard',
  'Kowalczyk',
  'Müller',
  'Nguyễn',
  'Nakamura-Smith',
  'Ó Briain',
  'Ruiz',
  'Łęcka',
];
const SYLLABLES = ['zor', 'vex', 'quil', 'bran', 'thim', 'dax', 'ryl', 'mor', 'kel', 'vund'];
const COMPANIES: [string, string][] = [
  ['Acme Freight Group', 'acmefreight.com'],
  ['Nordlicht Logistik GmbH', 'nordlicht-logistik.de'],
  ['Café Ñandú Ltd', 'cafenandu.example'],
  ['Łódź Metals', 'lodzmetals.pl'],
  ['Brightwater Partners', 'brightwater.co.uk'],
];
const INTERVIEWERS = ['Maëlle Durand', 'Sam Ortiz-Vega'];
/** Filler words: none of them is, or contains as a word, a name above. */
const FILLER =
  'the invoice close takes four days because we rebuild spreadsheet every month approvals wait on one person and then auditors ask for evidence pay anything that halves reconciliation work slow manual'.split(
    ' ',
  );
const HONORIFICS = ['Dr.', 'Dr', 'Mrs', 'Ms.', 'Mr', 'Prof.'];
const MARKERS = 'Zqa Zqb Zqc Zqd Zqe Zqf Zqg Zqh Zqi Zqj Zqk Zql Zqm Zqn Zqo Zqp Zqq Zqr Zqs Zqt Zqu Zqv Zqw Zqx'.split(
  ' ',
);

const syllableName = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 })
  .map((s) => s.join('').replace(/^./, (c) => c.toUpperCase()));

interface GenPerson {
  given: string;
  family: string;
  alias: string | null;
  company: number | null;
  hasEmail: boolean;
}

const person: fc.Arbitrary<GenPerson> = fc.record({
  given: fc.oneof(fc.constantFrom(...GIVEN), syllableName),
  family: fc.oneof(fc.constantFrom(...FAMILY), syllableName),
  alias: fc.option(syllableName, { nil: null }),
  company: fc.option(fc.nat({ max: COMPANIES.length - 1 }), { nil: null }),
  hasEmail: fc.boolean(),
});

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[Øø]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[Łł]/g, (c) => (c === 'ł' ? 'l' : 'L'));
const ascii = (s: string) =>
  strip(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const swapApostrophe = (s: string) => s.replace(/['’]/g, (c) => (c === "'" ? '’' : "'"));
const emailOf = (p: GenPerson) => `${ascii(p.given)}.${ascii(p.family)}@${COMPANIES[p.company ?? 0]![1]}`;
const fullName = (p: GenPerson) => `${p.given} ${p.family}`;

/** Every way a text may spell a person: as written, NFD, without accents, upper, lower, apostrophe swapped… */
function personMention(p: GenPerson, variant: number): string {
  const parts = [...p.given.split('-'), ...p.family.split(/[- ]/)].filter((x) => x.length >= 2);
  const forms = [
    fullName(p),
    p.given,
    p.family,
    parts[variant % parts.length]!,
    `${HONORIFICS[variant % HONORIFICS.length]} ${p.family}`,
    `${p.given}’s`,
    fullName(p).toUpperCase(),
    p.family.toLowerCase(),
    fullName(p).normalize('NFD'),
    strip(fullName(p)),
    swapApostrophe(p.family),
    p.family.replace(/['’]/g, ''),
    p.alias ?? p.given,
    p.hasEmail ? emailOf(p) : p.family,
    p.company !== null && p.hasEmail ? `https://www.${COMPANIES[p.company]![1]}/login` : p.given,
  ];
  return forms[variant % forms.length]!;
}

function companyMention(c: number, variant: number): string {
  const [name] = COMPANIES[c]!;
  const first = name.split(' ')[0]!;
  const forms = [
    name,
    first,
    first.toUpperCase(),
    strip(first),
    name.replace(/ (GmbH|Ltd|Group)$/, ''),
    name.normalize('NFD'),
  ];
  return forms[variant % forms.length]!;
}

type Token =
  | { kind: 'filler'; word: number }
  | { kind: 'person'; who: number; variant: number }
  | { kind: 'company'; which: number; variant: number }
  | { kind: 'interviewer'; variant: number };

const token: fc.Arbitrary<Token> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('filler' as const), word: fc.nat({ max: FILLER.length - 1 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('person' as const),
      who: fc.nat({ max: 30 }),
      variant: fc.nat({ max: 60 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('company' as const),
      which: fc.nat({ max: COMPANIES.length - 1 }),
      variant: fc.nat({ max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('interviewer' as const), variant: fc.nat({ max: 3 }) }) },
);

const study = fc.record({
  people: fc.uniqueArray(person, { minLength: 2, maxLength: 6, selector: (p) => fullName(p).toLowerCase() }),
  interviewer: fc.constantFrom(...INTERVIEWERS),
  quotes: fc.array(
    fc.record({ speaker: fc.nat({ max: 30 }), tokens: fc.array(token, { minLength: 4, maxLength: 14 }) }),
    {
      minLength: 2,
      maxLength: 10,
    },
  ),
  format: fc.constantFrom<ExportFormat>('md', 'html', 'pdf', 'docx'),
});
type Study = typeof study extends fc.Arbitrary<infer T> ? T : never;

function render(tokens: Token[], s: Study): string {
  return tokens
    .map((tk, i) => {
      const sep = i === 0 ? '' : i % 5 === 0 ? ', ' : ' ';
      if (tk.kind === 'filler') return sep + FILLER[tk.word]!;
      if (tk.kind === 'company') return sep + companyMention(tk.which, tk.variant);
      if (tk.kind === 'interviewer') return sep + (tk.variant % 2 ? s.interviewer : s.interviewer.split(' ')[0]!);
      return sep + personMention(s.people[tk.who % s.people.length]!, tk.variant);
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------------
// The leak check: its own folding, whole-word sequences.

const tfold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
const wordsOf = (s: string): string[] => tfold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every name, part, alias, e-mail and domain the study holds, as word sequences. */
function secrets(s: Study): string[] {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const variant of [text, text.replace(/['’-]/g, '')]) {
      const ws = wordsOf(variant);
      if (ws.length > 1 || (ws[0] && ws[0].length >= 2)) out.add(ws.join(' '));
    }
  };
  for (const p of s.people) {
    add(fullName(p));
    for (const chunk of fullName(p).split(' ')) {
      add(chunk);
      for (const part of chunk.split(/[-'’]/)) if (strip(part).length >= 2) add(part);
    }
    if (p.alias) add(p.alias);
    if (p.hasEmail) {
      add(emailOf(p));
      add(COMPANIES[p.company ?? 0]![1]);
    }
  }
  for (const [name] of COMPANIES) {
    add(name);
    add(name.split(' ')[0]!);
  }
  for (const n of [s.interviewer, ...s.interviewer.split(/[ -]/)]) add(n);
  return [...out].filter((x) => x.split(' ').some((w) => w.length >= 2));
}

function leaks(text: string, s: Study): string[] {
  const hay = ` ${wordsOf(text).join(' ')} `;
  return secrets(s).filter((needle) => hay.includes(` ${needle} `));
}

// ---------------------------------------------------------------------------------------------------
// Building the study through the real contract, and reading the files back.

async function build(t: TestCore, s: Study) {
  const companies: Company[] = [];
  for (const [name] of COMPANIES)
    companies.push(await t.call('companies.create', { name, aliases: [name.split(' ')[0]!] }));
  const people: Participant[] = [];
  for (const p of s.people)
    people.push(
      await t.call('participants.create', {
        realName: fullName(p),
        aliases: p.alias ? [p.alias] : [],
        email: p.hasEmail ? emailOf(p) : '',
        companyId: p.hasEmail ? companies[p.company ?? 0]!.id : p.company === null ? null : companies[p.company]!.id,
      }),
    );
  // Every quote is a turn of one participant; the interviewer asks between turns.
  const cues: string[] = [];
  const said: { speaker: number; text: string }[] = [];
  s.quotes.forEach((q, i) => {
    const speaker = q.speaker % s.people.length;
    const text = `${MARKERS[i]} ${render(q.tokens, s)}.`;
    said.push({ speaker, text });
    const at = (n: number) =>
      `00:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000`;
    cues.push(
      `${at(i * 10)} --> ${at(i * 10 + 4)}\n<v ${s.interviewer}>What happened next, ${personMention(s.people[speaker]!, i)}?`,
    );
    cues.push(`${at(i * 10 + 5)} --> ${at(i * 10 + 9)}\n<v ${fullName(s.people[speaker]!)}>${text}`);
  });
  const staged = await t.call('imports.stageFile', {
    fileName: `${fullName(s.people[0]!)} call.vtt`,
    dataBase64: Buffer.from(`WEBVTT\n\n${cues.join('\n\n')}\n`).toString('base64'),
  });
  const committed = await t.call('imports.commit', {
    stagingId: staged.stagingId,
    target: {
      kind: 'new',
      title: `Call with ${s.people[0]!.given} at ${COMPANIES[0]![0].split(' ')[0]}`,
      interviewer: s.interviewer,
    },
    speakers: staged.speakers.map((sp) =>
      sp.label === s.interviewer
        ? { label: sp.label, role: 'interviewer' }
        : {
            label: sp.label,
            role: 'participant',
            participantId: sp.suggestion.participantId,
            createParticipant: false,
          },
    ),
  });
  const tr = (await t.call('transcripts.get', { interviewId: committed.interviewId }))!;
  const tag = (await t.call('tags.list')).find((x) => x.kind === 'pain_point')!;
  const quotes: { quote: Quote; pseudonym: string; marker: string }[] = [];
  for (const [i, turn] of tr.turns.filter((x) => x.text.startsWith('Zq')).entries()) {
    const quote = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: { turnId: turn.id, offset: 0 },
      end: { turnId: turn.id, offset: turn.text.length },
      tagIds: [tag.id],
    });
    quotes.push({ quote, pseudonym: people[said[i]!.speaker]!.pseudonym, marker: MARKERS[i]! });
  }
  let persona = await t.call('personas.create', {
    name: `${s.people[0]!.given}-like controller`,
    summary: `Modelled on ${personMention(s.people[0]!, 4)} at ${companyMention(0, 1)}; write to ${emailOf(s.people[0]!)}.`,
    membership: { participantIds: people.map((p) => p.id) },
  });
  persona = await t.call('attributes.add', {
    personaId: persona.id,
    section: 'pain_points',
    statement: `Close is slow for ${fullName(s.people[1]!)}`,
    quoteIds: quotes.map((q) => q.quote.id),
  });
  return { persona, quotes };
}

function pdfText(bytes: Buffer): string {
  const file = path.join(tempDir('gw-prop-'), 'export.pdf');
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return `${info}\n${text}`;
}

/** Every XML part of the DOCX (body, headers, core properties…), tags removed, entities decoded. */
async function docxText(bytes: Buffer): Promise<{ all: string; body: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: string[] = [];
  let body = '';
  for (const name of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const text = xml
      .replace(/<w:tab\/>|<w:br\/>|<\/w:p>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (_, e: string) =>
        e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e]!,
      );
    parts.push(text);
    if (name === 'word/document.xml') body = text;
  }
  return { all: parts.join('\n'), body };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The pseudonym printed after the quote that starts with `marker` (after its closing ”). */
function whoSaid(text: string, marker: string): string | null {
  const at = text.indexOf(`“${marker}`);
  if (at < 0) return null;
  const close = text.indexOf('”', at);
  return /P\d{2,}/.exec(text.slice(close))?.[0] ?? null;
}

describe('pseudonymised exports (property)', () => {
  it('never print a real name, alias, e-mail or domain, and attribute every quote to its speaker', async () => {
    await fc.assert(
      fc.asyncProperty(study, async (s) => {
        const t = await makeCore();
        try {
          const { persona, quotes } = await build(t, s);
          const file = await t.call('exports.persona', {
            id: persona.id,
            format: s.format,
            pseudonymise: true,
          });
          const bytes =
            file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
          let text: string;
          let readable: string;
          if (s.format === 'pdf') text = readable = pdfText(bytes);
          else if (s.format === 'docx') ({ all: text, body: readable } = await docxText(bytes));
          // HTML: the stylesheet is ours (its "li" selectors are not the name Li); the rest is read as text.
          else
            text = readable = file.content
              .replace(/<style>[\s\S]*?<\/style>/, '')
              .replace(/&#39;/g, "'")
              .replace(/<[^>]+>/g, ' ');
          expect(leaks(`${file.fileName}\n${text}`, s)).toEqual([]);
          for (const q of quotes) expect(whoSaid(squash(readable), q.marker)).toBe(q.pseudonym);

          const { csv, fileName } = await t.call('exports.evidenceCsv', {
            pseudonymise: true,
          });
          expect(leaks(`${fileName}\n${csv}`, s)).toEqual([]);
          const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
            header: true,
            skipEmptyLines: true,
          }).data;
          for (const q of quotes)
            expect(rows.find((r) => r['quote']!.startsWith(q.marker))?.['participant']).toBe(q.pseudonym);
        } finally {
          t.close();
          fs.rmSync(t.dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 24 },
    );
  }, 120_000);
});

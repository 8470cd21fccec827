/** The evidence CSV round-trips through a CSV parser intact, and the pseudonymised one names nobody. */
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePseudonymiser } from '../../shared/domain/pseudonymise';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const TRICKY = 'Honestly, "Acme Freight" pays Tom Okafor late, every month 😀 — Tom hates it; Okafor too.';
// The quote spans two turns, so its text holds a newline.
const QUOTE = `${TRICKY}\nAnd then?`;

async function study() {
  const tr = await importTurns(
    t,
    'Call with Tom',
    [
      { speaker: 'Maya Chen', text: 'How do payments go?' },
      { speaker: 'Tom Okafor', text: TRICKY },
      { speaker: 'Maya Chen', text: 'And then?' },
      { speaker: 'Tom Okafor', text: 'Then we chase, forever.' },
    ],
    Date.UTC(2026, 2, 3),
  );
  const acme = await t.call('companies.create', { name: 'Acme Freight', industry: 'Logistics' });
  const tom = (await t.call('participants.list')).find((p) => p.realName === 'Tom Okafor')!;
  await t.call('participants.update', { id: tom.id, patch: { companyId: acme.id, role: 'AP lead' } });
  const tag = (await t.call('tags.list')).find((x) => x.path === 'Pain points / Costs money')!;
  const turn = tr.turns[1]!;
  const next = tr.turns[2]!;
  await t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: turn.id, offset: 0 },
    end: { turnId: next.id, offset: next.text.length },
    tagIds: [tag.id],
  });
  return { tom };
}

describe('evidence CSV', () => {
  it('opens in spreadsheet software: BOM, quoted fields, CRLF; round-trips commas, quotes, newlines and emoji', async () => {
    const { tom } = await study();
    const { csv, fileName } = await t.call('exports.evidenceCsv', {});
    expect(fileName).toBe('evidence.csv');
    expect(csv.startsWith('\ufeff"quote","tags"')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({
      quote: QUOTE,
      tags: 'Pain points / Costs money',
      tag_kinds: 'pain_point',
      participant: tom.pseudonym,
      role: 'AP lead',
      company: 'Acme Freight',
      industry: 'Logistics',
      interview: 'Call with Tom',
      date: '2026-03-03',
      method: 'customer_interview',
    });
  });

  it('pseudonymised: no real participant or company name anywhere, replaced consistently', async () => {
    const { tom } = await study();
    const { csv } = await t.call('exports.evidenceCsv', { pseudonymise: true });
    expect(csv).not.toMatch(/Tom|Okafor|Acme/);
    const row = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true })
      .data[0]!;
    expect(row['company']).toBe('Company A');
    expect(row['quote']).toBe(
      QUOTE.replace('"Acme Freight"', '"Company A"')
        .replace('Tom Okafor', tom.pseudonym)
        .replace('Tom hates', `${tom.pseudonym} hates`)
        .replace('Okafor too', `${tom.pseudonym} too`),
    );
    expect(row['interview']).toBe(`Call with ${tom.pseudonym}`);
  });

  it('writes no live formula: cells starting with = + - @, a tab or CR start with an apostrophe (found item 3)', async () => {
    const starts = [
      '=HYPERLINK("http://x.example","click")',
      '+1 more',
      '-2 for us',
      '@SUM(A1)',
      '\tindented',
      '\rback',
    ];
    const turns = starts.flatMap((text) => [
      { speaker: 'Maya Chen', text: 'And how did that go for you?' },
      { speaker: 'Tom Okafor', text },
    ]);
    const tr = await importTurns(t, '=cmd|calc', turns, Date.UTC(2026, 2, 3));
    for (const turn of tr.turns.filter((x) => x.speakerId !== tr.turns[0]!.speakerId))
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
      });
    for (const pseudonymise of [false, true]) {
      const { csv } = await t.call('exports.evidenceCsv', { pseudonymise });
      const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(row['interview']).toBe("'=cmd|calc");
      }
      const quotes = rows.map((r) => r['quote']);
      expect(quotes).toContain(`'=HYPERLINK("http://x.example","click")`);
      expect(quotes).toContain("'-2 for us");
    }
  });

  it('replaces whole words only, longest names first', () => {
    const ps = makePseudonymiser({
      participants: [{ realName: 'Ann Lee', pseudonym: 'Avery' }],
      companies: [{ name: 'Lee & Co' }],
    });
    expect(ps.text('Ann Lee said Annual planning at Lee & Co is slow; ann agreed.')).toBe(
      'Avery said Annual planning at Company A is slow; Avery agreed.',
    );
  });
});

describe('cli export', () => {
  it('writes the evidence CSV and a persona as Markdown; refuses what it cannot do with one line', async () => {
    const { runCli } = await import('../../electron/cli/run');
    const { tom } = await study();
    const persona = await t.call('personas.create', { name: 'Tom-like', membership: { participantIds: [tom.id] } });
    t.close();
    const io = () => {
      const c = { out: '', err: '', o: (s: string) => void (c.out += s), e: (s: string) => void (c.err += s) };
      return c;
    };
    const a = io();
    expect(await runCli(['export', t.projectPath, '--evidence-csv', '--pseudonymise'], { out: a.o, err: a.e })).toBe(0);
    expect(a.out).toContain('Company A');
    expect(a.out).not.toMatch(/Okafor/);
    const b = io();
    expect(
      await runCli(['export', t.projectPath, '--persona', String(persona.id), '--format', 'md'], {
        out: b.o,
        err: b.e,
      }),
    ).toBe(0);
    expect(b.out).toMatch(/^# Tom-like/);
    const c = io();
    expect(
      await runCli(['export', t.projectPath, '--persona', String(persona.id), '--format', 'pdf'], {
        out: c.o,
        err: c.e,
      }),
    ).toBe(1);
    expect(c.err).toMatch(/PDF is a binary file: say where to write it with --out FILE/);
    t = await makeCore(); // for afterEach
  });
});

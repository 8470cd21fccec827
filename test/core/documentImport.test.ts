/**
 * Document import (issue 17, item 2) on a real project file: a Zendesk-style support-ticket export with
 * an e-mail match to an existing participant, a person named twice (once with, once without e-mail),
 * an existing company spelt differently, a row naming nobody, a row without text and an unreadable
 * date. Every stored turn is checked against its own source row; coded rows reach the roll-up under
 * their source kind, filters separate interviews from documents, citations name the kind, search
 * finds the rows, and the whole import undoes and redoes as one step. XLSX is built with exceljs.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentMapping } from '../../shared/domain/document';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const HEADER = ['Ticket ID', 'Created', 'Requester', 'Requester Email', 'Organization', 'Subject', 'Description'];
/** Row n of the sheet is SOURCE[n - 2]. */
const SOURCE: string[][] = [
  /* 2 */ [
    '1001',
    '2026-03-02',
    'M. Okafor',
    'MAYA.OKAFOR@northwind.io',
    'Northwind',
    'Export',
    'The CSV export times out after 10 minutes 😤',
  ],
  /* 3 */ [
    '1002',
    '2026-03-03T14:05:00Z',
    'Jonas Weber',
    'jonas@bluepeak.com',
    'BLUEPEAK',
    'Login',
    'SSO login fails with "invalid state", every Monday.',
  ],
  /* 4 */ [
    '1003',
    '03/04/2026',
    'Jonas Weber',
    '',
    'Bluepeak',
    'Login',
    'Still failing.\nWe had to reset passwords by hand.',
  ],
  /* 5 */ [
    '1004',
    'next Tuesday',
    'Ana Souza',
    '',
    'Fjord Systems',
    'Billing',
    'The invoice shows the wrong VAT number.',
  ],
  /* 6 */ ['1005', '2026-03-06', '', '', '', 'Other', 'Someone from the web form: the pricing page is confusing.'],
  /* 7 */ ['1006', '2026-03-07', 'Ana Souza', '', 'Fjord Systems', 'Empty', ''],
  /* 8 */ [
    '1007',
    '07.03.2026',
    'Ana Souza',
    'ana@fjord.no',
    'Fjord Systems',
    'Export',
    'Exports are slow again, it takes forever to get the weekly numbers.',
  ],
];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const CSV = [HEADER, ...SOURCE].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

const MAPPING: DocumentMapping = {
  text: 'Description',
  date: 'Created',
  participant: 'Requester',
  email: 'Requester Email',
  company: 'Organization',
};

async function seed() {
  const northwind = await t.call('companies.create', { name: 'Northwind Freight', aliases: ['Northwind'] });
  const bluepeak = await t.call('companies.create', { name: 'Bluepeak' });
  const maya = await t.call('participants.create', {
    realName: 'Maya Okafor',
    email: 'maya.okafor@northwind.io',
    companyId: northwind.id,
    consent: 'written',
  });
  return { northwind, bluepeak, maya };
}

/** What each imported source row must become: its text, date and who wrote it (by real name). */
const EXPECTED: { row: number; text: string; date: number | null; who: string | null }[] = [
  { row: 2, text: SOURCE[0]![6]!, date: Date.UTC(2026, 2, 2), who: 'Maya Okafor' },
  { row: 3, text: SOURCE[1]![6]!, date: Date.UTC(2026, 2, 3, 14, 5), who: 'Jonas Weber' },
  { row: 4, text: SOURCE[2]![6]!, date: Date.UTC(2026, 2, 4), who: 'Jonas Weber' },
  { row: 5, text: SOURCE[3]![6]!, date: null, who: 'Ana Souza' },
  { row: 6, text: SOURCE[4]![6]!, date: Date.UTC(2026, 2, 6), who: null },
  { row: 8, text: SOURCE[6]![6]!, date: Date.UTC(2026, 2, 7), who: 'Ana Souza' },
];

async function importTickets(file: string | Uint8Array = CSV, fileName = 'zendesk-tickets.csv') {
  const staged = await t.call('documents.stageFile', { fileName, dataBase64: b64(file) });
  const result = await t.call('documents.commit', {
    stagingId: staged.stagingId,
    mapping: MAPPING,
    sourceKind: 'support_tickets',
  });
  return { staged, result };
}

async function transcriptOf(interviewId: number): Promise<Transcript> {
  const tr = await t.call('transcripts.get', { interviewId });
  expect(tr).not.toBeNull();
  return tr!;
}

describe('document import: a support-ticket export', () => {
  it('suggests the mapping and kind, and previews every row with who wrote it', async () => {
    await seed();
    const staged = await t.call('documents.stageFile', { fileName: 'zendesk-tickets.csv', dataBase64: b64(CSV) });
    expect(staged.rowCount).toBe(7);
    expect(staged.headers).toEqual(HEADER);
    expect(staged.suggested).toEqual(MAPPING);
    expect(staged.suggestedKind).toBe('support_tickets');
    const preview = await t.call('documents.preview', { stagingId: staged.stagingId, mapping: MAPPING });
    expect(preview.counts).toEqual({
      rows: 7,
      imported: 6,
      empty: 1,
      undated: 1,
      unattributed: 1,
      existingParticipants: 1,
      newParticipants: 2,
      newCompanies: 1,
    });
    expect(preview.rows.map((r) => [r.row, r.participant, r.person, r.company])).toEqual([
      [2, 'M. Okafor', 'existing', ''],
      [3, 'Jonas Weber', 'new', 'BLUEPEAK'],
      [4, 'Jonas Weber', 'new', 'BLUEPEAK'],
      [5, 'Ana Souza', 'new', 'Fjord Systems'],
      [6, '', 'none', ''],
      [8, 'Ana Souza', 'new', 'Fjord Systems'],
    ]);
    expect(preview.warnings.join(' ')).toMatch(/could not be read \(row 5\)/);
    // A preview stores nothing.
    expect(await t.call('interviews.list')).toEqual([]);
  });

  it('stores one turn per row, each checked against its own source row', async () => {
    const { maya, bluepeak } = await seed();
    const { result } = await importTickets();
    expect(result).toMatchObject({ turns: 6, participantsCreated: 2, companiesCreated: 1 });
    expect(result.label).toBe('Import 6 rows of support tickets from zendesk-tickets.csv');

    const interview = await t.call('interviews.get', { id: result.interviewId });
    expect(interview).toMatchObject({
      title: 'zendesk-tickets',
      sourceKind: 'support_tickets',
      status: 'transcribed',
      date: Date.UTC(2026, 2, 7),
    });
    const people = await t.call('participants.list');
    const byId = new Map(people.map((p) => [p.id, p]));
    const tr = await transcriptOf(result.interviewId);
    const speakers = new Map(tr.speakers.map((s) => [s.id, s]));
    expect(tr.turns).toHaveLength(EXPECTED.length);
    tr.turns.forEach((turn, i) => {
      const want = EXPECTED[i]!;
      const source = SOURCE[want.row - 2]!;
      expect(turn.text).toBe(source[6]);
      expect(turn.text).toBe(want.text);
      expect(turn.datedAt).toBe(want.date);
      expect(turn.startMs).toBeNull();
      const speaker = speakers.get(turn.speakerId!)!;
      if (want.who === null) {
        expect(speaker).toMatchObject({ role: 'other', participantId: null, countsAsEvidence: false });
      } else {
        const p = byId.get(speaker.participantId!)!;
        expect(p.realName).toBe(want.who);
        expect(speaker.countsAsEvidence).toBe(true);
      }
    });
    // The e-mail found Maya although the file spells her name differently; nothing about her changed.
    expect(byId.get(maya.id)).toEqual({ ...maya, interviewCount: 1 });
    const jonas = people.find((p) => p.realName === 'Jonas Weber')!;
    expect(jonas).toMatchObject({ email: 'jonas@bluepeak.com', companyId: bluepeak.id, consent: 'pending' });
    expect(jonas.pseudonym).toMatch(/^P\d+$/);
    const ana = people.find((p) => p.realName === 'Ana Souza')!;
    const fjord = (await t.call('companies.list')).find((c) => c.name === 'Fjord Systems')!;
    expect(ana.companyId).toBe(fjord.id);
    expect(interview.participants.map((p) => p.id).sort()).toEqual([maya.id, jonas.id, ana.id].sort());

    // Found by search like any transcript turn.
    const hits = await t.call('search.query', { text: 'invoice VAT', kinds: ['turn'] });
    expect(hits.map((h) => h.interviewId)).toContain(result.interviewId);
  });

  it('reads an XLSX workbook the same way', async () => {
    await seed();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Tickets');
    sheet.addRow(HEADER);
    for (const r of SOURCE) sheet.addRow(r);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { result } = await importTickets(bytes, 'tickets.xlsx');
    const tr = await transcriptOf(result.interviewId);
    expect(tr.format).toBe('xlsx');
    expect(tr.turns.map((x) => [x.text, x.datedAt])).toEqual(EXPECTED.map((e) => [e.text, e.date]));
  });

  it('coded rows reach the roll-up under their source kind, apart from interviews, and citations name it', async () => {
    const { maya } = await seed();
    const { result } = await importTickets();
    const tr = await transcriptOf(result.interviewId);
    const tag = await t.call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    // Code two rows: Maya's (row 2) and Ana's (row 8), each whole.
    const rowTurn = (row: number) => tr.turns[EXPECTED.findIndex((e) => e.row === row)]!;
    const quotes = [];
    for (const row of [2, 8]) {
      const turn = rowTurn(row);
      quotes.push(
        await t.call('quotes.create', {
          interviewId: result.interviewId,
          start: { turnId: turn.id, offset: 0 },
          end: { turnId: turn.id, offset: turn.text.length },
          tagIds: [tag.id],
        }),
      );
    }
    expect(quotes[0]!.participantId).toBe(maya.id);

    const rollup = await t.call('synthesis.rollup', {});
    const slow = rollup.tags.find((x) => x.tagId === tag.id)!;
    expect(slow).toMatchObject({ quotes: 2, participants: 2, interviews: 1 });
    expect(slow.bySource).toEqual([{ sourceKind: 'support_tickets', quotes: 2, participants: 2 }]);
    // The row's own date is the evidence's date, not the import's.
    expect([slow.firstSeen, slow.lastSeen]).toEqual([Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 7)]);

    const interviewsOnly = await t.call('synthesis.rollup', { filters: { sourceKinds: ['interview'] } });
    expect(interviewsOnly.tags.find((x) => x.tagId === tag.id)).toBeUndefined();
    const ticketsOnly = await t.call('synthesis.rollup', { filters: { sourceKinds: ['support_tickets'] } });
    expect(ticketsOnly.tags.find((x) => x.tagId === tag.id)).toMatchObject({ participants: 2 });
    const matrix = await t.call('synthesis.matrix', {
      axis: 'participant',
      filters: { sourceKinds: ['support_tickets'] },
    });
    expect(matrix.rows.find((r) => r.tagId === tag.id)?.total).toBe(2);

    const persona = await t.call('personas.create', { name: 'Ops lead' });
    const cited = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'goals',
      statement: 'Get the weekly numbers out fast',
      quoteIds: [quotes[0]!.id],
    });
    expect(cited.attributes[0]!.citations[0]).toMatchObject({ sourceKind: 'support_tickets', countsAsEvidence: true });
  });

  it('undoes and redoes the whole import as one step', async () => {
    await seed();
    const beforePeople = await t.call('participants.list');
    const beforeCompanies = await t.call('companies.list');
    const { result } = await importTickets();
    expect((await t.call('history.state')).undoLabel).toBe(result.label);
    await t.call('history.undo');
    expect(await t.call('interviews.list')).toEqual([]);
    expect(await t.call('participants.list')).toEqual(beforePeople);
    expect(await t.call('companies.list')).toEqual(beforeCompanies);
    expect(await t.call('search.query', { text: 'invoice VAT', kinds: ['turn'] })).toEqual([]);
    await t.call('history.redo');
    const tr = await transcriptOf(result.interviewId);
    expect(tr.turns.map((x) => x.text)).toEqual(EXPECTED.map((e) => e.text));
    expect((await t.call('search.query', { text: 'invoice VAT', kinds: ['turn'] })).length).toBe(1);
  });

  it('keeps the turns out of its undo step, and undo + redo restore every row exactly, twice', async () => {
    await seed();
    const db = t.core.session.context().db;
    const TABLES = ['companies', 'participants', 'interviews', 'interview_participants', 'transcripts', 'speakers'];
    const rows = () => ({
      ...Object.fromEntries(TABLES.map((name) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()])),
      turns: db.prepare('SELECT * FROM transcript_segments ORDER BY id').all(),
      fts: db.prepare('SELECT rowid, * FROM transcript_fts ORDER BY rowid').all(),
    });
    const step = () =>
      db.prepare('SELECT payload, undone FROM operations WHERE undoable = 1 ORDER BY id DESC LIMIT 1').get() as {
        payload: string;
        undone: number;
      };
    const start = rows();
    const { result } = await importTickets();
    const end = rows();
    expect(end.turns).toHaveLength(EXPECTED.length);
    // The step names the turns by their ids; no turn's text is in it.
    const done = step();
    for (const e of EXPECTED) expect(done.payload).not.toContain(JSON.stringify(e.text).slice(1, -1));
    const ids = (end.turns as { id: number }[]).map((r) => r.id);
    expect(JSON.parse(done.payload).changes).toContainEqual({
      table: 'transcript_segments',
      bulk: { runs: [[ids[0], ids[ids.length - 1]]] },
    });
    for (let round = 0; round < 2; round++) {
      await t.call('history.undo');
      expect(rows()).toEqual(start);
      db.prepare("INSERT INTO transcript_fts(transcript_fts) VALUES ('integrity-check')").run();
      // While undone the step holds the rows for redo; the label is still read without them.
      expect(step().undone).toBe(1);
      expect((await t.call('history.state')).redoLabel).toBe(result.label);
      await t.call('history.redo');
      const again = rows();
      for (const [i, turn] of (end.turns as object[]).entries()) expect(again.turns[i]).toEqual(turn);
      expect(again).toEqual(end);
      db.prepare("INSERT INTO transcript_fts(transcript_fts) VALUES ('integrity-check')").run();
      expect(step().payload).toBe(done.payload);
    }
  });

  it('the quote library filters a document by each row’s own date, and its export names the kind of source', async () => {
    await seed();
    const { result } = await importTickets();
    const rows = (await transcriptOf(result.interviewId)).turns;
    const quoteOf = (turn: { id: number; text: string }, interviewId = result.interviewId) =>
      t.call('quotes.create', {
        interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
      });
    // Rows of 2 and 7 March; the document's own date is its latest row's (7 March).
    const early = await quoteOf(rows[0]!);
    const late = await quoteOf(rows[5]!);
    const call = await importTurns(
      t,
      'Call with Maya',
      [
        { speaker: 'Ines', text: 'How is month end?' },
        { speaker: 'Tom', text: 'Month end takes four days.' },
      ],
      Date.UTC(2026, 2, 3),
    );
    const spoken = await quoteOf(call.turns[1]!, call.interviewId);
    const inRange = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 2, 3, 23, 59) };
    const listed = await t.call('quotes.list', { ...inRange, sort: 'oldest' });
    expect(listed.items.map((q) => q.id)).toEqual([early.id, spoken.id]);
    expect(listed.total).toBe(2);
    expect(
      (await t.call('quotes.list', { from: Date.UTC(2026, 2, 5), sort: 'oldest' })).items.map((q) => q.id),
    ).toEqual([late.id]);
    expect((await t.call('quotes.selectAll', inRange)).items.map((q) => q.id).sort()).toEqual(
      [early.id, spoken.id].sort(),
    );

    const csv = await t.call('exports.quoteLibrary', {
      filter: { ...inRange, sort: 'oldest' },
      format: 'csv',
      names: 'real',
    });
    const table = Papa.parse<string[]>(csv.content.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    const source = table[0]!.indexOf('source');
    expect(table.slice(1).map((r) => [r[0], r[source]])).toEqual([
      [SOURCE[0]![6], 'Support tickets'],
      [call.turns[1]!.text, 'transcript'],
    ]);
  });

  it('refuses a mapping without a text column or naming a column the file lacks, storing nothing', async () => {
    const staged = await t.call('documents.stageFile', { fileName: 'tickets.csv', dataBase64: b64(CSV) });
    await expect(
      t.call('documents.commit', { stagingId: staged.stagingId, mapping: { date: 'Created' }, sourceKind: 'reviews' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      t.call('documents.preview', { stagingId: staged.stagingId, mapping: { text: 'Body' } }),
    ).rejects.toThrow(/no column called “Body”/);
    await expect(
      t.call('documents.stageFile', { fileName: 'empty.csv', dataBase64: b64('Date,Message\r\n') }),
    ).rejects.toThrow(/header row but no rows of data/);
    expect(await t.call('interviews.list')).toEqual([]);
  });
});

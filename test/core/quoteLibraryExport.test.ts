/**
 * The quote library export (issue 17, item 6): over generated studies, every row of the CSV and of the
 * XLSX (read back with exceljs) is checked against its own quote as the contract returns it — words,
 * tag, stance, who said it (real name or pseudonym), interview, date, time, source, star — in the
 * library's order, for exactly the quotes the library lists under the same filter. Formula-like words
 * are neutralised in the CSV and stay text (never formulas) in the workbook.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/domain/participant';
import type { Quote } from '../../shared/domain/quote';
import type { Tag } from '../../shared/domain/tag';
import type { ExportFile } from '../../shared/ipc/contract/exports';
import { quoteLibrarySheet } from '../../electron/core/services/export/quoteLibrarySheet';
import { sheetCsv } from '../../electron/core/services/export/sheets';
import { QuoteLibraryExportFilter } from '../../shared/ipc/contract/exports';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

const HEADER = [
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
const WORDS = 'invoice close takes four days because we rebuild the spreadsheet every month approvals wait'.split(' ');
const DAY = Date.UTC(2026, 4, 12);

/** The test's own clock format (m:ss, or h:mm:ss past an hour), not the code under test. */
const clock = (ms: number | null) => {
  if (ms === null) return '';
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
    : `${Math.floor(s / 60)}:${two(s % 60)}`;
};
const at = (n: number) =>
  `${String(Math.floor(n / 3600)).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000`;

const genStudy = fc.record({
  people: fc.integer({ min: 1, max: 3 }),
  turns: fc.array(
    fc.record({
      speaker: fc.nat({ max: 2 }),
      words: fc.array(fc.nat({ max: WORDS.length - 1 }), { minLength: 3, maxLength: 10 }),
      /** Where the quote starts in the turn (a later word has a later time through the cue times). */
      from: fc.nat({ max: 2 }),
      tags: fc.uniqueArray(fc.nat({ max: 5 }), { maxLength: 3 }),
      contradicts: fc.boolean(),
      starred: fc.boolean(),
      quoted: fc.boolean(),
    }),
    { minLength: 2, maxLength: 9 },
  ),
  interviews: fc.integer({ min: 1, max: 2 }),
});
type Study = typeof genStudy extends fc.Arbitrary<infer T> ? T : never;

const NAMES = ['Ulla Brandt', 'Kofi Mensah', 'Irma Solberg'];

async function build(t: TestCore, s: Study) {
  const tags = (await t.call('tags.list')).filter((x) => !x.archived).slice(0, 6);
  const people: Participant[] = [];
  for (const name of NAMES.slice(0, s.people)) people.push(await t.call('participants.create', { realName: name }));
  const quotes: Quote[] = [];
  for (let iv = 0; iv < s.interviews; iv++) {
    // Each turn is one cue with a time per word, so a quote starting mid-turn has its own time; the
    // interviewer asks between turns (the import joins consecutive turns of one speaker).
    const cues = s.turns.map((turn, i) => {
      const who = NAMES[turn.speaker % s.people]!;
      const text = `Zq${iv}x${i} ${turn.words.map((w) => WORDS[w]).join(' ')}`;
      const start = 600 * iv + 20 * i + 1;
      return `${at(start)} --> ${at(start + 10)}\n<v Maya Chen>And?\n\n${at(start + 11)} --> ${at(start + 19)}\n<v ${who}>${text}`;
    });
    const staged = await t.call('imports.stageFile', {
      fileName: `call-${iv}.vtt`,
      dataBase64: Buffer.from(`WEBVTT\n\n${cues.join('\n\n')}\n`).toString('base64'),
    });
    const { interviewId } = await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: `Call ${iv} =cmd`, date: DAY + iv * 86_400_000 },
      speakers: staged.speakers.map((sp) =>
        sp.label === 'Maya Chen'
          ? { label: sp.label, role: 'interviewer' }
          : {
              label: sp.label,
              role: 'participant',
              participantId: people.find((p) => p.realName === sp.label)!.id,
              createParticipant: false,
            },
      ),
    });
    const tr = (await t.call('transcripts.get', { interviewId }))!;
    tr.turns = tr.turns.filter((x) => x.text.startsWith('Zq'));
    for (const [i, turn] of s.turns.entries()) {
      if (!turn.quoted) continue;
      const seg = tr.turns[i]!;
      let q = await t.call('quotes.create', {
        interviewId,
        start: { turnId: seg.id, offset: turn.from ? seg.text.indexOf(' ') + 1 : 0 },
        end: { turnId: seg.id, offset: seg.text.length },
      });
      for (const [k, ti] of turn.tags.entries())
        q = await t.call('codings.apply', {
          quoteId: q.id,
          tagId: tags[ti]!.id,
          stance: turn.contradicts && k === 0 ? 'contradicts' : 'supports',
        });
      if (turn.starred) q = await t.call('quotes.update', { id: q.id, patch: { starred: true } });
      quotes.push(q);
    }
  }
  return { tags, people };
}

async function xlsxRows(file: ExportFile): Promise<{ rows: string[][]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  let formulas = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= HEADER.length; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Formula) formulas++;
      cells.push(cell.value === null || cell.value === undefined ? '' : String(cell.value));
    }
    rows.push(cells);
  });
  return { rows, formulas };
}

function csvRows(file: ExportFile): string[][] {
  expect(file.content.startsWith('\ufeff"quote","tag"')).toBe(true);
  const parsed = Papa.parse<string[]>(file.content.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What every row must say, built from the quotes the library lists (in its order) and their codings. */
function expectedRows(
  listed: Quote[],
  tags: Map<number, Tag>,
  people: Participant[],
  names: 'real' | 'pseudonym',
  titles: Map<number, { title: string; date: number | null }>,
) {
  return listed.flatMap((q) => {
    const who = people.find((p) => p.id === q.participantId);
    const iv = titles.get(q.interviewId)!;
    const base = (tag: string, stance: string) => [
      q.exactText,
      tag,
      stance,
      who ? (names === 'real' && who.realName ? who.realName : who.pseudonym) : '',
      iv.title,
      iv.date === null ? '' : new Date(iv.date).toISOString().slice(0, 10),
      clock(q.startMs),
      q.source,
      q.starred ? 'yes' : 'no',
    ];
    return q.codings.length ? q.codings.map((c) => base(tags.get(c.tagId)!.path, c.stance)) : [base('', '')];
  });
}

const neutral = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('quote library export', () => {
  it('every row, CSV and XLSX, says what its own quote says, for exactly what the library lists', async () => {
    await fc.assert(
      fc.asyncProperty(
        genStudy,
        fc.constantFrom('oldest', 'newest', 'interview', 'most_coded'),
        fc.boolean(),
        async (s, sort, byTag) => {
          const t = await makeCore();
          try {
            const { tags, people } = await build(t, s);
            const tagMap = new Map((await t.call('tags.list')).map((x) => [x.id, x]));
            const titles = new Map(
              (await t.call('interviews.list')).map((i) => [i.id, { title: i.title, date: i.date }]),
            );
            const filter = { sort, tagIds: byTag ? [tags[0]!.id, tags[1]!.id] : [] } as const;
            const cards = (await t.call('quotes.list', { ...filter, limit: 1000 })).items;
            const listed = await Promise.all(cards.map((c) => t.call('quotes.get', { id: c.id })));
            for (const names of ['real', 'pseudonym'] as const) {
              const want = expectedRows(listed, tagMap, people, names, titles);
              const csv = await t.call('exports.quoteLibrary', { filter, format: 'csv', names });
              expect(csv.fileName).toBe(names === 'real' ? 'quotes.csv' : 'quotes-pseudonymised.csv');
              expect(csvRows(csv)).toEqual([HEADER, ...want.map((r) => r.map(neutral))]);
              const xlsx = await t.call('exports.quoteLibrary', { filter, format: 'xlsx', names });
              expect(xlsx.fileName).toMatch(/\.xlsx$/);
              const back = await xlsxRows(xlsx);
              expect(back.formulas).toBe(0);
              expect(back.rows).toEqual([HEADER, ...want]);
            }
          } finally {
            t.close();
            fs.rmSync(t.dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);

  it('neutralises formula-like cells in the CSV and keeps them as text in the workbook', async () => {
    const t = await makeCore();
    try {
      const p = await t.call('participants.create', { realName: 'Ulla Brandt' });
      const staged = await t.call('imports.stageFile', {
        fileName: 'f.vtt',
        dataBase64: Buffer.from(
          'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ulla Brandt>=HYPERLINK("http://x.example","click") pays\n\n00:00:04.000 --> 00:00:05.000\n<v Maya Chen>And?\n\n00:00:05.000 --> 00:00:08.000\n<v Ulla Brandt>+1 more, -2 less, @sum\n',
        ).toString('base64'),
      });
      const { interviewId } = await t.call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new', title: '@Call' },
        speakers: staged.speakers.map((sp) =>
          sp.label === 'Maya Chen'
            ? { label: sp.label, role: 'interviewer' }
            : { label: sp.label, role: 'participant', participantId: p.id, createParticipant: false },
        ),
      });
      const tr = (await t.call('transcripts.get', { interviewId }))!;
      for (const seg of tr.turns.filter((x) => x.text !== 'And?'))
        await t.call('quotes.create', {
          interviewId,
          start: { turnId: seg.id, offset: 0 },
          end: { turnId: seg.id, offset: seg.text.length },
        });
      const csv = csvRows(
        await t.call('exports.quoteLibrary', { filter: { sort: 'oldest' }, format: 'csv', names: 'real' }),
      );
      expect(csv.slice(1).map((r) => [r[0], r[4]])).toEqual([
        ['\'=HYPERLINK("http://x.example","click") pays', "'@Call"],
        ["'+1 more, -2 less, @sum", "'@Call"],
      ]);
      const back = await xlsxRows(
        await t.call('exports.quoteLibrary', { filter: { sort: 'oldest' }, format: 'xlsx', names: 'real' }),
      );
      expect(back.formulas).toBe(0);
      expect(back.rows.slice(1).map((r) => r[0])).toEqual([
        '=HYPERLINK("http://x.example","click") pays',
        '+1 more, -2 less, @sum',
      ]);
    } finally {
      t.close();
      fs.rmSync(t.dir, { recursive: true, force: true });
    }
  }, 30_000);
  it('through the export worker (its own read-only connection) writes what the main connection reads, edits included', async () => {
    const t = await makeCore({
      core: { exportWorker: { file: path.resolve('electron/core/services/export/renderWorker.dev.mjs') } },
    });
    try {
      const tr = await importTurns(t, 'Call with Ulla Brandt', [
        { speaker: 'Maya', text: 'How long is close?' },
        { speaker: 'Ulla Brandt', text: 'Ulla Brandt here: close takes four days, approvals wait.' },
      ]);
      const tag = await t.call('tags.create', { name: 'Slow close', kind: 'pain_point' });
      const turn = tr.turns[1]!;
      const quote = await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
        tagIds: [tag.id],
      });
      // Committed just before the export: the worker's connection must see it (pseudonymising is the
      // property test's; here the worker must give exactly what the main connection reads).
      await t.call('quotes.update', { id: quote.id, patch: { starred: true } });
      const db = t.core.session.context().db;
      for (const names of ['real', 'pseudonym'] as const) {
        const sheet = quoteLibrarySheet(db, QuoteLibraryExportFilter.parse({}), names);
        expect(sheet.rows).toHaveLength(1);
        expect(sheet.rows[0]![8]).toBe('yes');
        const csv = await t.call('exports.quoteLibrary', { filter: {}, format: 'csv', names });
        expect(csv.content).toBe(sheetCsv(sheet));
        const xlsx = await xlsxRows(await t.call('exports.quoteLibrary', { filter: {}, format: 'xlsx', names }));
        expect(xlsx.rows).toEqual([HEADER, ...sheet.rows]);
      }
    } finally {
      t.close();
      fs.rmSync(t.dir, { recursive: true, force: true });
    }
  }, 60_000);
});

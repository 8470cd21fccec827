/**
 * The synthesis export (issue 17, item 6): the ranking and the matrix as CSV and XLSX hold what the
 * synthesis screen reads (`synthesis.rollup`, `synthesis.matrix`), row by row, in the same order;
 * participant columns by pseudonym or real name by choice.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/ipc/contract/exports';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const FILTERS = {
  segmentIds: [],
  companyIds: [],
  industries: [],
  methods: [],
  participantIds: [],
  from: null,
  to: null,
};

async function study() {
  const [a, b, c] = (await t.call('tags.list')).filter((x) => !x.archived);
  for (const [who, tags] of [
    ['Ulla Brandt', [a!, b!]],
    ['Kofi Mensah', [a!]],
  ] as const) {
    const tr = await importTurns(t, `Call with ${who}`, [
      { speaker: 'Maya Chen', text: 'How is the close?' },
      { speaker: who, text: 'The close takes four days.' },
    ]);
    const turn = tr.turns[1]!;
    // The import creates the participant under a code; the researcher types the real name.
    const p = (await t.call('participants.list')).find((x) => x.realName === '' && x.notes.includes(who))!;
    await t.call('participants.update', { id: p.id, patch: { realName: who } });
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: { turnId: turn.id, offset: 0 },
      end: { turnId: turn.id, offset: turn.text.length },
      tagIds: tags.map((x) => x.id),
    });
    if (who === 'Kofi Mensah')
      await t.call('codings.apply', { quoteId: q.id, tagId: c!.id, intensity: null, stance: 'contradicts' });
  }
}

const csvOf = (f: ExportFile) => Papa.parse<string[]>(f.content.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

async function sheetsOf(f: ExportFile): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.content, 'base64') as unknown as ArrayBuffer);
  const out = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    out.set(ws.name, rows);
  }
  return out;
}

describe('synthesis export', () => {
  it('writes the ranking and the matrix the screen shows, as CSV and as a two-sheet workbook', async () => {
    await study();
    const rollup = await t.call('synthesis.rollup', { filters: FILTERS });
    const matrix = await t.call('synthesis.matrix', { filters: FILTERS, axis: 'participant' });
    const people = await t.call('participants.list');
    const realName = (label: string) => people.find((p) => p.pseudonym === label)!.realName;

    const ranking = csvOf(await t.call('exports.synthesis', { filters: FILTERS, format: 'csv', names: 'pseudonym' }));
    expect(ranking[0]!.slice(0, 4)).toEqual(['rank', 'tag', 'kind', 'participants']);
    expect(ranking.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[8]])).toEqual(
      rollup.tags.map((tag, i) => [
        String(i + 1),
        tag.path,
        String(tag.participants),
        String(tag.quotes),
        String(tag.contradictingParticipants),
      ]),
    );

    const cells = (names: 'real' | 'pseudonym') => [
      ['tag', 'kind', 'participants', ...matrix.columns.map((c) => (names === 'real' ? realName(c.label) : c.label))],
      ...matrix.rows.map((r) => [
        r.path,
        r.kind,
        String(r.total),
        ...r.counts.map((n, i) => (r.contradicting[i] ? `${n} (${r.contradicting[i]} contradicting)` : String(n))),
      ]),
    ];
    const matrixCsv = await t.call('exports.synthesis', {
      filters: FILTERS,
      format: 'csv',
      names: 'real',
      table: 'matrix',
    });
    expect(matrixCsv.fileName).toBe('synthesis-matrix.csv');
    expect(csvOf(matrixCsv)).toEqual(cells('real'));
    expect(cells('real')[0]).toContain('Ulla Brandt');
    expect(matrix.rows.some((r) => r.contradicting.some((n) => n > 0))).toBe(true);

    const book = await sheetsOf(
      await t.call('exports.synthesis', { filters: FILTERS, format: 'xlsx', names: 'pseudonym' }),
    );
    expect([...book.keys()]).toEqual(['Ranking', 'Matrix']);
    expect(book.get('Matrix')).toEqual(cells('pseudonym'));
    expect(book.get('Ranking')!.length).toBe(rollup.tags.length + 1);
  });
});

/**
 * agreement.* over a real project (issue 18, item 3): two coders code the same interviews through the
 * real core under their own identities; every figure the service gives is checked against a
 * reliability table built here by hand from what each coder did, and settling a disagreement is one
 * undoable step that the next computation shows.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlpha, percentAgreement, type ReliabilityUnit } from '../../shared/domain/agreement';
import type { AgreementFigures } from '../../shared/domain/agreementReport';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';
import { importTurns, turnSpan } from '../support/study';

const ADA = { name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' };
const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };
const CY = { name: 'Cy Young', initials: 'CY', colour: '#2b8a3e' };

let t: TestCore;
let tom: Transcript;
let ana: Transcript;
let ada: number;
let bo: number;
let slow: number;
let quality: number;

const span = turnSpan;
const len = (s: string) => s.length;

beforeEach(async () => {
  t = await makeCore();
  tom = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse.' },
    // Characters beyond the Basic Multilingual Plane count two UTF-16 units, as offsets do.
    { speaker: 'Maya', text: 'Why is that? 🤔' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
  ana = await importTurns(t, 'Call with Ana', [
    { speaker: 'Ana', text: 'Our export is slow too.' },
    { speaker: 'Maya', text: 'How slow?' },
    { speaker: 'Ana', text: 'An hour, roughly 😅 — 𠀋 of them.' },
  ]);
  slow = (await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' })).id;
  quality = (await t.call('tags.create', { name: 'Data quality', kind: 'pain_point' })).id;

  // Ada codes both interviews; Bo codes only Tom's (Ana's is missing data for Bo, not "not coded").
  ada = (await t.call('coders.identify', ADA)).coder!.id;
  await t.call('quotes.create', { ...span(tom, 1, 'the export', 'four hours'), tagIds: [slow] });
  await t.call('quotes.create', { ...span(tom, 3, 'the ERP', 'accents'), tagIds: [slow, quality] });
  await t.call('quotes.create', { ...span(ana, 0, 'Our export', 'slow'), tagIds: [slow] });
  bo = (await t.call('coders.identify', BO)).coder!.id;
  await t.call('quotes.create', { ...span(tom, 1, 'export takes', 'four hours'), tagIds: [slow] });
  await t.call('quotes.create', { ...span(tom, 3, 'drops', 'accents'), tagIds: [quality] });
  await t.call('coders.identify', { ...ADA, guid: (await t.call('coders.list')).find((c) => c.id === ada)!.guid });
});
afterEach(() => t.close());

const C = 'coded';
const N = 'not coded';
const _ = null;

/** What the service must say for a hand-built table. */
function expected(units: ReliabilityUnit[]): Omit<AgreementFigures, 'units' | 'pairable'> {
  return { percent: percentAgreement(units), kappa: cohensKappa(units), alpha: krippendorffAlpha(units) };
}
const weightOf = (units: ReliabilityUnit[]) => units.reduce((n, u) => n + (u.weight ?? 1), 0);

describe('agreement.compute at the turn', () => {
  it('gives, per tag and pooled, exactly the figures of the hand-built reliability table', async () => {
    const report = await t.call('agreement.compute', { coderIds: [ada, bo], unit: 'turn' });
    expect(report.coders.map((c) => c.name)).toEqual(['Ada Lovelace', 'Bo Li']);
    expect(report.interviews).toEqual([
      { id: tom.interviewId, title: 'Call with Tom', coderIds: [ada, bo] },
      { id: ana.interviewId, title: 'Call with Ana', coderIds: [ada] },
    ]);
    // Tom's four turns, then Ana's three (Bo missing there).
    const slowTable: ReliabilityUnit[] = [
      { values: [N, N] },
      { values: [C, C] },
      { values: [N, N] },
      { values: [C, N] },
      { values: [C, _] },
      { values: [N, _] },
      { values: [N, _] },
    ];
    const qualityTable: ReliabilityUnit[] = [
      { values: [N, N] },
      { values: [N, N] },
      { values: [N, N] },
      { values: [C, C] },
      { values: [N, _] },
      { values: [N, _] },
      { values: [N, _] },
    ];
    const byName = Object.fromEntries(report.tags.map((r) => [r.name, r.figures]));
    expect(byName['Slow export']).toEqual({ units: 7, pairable: 4, ...expected(slowTable) });
    expect(byName['Data quality']).toEqual({ units: 7, pairable: 4, ...expected(qualityTable) });
    // The same figures by hand: 3 of 4 turns agree; pₑ = ½·¼ + ½·¾ = ½ → κ = ½; α = 1 − 7·2/30 = 8/15.
    expect(byName['Slow export']!.percent.value).toBeCloseTo(0.75, 12);
    expect(byName['Slow export']!.kappa.value).toBeCloseTo(0.5, 12);
    expect(byName['Slow export']!.alpha.value).toBeCloseTo(8 / 15, 12);
    expect(byName['Data quality']!.alpha.value).toBeCloseTo(1, 12);
    expect(report.overall).toEqual({
      units: 14,
      pairable: 8,
      ...expected([...slowTable, ...qualityTable]),
      lowestAlpha: { tagId: slow, value: byName['Slow export']!.alpha.value },
    });
    expect(report.overall.percent.value).toBeCloseTo(7 / 8, 12);

    expect(report.disagreementsTotal).toBe(1);
    expect(report.disagreements).toEqual([
      {
        turnId: tom.turns[3]!.id,
        interviewId: tom.interviewId,
        interviewTitle: 'Call with Tom',
        speaker: 'Tom',
        text: tom.turns[3]!.text,
        tagId: slow,
        tagName: 'Slow export',
        coders: [
          {
            coderId: ada,
            codings: [
              {
                codingId: expect.any(Number),
                quoteId: expect.any(Number),
                start: tom.turns[3]!.text.indexOf('the ERP'),
                end: tom.turns[3]!.text.indexOf('accents') + len('accents'),
                quoteText: 'the ERP export drops accents',
              },
            ],
          },
          { coderId: bo, codings: [] },
        ],
      },
    ]);
  });

  it('restricts to the interviews and tags asked for, and says why kappa is not defined for three coders', async () => {
    const cy = (await t.call('coders.identify', CY)).coder!.id;
    const report = await t.call('agreement.compute', {
      coderIds: [ada, bo, cy],
      interviewIds: [tom.interviewId],
      tagIds: [slow],
      unit: 'turn',
    });
    expect(report.tags.map((r) => r.name)).toEqual(['Slow export']);
    expect(report.interviews).toEqual([{ id: tom.interviewId, title: 'Call with Tom', coderIds: [ada, bo] }]);
    const table: ReliabilityUnit[] = [
      { values: [N, N, _] },
      { values: [C, C, _] },
      { values: [N, N, _] },
      { values: [C, N, _] },
    ];
    expect(report.tags[0]!.figures).toMatchObject({
      units: 4,
      pairable: 4,
      percent: percentAgreement(table),
      alpha: krippendorffAlpha(table),
    });
    expect(report.tags[0]!.figures.kappa).toEqual({ value: null, why: expect.stringMatching(/exactly two coders/) });
  });

  it('refuses an unknown coder and a single coder', async () => {
    await expect(t.call('agreement.compute', { coderIds: [ada, 999], unit: 'turn' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('agreement.compute', { coderIds: [ada], unit: 'turn' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});

describe('agreement.compute at the character', () => {
  it('counts characters: the turns’ lengths, the coders’ spans cut into runs', async () => {
    const report = await t.call('agreement.compute', { coderIds: [ada, bo], unit: 'char' });
    const [t0, t1, t2, t3] = tom.turns.map((x) => x.text);
    const anaChars = ana.turns.reduce((n, x) => n + x.text.length, 0);
    const adaSlow1 = len('the export takes four hours');
    const boSlow1 = len('export takes four hours');
    const adaT3 = len('the ERP export drops accents');
    const boQuality3 = len('drops accents');
    const anaSlow = len('Our export is slow');
    const slowTable: ReliabilityUnit[] = [
      { values: [N, N], weight: len(t0!) },
      { values: [C, N], weight: adaSlow1 - boSlow1 },
      { values: [C, C], weight: boSlow1 },
      { values: [N, N], weight: len(t1!) - adaSlow1 },
      { values: [N, N], weight: len(t2!) },
      { values: [C, N], weight: adaT3 },
      { values: [N, N], weight: len(t3!) - adaT3 },
      { values: [C, _], weight: anaSlow },
      { values: [N, _], weight: anaChars - anaSlow },
    ];
    const qualityTable: ReliabilityUnit[] = [
      { values: [N, N], weight: len(t0!) + len(t1!) + len(t2!) },
      { values: [C, N], weight: adaT3 - boQuality3 },
      { values: [C, C], weight: boQuality3 },
      { values: [N, N], weight: len(t3!) - adaT3 },
      { values: [N, _], weight: anaChars },
    ];
    const tomChars = [t0, t1, t2, t3].reduce((n, x) => n + len(x!), 0);
    const byName = Object.fromEntries(report.tags.map((r) => [r.name, r.figures]));
    expect(byName['Slow export']).toEqual({
      units: weightOf(slowTable),
      pairable: tomChars,
      ...expected(slowTable),
    });
    expect(byName['Data quality']).toEqual({
      units: weightOf(qualityTable),
      pairable: tomChars,
      ...expected(qualityTable),
    });
    // By hand: Slow export disagrees on "the " in turn 1 and Ada's whole quote in turn 3.
    expect(byName['Slow export']!.percent.value).toBeCloseTo(1 - (4 + adaT3) / tomChars, 12);
    expect(report.overall).toMatchObject({ ...expected([...slowTable, ...qualityTable]) });
    // Turn 1 and 3 for Slow export, turn 3 for Data quality (the spans differ there).
    expect(report.disagreements.map((d) => [d.tagName, tom.turns.findIndex((x) => x.id === d.turnId)])).toEqual([
      ['Slow export', 1],
      ['Data quality', 3],
      ['Slow export', 3],
    ]);
  });

  it('maps a quote that spans turns onto each turn it covers', async () => {
    await t.call('quotes.create', {
      interviewId: tom.interviewId,
      start: { turnId: tom.turns[2]!.id, offset: 4 },
      end: { turnId: tom.turns[3]!.id, offset: 7 },
      tagIds: [quality],
    });
    const report = await t.call('agreement.compute', {
      coderIds: [ada, bo],
      interviewIds: [tom.interviewId],
      tagIds: [quality],
      unit: 'char',
    });
    const d = report.disagreements.find((x) => x.turnId === tom.turns[2]!.id)!;
    expect(d.coders[0]!.codings.map((c) => [c.start, c.end])).toEqual([[4, tom.turns[2]!.text.length]]);
    const d3 = report.disagreements.find((x) => x.turnId === tom.turns[3]!.id)!;
    expect(d3.coders[0]!.codings.map((c) => [c.start, c.end])).toContainEqual([0, 7]);
  });
});

describe('agreement.settle', () => {
  const slowOf = async () =>
    (await t.call('agreement.compute', { coderIds: [ada, bo], unit: 'turn' })).tags.find((r) => r.tagId === slow)!;

  it('accepting one coder gives the other the same coding, in one step that undo takes back', async () => {
    const before = await slowOf();
    const turnId = tom.turns[3]!.id;
    expect(await t.call('agreement.settle', { turnId, tagId: slow, coderIds: [ada, bo], keep: [ada] })).toEqual({
      added: 1,
      removed: 0,
    });
    const after = await slowOf();
    expect(after.figures.percent.value).toBe(1);
    const settled = await t.call('agreement.compute', { coderIds: [ada, bo], unit: 'turn' });
    expect(settled.disagreementsTotal).toBe(0);
    // Bo's copy of Ada's quote is Bo's own, on the same words.
    const quotes = await t.call('quotes.list', { interviewIds: [tom.interviewId] });
    const copies = quotes.items.filter((q) => q.exactText === 'the ERP export drops accents');
    expect(copies.map((q) => q.coderId).sort()).toEqual([ada, bo].sort());

    const state = await t.call('history.undo', {});
    expect(state.undone).toBe('Settle "Slow export"');
    expect(await slowOf()).toEqual(before);
  });

  it('neither removes every coding of the tag on the turn; a quote with another tag stays', async () => {
    const turnId = tom.turns[3]!.id;
    expect(await t.call('agreement.settle', { turnId, tagId: slow, coderIds: [ada, bo], keep: [] })).toEqual({
      added: 0,
      removed: 1,
    });
    const quotes = await t.call('quotes.list', { interviewIds: [tom.interviewId] });
    const ada3 = quotes.items.find((q) => q.exactText === 'the ERP export drops accents')!;
    expect(ada3.codings.map((c) => c.tagId)).toEqual([quality]);
    expect((await slowOf()).figures.percent.value).toBe(1);
  });

  it('both, on differing spans, leaves each coder with both spans; a quote drawn for that tag alone goes when not kept', async () => {
    const turnId = tom.turns[1]!.id;
    const unit = { coderIds: [ada, bo], unit: 'char' as const, tagIds: [slow] };
    expect((await t.call('agreement.compute', unit)).disagreements.map((d) => d.turnId)).toContain(turnId);
    expect(await t.call('agreement.settle', { turnId, tagId: slow, coderIds: [ada, bo], keep: [ada, bo] })).toEqual({
      added: 2,
      removed: 0,
    });
    expect((await t.call('agreement.compute', unit)).disagreements.map((d) => d.turnId)).not.toContain(turnId);
    await t.call('history.undo', {});
    expect(await t.call('agreement.settle', { turnId, tagId: slow, coderIds: [ada, bo], keep: [ada] })).toEqual({
      added: 1,
      removed: 1,
    });
    const quotes = await t.call('quotes.list', { interviewIds: [tom.interviewId] });
    expect(quotes.items.filter((q) => q.exactText === 'export takes four hours')).toEqual([]);
  });

  it('with three coders, keeping all gives each the union; a coder missing from the interview is left alone', async () => {
    const cy = (await t.call('coders.identify', CY)).coder!.id;
    await t.call('quotes.create', { ...span(tom, 3, 'fix them', 'by hand'), tagIds: [slow] });
    await t.call('coders.identify', { ...ADA, guid: (await t.call('coders.list')).find((c) => c.id === ada)!.guid });
    const coderIds = [ada, bo, cy];
    const turnId = tom.turns[3]!.id;
    const three = { coderIds, unit: 'char' as const, tagIds: [slow], interviewIds: [tom.interviewId] };
    const before = await t.call('agreement.compute', three);
    expect(before.tags[0]!.figures.kappa.why).toMatch(/exactly two coders/);
    expect(await t.call('agreement.settle', { turnId, tagId: slow, coderIds, keep: coderIds })).toEqual({
      added: 4, // Ada's span to Bo and Cy, Cy's span to Ada and Bo
      removed: 0,
    });
    const after = await t.call('agreement.compute', three);
    expect(after.disagreements.map((d) => d.turnId)).not.toContain(turnId);
    // Ana's interview: Bo and Cy never coded there, so nothing of theirs is made by a settlement on it.
    await t.call('agreement.settle', { turnId: ana.turns[0]!.id, tagId: slow, coderIds, keep: [] });
    const anaQuotes = await t.call('quotes.list', { interviewIds: [ana.interviewId] });
    expect(anaQuotes.items).toEqual([]);
  });

  it('refuses to keep the coding of a coder who never coded the interview', async () => {
    const turnId = ana.turns[0]!.id;
    await expect(
      t.call('agreement.settle', { turnId, tagId: slow, coderIds: [ada, bo], keep: [bo] }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('agreement.export', () => {
  it('writes the table as CSV and as an XLSX workbook with the same figures', async () => {
    const report = await t.call('agreement.compute', { coderIds: [ada, bo], unit: 'turn' });
    const csv = await t.call('agreement.export', { coderIds: [ada, bo], unit: 'turn', format: 'csv' });
    expect(csv.fileName).toBe('agreement-turn.csv');
    const rows = Papa.parse<string[]>(csv.content.replace(/^\ufeff/, '')).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual([
      'Tag',
      'Units (turns)',
      'Coded by two or more',
      'Percent agreement',
      'Cohen’s kappa',
      'Krippendorff’s alpha (nominal)',
      'Not defined because',
    ]);
    const slowRow = rows.find((r) => r[0] === 'Slow export')!;
    const slowFigures = report.tags.find((r) => r.tagId === slow)!.figures;
    expect(slowRow.slice(1, 6).map(Number)).toEqual([
      7,
      4,
      slowFigures.percent.value,
      slowFigures.kappa.value,
      slowFigures.alpha.value,
    ]);
    expect(rows.at(-1)![0]).toBe('Overall (all tags pooled)');

    const xlsx = await t.call('agreement.export', { coderIds: [ada, bo], unit: 'turn', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.content, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Agreement', 'Disagreements']);
    const sheet = wb.getWorksheet('Agreement')!;
    const found: unknown[][] = [];
    sheet.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
    expect(found.find((r) => r[0] === 'Slow export')!.slice(1, 6)).toEqual(slowRow.slice(1, 6).map(Number));
    expect(wb.getWorksheet('Disagreements')!.rowCount).toBe(2);
  });
});

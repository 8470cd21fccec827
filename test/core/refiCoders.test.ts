/**
 * REFI-QDA carries who coded what (issue 18): an export names the coder of every selection, coding
 * and note as a <User>; an import records them as coders, matched to this project's by GUID or name;
 * a study two people coded in another tool gets intercoder agreement here, with the figures worked
 * out by hand below.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refiGuid } from '../../electron/core/services/refi/guid';
import type { TestCore } from '../support/core';
import { readRows } from '../support/mergePair';
import { EMPTY_PROJECT, emptyProjectCores, unpackQdpx, xsdErrors } from '../support/refi';
import { G, TWO_CODER_TURNS, twoCoderFile, twoCoderFixture } from '../support/refiVendors';
import { importTurns } from '../support/study';

const ADA = { name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' };
const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };

const { core, closeAll } = emptyProjectCores();
const file = (t: TestCore): string => path.join(t.dir, EMPTY_PROJECT);

const TURNS = TWO_CODER_TURNS;

/** Who made each quote and each coding, by the quote's text, from the project file itself. */
function coderRows(t: TestCore): { text: string; quoteBy: string | null; codings: string }[] {
  return readRows(
    file(t),
    `SELECT q.exact_text AS text, (SELECT name FROM coders WHERE id = q.coder_id) AS quoteBy,
            coalesce((SELECT group_concat(x, ' | ') FROM (
               SELECT tg.name || ' by ' || coalesce(cd.name, '-') AS x
                 FROM codings c JOIN tags tg ON tg.id = c.tag_id LEFT JOIN coders cd ON cd.id = c.coder_id
                WHERE c.quote_id = q.id ORDER BY x)), '') AS codings
       FROM quotes q ORDER BY text, quoteBy, codings`,
  );
}

async function exportBytes(t: TestCore): Promise<Buffer> {
  const r = await t.call('refi.export', { kind: 'qdpx', includeRealNames: true });
  return Buffer.from(r.content, 'base64');
}

async function importInto(t: TestCore, bytes: Buffer) {
  const preview = await t.call('refi.stageFile', { fileName: 'study.qdpx', dataBase64: bytes.toString('base64') });
  const result = await t.call('refi.commit', { stagingId: preview.stagingId });
  return { preview, result };
}

const attr = (el: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? null;

/** Two coders on one interview: Ada quotes and codes, Bo codes one of Ada's quotes and makes his own. */
async function twoCoders(t: TestCore) {
  const tr = await importTurns(t, 'Call with Tom', TURNS);
  const slow = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
  const fast = await t.call('tags.create', { name: 'Close faster', kind: 'goal' });
  const span = (turn: number, from: string, to: string) => {
    const text = TURNS[turn]!.text;
    return {
      interviewId: tr.interviewId,
      start: { turnId: tr.turns[turn]!.id, offset: text.indexOf(from) },
      end: { turnId: tr.turns[turn]!.id, offset: text.indexOf(to) + to.length },
    };
  };
  await t.call('coders.identify', ADA);
  const a1 = await t.call('quotes.create', { ...span(1, 'The export', 'hours'), tagIds: [slow.id] });
  await t.call('quotes.create', { ...span(3, 'We redo', 'hand'), tagIds: [slow.id] });
  await t.call('notes.save', {
    interviewId: tr.interviewId,
    guideItemId: null,
    doc: JSON.stringify({ root: { children: [], type: 'root', version: 1 } }),
    plainText: 'Tom closes the month alone.',
    baseRevision: null,
  });
  await t.call('coders.identify', BO);
  await t.call('codings.apply', { quoteId: a1.id, tagId: fast.id });
  await t.call('quotes.create', { ...span(3, 'I want', 'two days'), tagIds: [fast.id] });
  return { interviewId: tr.interviewId, tags: { slow: slow.id, fast: fast.id } };
}

describe('REFI-QDA export names the coders', () => {
  it('each selection and coding names its own row’s coder; the file validates; the round trip keeps every coder', async () => {
    const a = await core();
    await twoCoders(a);
    const bytes = await exportBytes(a);
    const { qde } = await unpackQdpx(bytes);
    expect(xsdErrors(qde, 'project')).toBeNull();

    const coders = readRows<{ id: number; guid: string; name: string }>(file(a), 'SELECT id, guid, name FROM coders');
    const userOf = new Map(coders.map((c) => [c.id, refiGuid(c.guid)]));
    // The users: both coders under their own GUIDs (and the interviewer, who made the source).
    const users = [...qde.matchAll(/<User\s[^>]*>/g)].map((m) => [attr(m[0], 'guid'), attr(m[0], 'name')]);
    for (const c of coders) expect(users).toContainEqual([refiGuid(c.guid), c.name]);

    // Every selection against its own quote, every coding against its own coding row.
    for (const [table, element] of [
      ['quotes', 'PlainTextSelection'],
      ['codings', 'Coding'],
    ] as const) {
      const rows = readRows<{ guid: string; coder_id: number }>(file(a), `SELECT guid, coder_id FROM ${table}`);
      const els = [...qde.matchAll(new RegExp(`<${element}\\s[^>]*>`, 'g'))].map((m) => m[0]);
      expect(els).toHaveLength(rows.length);
      for (const row of rows) {
        const el = els.find((s) => attr(s, 'guid') === refiGuid(row.guid));
        expect(el && attr(el, 'creatingUser')).toBe(userOf.get(row.coder_id));
      }
    }

    const b = await core();
    const { result } = await importInto(b, bytes);
    expect(result.report.carried).toContainEqual(
      expect.objectContaining({ kind: 'coders (the users who made selections, codings or notes)', count: 2 }),
    );
    expect(coderRows(b)).toEqual(coderRows(a));
    expect(coderRows(b)).toEqual([
      { text: 'I want the close done in two days', quoteBy: BO.name, codings: `Close faster by ${BO.name}` },
      {
        text: 'The export takes hours',
        quoteBy: ADA.name,
        codings: `Close faster by ${BO.name} | Slow export by ${ADA.name}`,
      },
      { text: 'We redo it by hand', quoteBy: ADA.name, codings: `Slow export by ${ADA.name}` },
    ]);
    const noteBy = (t: TestCore) =>
      readRows(
        file(t),
        "SELECT n.plain_text, c.name FROM notes n LEFT JOIN coders c ON c.id = n.coder_id WHERE n.plain_text LIKE 'Tom%'",
      );
    expect(noteBy(b)).toEqual(noteBy(a));
    expect(noteBy(b)).toEqual([{ plain_text: 'Tom closes the month alone.', name: ADA.name }]);

    // The same figures here as in the project that was coded.
    const ids = async (t: TestCore) => (await t.call('coders.list')).map((c) => c.id);
    for (const unit of ['turn', 'char'] as const) {
      const there = await a.call('agreement.compute', { coderIds: await ids(a), unit });
      const here = await b.call('agreement.compute', { coderIds: await ids(b), unit });
      expect(here.overall).toEqual(there.overall);
      expect(here.tags.map((x) => [x.name, x.figures])).toEqual(there.tags.map((x) => [x.name, x.figures]));
    }

    // Imported again into the project it came from: its coders are recognised, none added.
    const again = await core();
    await importInto(again, bytes);
    const second = await exportBytes(again);
    await importInto(again, second);
    expect(readRows(file(again), 'SELECT count(*) AS n FROM coders')).toEqual([{ n: 2 }]);
  });

  it('property: any assignment of quotes and codings to coders survives export and import', async () => {
    const names = ['Ada Lovelace', 'Bo Li', 'Chidi Anagonye'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ by: fc.nat(2), turn: fc.constantFrom(1, 3), extra: fc.option(fc.nat(2)) }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (plan) => {
          const a = await core();
          const tr = await importTurns(a, 'Call with Tom', TURNS);
          const pain = await a.call('tags.create', { name: 'Pain' });
          const goal = await a.call('tags.create', { name: 'Goal' });
          for (const [n, step] of plan.entries()) {
            await a.call('coders.identify', {
              name: names[step.by]!,
              initials: names[step.by]!.slice(0, 2),
              colour: '#1864ab',
            });
            const text = TURNS[step.turn]!.text;
            const q = await a.call('quotes.create', {
              interviewId: tr.interviewId,
              start: { turnId: tr.turns[step.turn]!.id, offset: n % 5 },
              end: { turnId: tr.turns[step.turn]!.id, offset: text.length - (n % 3) },
              tagIds: [pain.id],
            });
            if (step.extra !== null) {
              await a.call('coders.identify', {
                name: names[step.extra]!,
                initials: names[step.extra]!.slice(0, 2),
                colour: '#1864ab',
              });
              await a.call('codings.apply', { quoteId: q.id, tagId: goal.id });
            }
          }
          const b = await core();
          await importInto(b, await exportBytes(a));
          expect(coderRows(b)).toEqual(coderRows(a));
          closeAll();
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('a study two people coded in another QDA tool', () => {
  const { ken, selection, coding } = twoCoderFile;

  it('keeps who coded what, matches a coder by name, and gives the agreement worked out by hand', async () => {
    const t = await core();
    // Ken already codes in this project, under another GUID.
    const ken = await t.call('coders.identify', { name: 'Ken Coder', initials: 'KC', colour: '#087f5b' });
    const { result } = await importInto(t, await twoCoderFixture());
    expect(result.report.adjustments).toEqual(
      expect.arrayContaining([
        'Ken Coder is already a coder in this project; their work is recorded under that coder.',
        'New coder from the file: Jane Coder.',
        '1 selection was given the same code by two coders; each coder’s coding is kept on their own copy of the quote.',
      ]),
    );
    expect(result.report.carried).toContainEqual(
      expect.objectContaining({ kind: 'coders (the users who made selections, codings or notes)', count: 2 }),
    );
    expect(result.codersCreated).toBe(1);
    const coders = await t.call('coders.list');
    // The owner made no selection, coding or note: not a coder.
    expect(coders.map((c) => [c.name, c.initials, c.colour]).sort()).toEqual([
      ['Jane Coder', 'JC', '#1864ab'],
      ['Ken Coder', 'KC', '#087f5b'],
    ]);
    expect(coders.find((c) => c.name === 'Ken Coder')!.id).toBe(ken.coder!.id);
    expect(coderRows(t)).toEqual([
      { text: 'I want the close done', quoteBy: 'Ken Coder', codings: 'Wishes by Ken Coder' },
      { text: 'The export takes hours', quoteBy: 'Jane Coder', codings: 'Billing pain by Jane Coder' },
      // Ken's coding of Jane's selection: the same passage, his own quote.
      { text: 'The export takes hours', quoteBy: 'Ken Coder', codings: 'Billing pain by Ken Coder' },
      { text: 'We redo it by hand', quoteBy: 'Jane Coder', codings: 'Billing pain by Jane Coder' },
    ]);

    // By turn (4 turns, both coded in the interview). Billing pain: Jane 0101, Ken 0100 —
    // percent 3/4; κ: p_e = .5·.25 + .5·.75 = .5, (.75 − .5)/.5 = .5; α: n₀ = 5, n₁ = 3,
    // 1 − 7·2/(2·5·3) = 8/15. Wishes: Jane 0000, Ken 0001 — percent 3/4, κ 0, α 1 − 7·2/(2·7·1) = 0.
    const r = await t.call('agreement.compute', { coderIds: coders.map((c) => c.id), unit: 'turn' });
    const fig = (name: string) => r.tags.find((x) => x.name === name)!.figures;
    expect(fig('Billing pain')).toMatchObject({ units: 4, pairable: 4 });
    expect(fig('Billing pain').percent.value).toBeCloseTo(0.75, 12);
    expect(fig('Billing pain').kappa.value).toBeCloseTo(0.5, 12);
    expect(fig('Billing pain').alpha.value).toBeCloseTo(8 / 15, 12);
    expect(fig('Wishes').percent.value).toBeCloseTo(0.75, 12);
    expect(fig('Wishes').kappa.value).toBeCloseTo(0, 12);
    expect(fig('Wishes').alpha.value).toBeCloseTo(0, 12);
    expect(r.disagreementsTotal).toBe(2);
  });

  it('a user the file does not list: the work comes with no coder, and the report says so', async () => {
    const t = await core();
    // No <Users> at all: Ken is named but not listed.
    const bytes = await twoCoderFile.pack('', selection(1, 'We redo it by hand', ken, coding(1, G.code1, ken)));
    const { result } = await importInto(t, bytes);
    expect(result.report.notCarried).toContainEqual(
      expect.objectContaining({ kind: 'who made some selections, codings or notes', count: 1 }),
    );
    expect(await t.call('coders.list')).toEqual([]);
    expect(coderRows(t)).toEqual([{ text: 'We redo it by hand', quoteBy: null, codings: 'Billing pain by -' }]);
  });
});

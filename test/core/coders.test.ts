/**
 * Coders (issue 18, item 1): the current coder lives in the user's settings and the session, every
 * quote, coding, citation, attribute and note records them, evidence filters by coder, and undo walks
 * each coder's own steps.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import type { Transcript } from '../../shared/domain/transcript';
import { callerFor, makeCore, sequentialGuids, steppingClock, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let tr: Transcript;
beforeEach(async () => {
  t = await makeCore();
  tr = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse.' },
    { speaker: 'Maya', text: 'Why is that?' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
});
afterEach(() => t.close());

const turn = (i: number) => tr.turns[i]!;
const span = (i: number, from: string, to: string) => ({
  interviewId: tr.interviewId,
  start: { turnId: turn(i).id, offset: turn(i).text.indexOf(from) },
  end: { turnId: turn(i).id, offset: turn(i).text.indexOf(to) + to.length },
});
const ADA = { name: 'Ada Lovelace', initials: 'AL', colour: '#1864AB' };
const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };

/** The coder_id of every row of a table, by id, read from the file itself. */
function codersOf(table: string): Record<number, number | null> {
  const db = new Database(t.projectPath, { readonly: true });
  try {
    const rows = db.prepare(`SELECT id, coder_id FROM ${table} ORDER BY id`).all() as {
      id: number;
      coder_id: number | null;
    }[];
    return Object.fromEntries(rows.map((r) => [r.id, r.coder_id]));
  } finally {
    db.close();
  }
}

describe('who is coding', () => {
  it('is nobody until the user says, then is kept in the user data folder and added to the project', async () => {
    expect(await t.call('coders.current')).toEqual({ identity: null, coder: null });
    const ada = await t.call('coders.identify', ADA);
    expect(ada.identity).toEqual({ ...ADA, colour: '#1864ab', guid: expect.any(String) });
    expect(ada.coder).toMatchObject({
      name: 'Ada Lovelace',
      initials: 'AL',
      colour: '#1864ab',
      guid: ada.identity!.guid,
    });
    expect(await t.call('coders.list')).toEqual([ada.coder]);
    // The user's setting, not the project's: the file sits beside the recent list.
    const saved = JSON.parse(fs.readFileSync(path.join(t.dir, 'user-data', 'coder.json'), 'utf8'));
    expect(saved).toEqual(ada.identity);

    // A second core on the same user data knows the user at once, and a new project lists them too.
    t.close();
    const again = await createCore({
      userDataDir: path.join(t.dir, 'user-data'),
      projectPath: path.join(t.dir, 'other.groundwork'),
      clock: steppingClock(),
      newGuid: sequentialGuids('other'),
    });
    try {
      const current = await callerFor(again).call('coders.current');
      expect(current.identity).toEqual(ada.identity);
      expect(current.coder).toMatchObject({ guid: ada.identity!.guid, name: 'Ada Lovelace' });
    } finally {
      again.close();
    }
  });

  it('counts each coder’s codings (coders with none left out), against the file, through coding and undo', async () => {
    const pain = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
    const goal = await t.call('tags.create', { name: 'Close faster', kind: 'goal' });
    const ada = (await t.call('coders.identify', ADA)).coder!.id;
    await t.call('quotes.create', { ...span(1, 'the export', 'four hours'), tagIds: [pain.id, goal.id] });
    const bo = (await t.call('coders.identify', BO)).coder!.id;
    const q = await t.call('quotes.create', { ...span(3, 'the ERP', 'accents'), tagIds: [] });
    await t.call('coders.identify', { name: 'Chidi Anagonye', initials: 'CA', colour: '#087f5b' });
    await t.call('codings.apply', { quoteId: q.id, tagId: pain.id });
    const chidi = (await t.call('coders.current')).coder!.id;
    const fromFile = (): Record<number, number> => {
      const counts: Record<number, number> = {};
      for (const coder of Object.values(codersOf('codings')))
        if (coder !== null) counts[coder] = (counts[coder] ?? 0) + 1;
      return counts;
    };
    const counted = async () =>
      Object.fromEntries((await t.call('coders.codingCounts')).map((c) => [c.coderId, c.codings]));
    expect(await counted()).toEqual({ [ada]: 2, [chidi]: 1 });
    expect(await counted()).toEqual(fromFile());
    expect(bo in (await counted())).toBe(false);
    await t.call('history.undo');
    expect(await counted()).toEqual({ [ada]: 2 });
    expect(await counted()).toEqual(fromFile());
  });

  it('refuses a nameless coder, long initials and colours that are not #rrggbb', async () => {
    await expect(t.call('coders.identify', { ...ADA, name: '  ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.call('coders.identify', { ...ADA, initials: 'ABCDE' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(t.call('coders.identify', { ...ADA, colour: 'red' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await t.call('coders.list')).toEqual([]);
  });

  it('switching to a coder the project lists (by GUID) keeps one row for them', async () => {
    const ada = (await t.call('coders.identify', ADA)).coder!;
    await t.call('coders.identify', BO);
    const back = await t.call('coders.identify', { ...ADA, colour: '#2b8a3e', guid: ada.guid });
    expect(back.coder).toMatchObject({ id: ada.id, colour: '#2b8a3e' });
    expect((await t.call('coders.list')).map((c) => c.name)).toEqual(['Ada Lovelace', 'Bo Li']);
  });
});

describe('every row records its coder', () => {
  it('the audit rows of steps that are not undone one by one carry the coder too', async () => {
    const before = await t.call('companies.create', { name: 'Acme Freight' });
    const ada = (await t.call('coders.identify', ADA)).coder!;
    await t.call('companies.update', { id: before.id, patch: { industry: 'Logistics' } });
    const company = await t.call('companies.create', { name: 'Globex' });
    await t.call('participants.create', { realName: 'Tom Okafor', companyId: company.id });
    await t.call('segments.create', { name: 'Mid-market', approach: 'firmographic' });
    const db = new Database(t.projectPath, { readonly: true });
    try {
      const audit = db
        .prepare(
          "SELECT entity, action, coder_id AS coder FROM operations WHERE undoable = 0 AND action NOT IN ('undo', 'redo') ORDER BY id",
        )
        .all() as { entity: string; action: string; coder: number | null }[];
      const [first, ...after] = audit.filter((r) => ['company', 'participant', 'segment'].includes(r.entity));
      expect(first).toEqual({ entity: 'company', action: 'create', coder: null });
      expect(after.length).toBeGreaterThanOrEqual(3);
      for (const row of after) expect(row, `${row.entity} ${row.action}`).toMatchObject({ coder: ada.id });
    } finally {
      db.close();
    }
  });

  it('quotes, codings, citations, attributes and notes made after identifying carry the coder; older rows stay unknown', async () => {
    const tag = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
    const before = await t.call('quotes.create', { ...span(1, 'the export', 'four hours'), tagIds: [tag.id] });
    expect(before.coderId).toBeNull();

    const ada = (await t.call('coders.identify', ADA)).coder!;
    const quote = await t.call('quotes.create', { ...span(3, 'the ERP', 'accents'), tagIds: [tag.id] });
    expect(quote.coderId).toBe(ada.id);
    const other = await t.call('tags.create', { name: 'Data quality', kind: 'pain_point' });
    await t.call('codings.apply', { quoteId: before.id, tagId: other.id });
    const persona = await t.call('personas.create', { name: 'Controller' });
    const withAttribute = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'goals',
      statement: 'Close the month faster',
    });
    const attributeId = withAttribute.attributes[0]!.id;
    await t.call('citations.add', { attributeId, quoteId: quote.id });
    const note = await t.call('notes.save', {
      interviewId: tr.interviewId,
      guideItemId: null,
      doc: JSON.stringify({ root: { type: 'root', children: [] } }),
      plainText: 'Exports hurt',
      baseRevision: null,
    });
    expect(note.coderId).toBe(ada.id);
    const fromNote = await t.call('quotes.createFromNote', { noteId: note.id, start: 0, end: 7 });
    expect(fromNote.coderId).toBe(ada.id);

    expect(codersOf('quotes')).toEqual({ [before.id]: null, [quote.id]: ada.id, [fromNote.id]: ada.id });
    const codings = new Database(t.projectPath, { readonly: true });
    const byPair = codings
      .prepare('SELECT quote_id AS q, tag_id AS tag, coder_id AS coder FROM codings ORDER BY id')
      .all();
    codings.close();
    expect(byPair).toEqual([
      { q: before.id, tag: tag.id, coder: null },
      { q: quote.id, tag: tag.id, coder: ada.id },
      { q: before.id, tag: other.id, coder: ada.id },
    ]);
    expect(Object.values(codersOf('citations'))).toEqual([ada.id]);
    expect(codersOf('attributes')).toEqual({ [attributeId]: ada.id });
    expect(codersOf('notes')).toEqual({ [note.id]: ada.id });
    // The operation log says whose step each is.
    const log = new Database(t.projectPath, { readonly: true });
    const steps = log.prepare('SELECT coder_id AS coder FROM operations WHERE undoable = 1 ORDER BY id').all();
    log.close();
    const whose = steps.map((s) => (s as { coder: number | null }).coder);
    // Two steps (tags.create, quotes.create) before anyone said who they were, then Ada's: at least her
    // quote, tag, coding, attribute, citation and note quote.
    expect(whose).toEqual([null, null, ...Array(whose.length - 2).fill(ada.id)]);
    expect(whose.length).toBeGreaterThanOrEqual(8);
  });
});

describe('filters by coder', () => {
  it('the roll-up, the matrix, the evidence list and the quote library give each coder their own evidence', async () => {
    const tag = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
    const ada = (await t.call('coders.identify', ADA)).coder!;
    const adaQuote = await t.call('quotes.create', { ...span(1, 'the export', 'four hours'), tagIds: [tag.id] });
    const bo = (await t.call('coders.identify', BO)).coder!;
    const boQuote = await t.call('quotes.create', { ...span(3, 'the ERP', 'accents'), tagIds: [tag.id] });
    // Bo also tags Ada's quote with a second tag: Ada's quote is then in Bo's library too.
    const second = await t.call('tags.create', { name: 'Manual fixes', kind: 'pain_point' });
    await t.call('codings.apply', { quoteId: adaQuote.id, tagId: second.id });

    const rollup = async (coderIds: number[]) =>
      Object.fromEntries(
        (await t.call('synthesis.rollup', { filters: { coderIds } })).tags
          .filter((x) => x.quotes > 0)
          .map((x) => [x.name, x.quotes]),
      );
    expect(await rollup([])).toEqual({ 'Slow export': 2, 'Manual fixes': 1 });
    expect(await rollup([ada.id])).toEqual({ 'Slow export': 1 });
    expect(await rollup([bo.id])).toEqual({ 'Slow export': 1, 'Manual fixes': 1 });
    expect(await rollup([ada.id, bo.id])).toEqual({ 'Slow export': 2, 'Manual fixes': 1 });

    const evidence = async (coderIds: number[]) =>
      (await t.call('synthesis.evidence', { tagId: tag.id, filters: { coderIds } })).items.map((q) => q.id);
    expect(await evidence([ada.id])).toEqual([adaQuote.id]);
    expect(await evidence([bo.id])).toEqual([boQuote.id]);

    const matrix = async (coderIds: number[]) =>
      Object.fromEntries(
        (await t.call('synthesis.matrix', { filters: { coderIds } })).rows
          .filter((r) => r.totalQuotes > 0)
          .map((r) => [r.path, r.totalQuotes]),
      );
    expect(await matrix([ada.id])).toEqual({ 'Slow export': 1 });
    expect(await matrix([bo.id])).toEqual({ 'Slow export': 1, 'Manual fixes': 1 });

    const library = async (coderIds: number[]) =>
      (await t.call('quotes.list', { coderIds })).items.map((q) => q.id).sort((a, b) => a - b);
    expect(await library([ada.id])).toEqual([adaQuote.id]);
    expect(await library([bo.id])).toEqual([adaQuote.id, boQuote.id].sort((a, b) => a - b));
  });
});

describe('undo per coder', () => {
  it("undoing coder B's step leaves coder A's later step, and each coder's history is their own", async () => {
    const tag = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
    const ada = await t.call('coders.identify', ADA);
    const adaFirst = await t.call('quotes.create', { ...span(1, 'the export', 'four hours'), tagIds: [tag.id] });
    const bo = await t.call('coders.identify', BO);
    const boQuote = await t.call('quotes.create', { ...span(3, 'the ERP', 'accents'), tagIds: [] });
    await t.call('coders.identify', { ...ADA, guid: ada.identity!.guid });
    const adaLater = await t.call('quotes.create', { ...span(1, 'Reconciliation', 'worse'), tagIds: [tag.id] });
    expect((await t.call('history.state')).undoLabel).toBe('Create quote');

    await t.call('coders.identify', { ...BO, guid: bo.identity!.guid });
    const undone = await t.call('history.undo');
    expect(undone.undone).toBe('Create quote');
    // Bo's quote is gone; both of Ada's, the later one included, are still there.
    await expect(t.call('quotes.get', { id: boQuote.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('quotes.get', { id: adaLater.id }))?.coderId).toBe(ada.coder!.id);
    expect(await t.call('quotes.get', { id: adaFirst.id })).not.toBeNull();
    // Bo has nothing left to undo (the codebook steps before anyone identified are the unknown coder's).
    expect(undone.canUndo).toBe(false);
    expect(undone.canRedo).toBe(true);

    // Ada's undo takes her latest step, not Bo's redo.
    await t.call('coders.identify', { ...ADA, guid: ada.identity!.guid });
    expect(await t.call('history.undo')).toMatchObject({ undone: 'Create quote', canRedo: true });
    await expect(t.call('quotes.get', { id: adaLater.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.call('quotes.get', { id: adaFirst.id })).not.toBeNull();
    await t.call('coders.identify', { ...BO, guid: bo.identity!.guid });
    await t.call('history.redo');
    expect((await t.call('quotes.get', { id: boQuote.id }))?.coderId).toBe(bo.coder!.id);
  });

  it('refuses to undo a step another coder has since built on, and changes nothing', async () => {
    const tag = await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
    const ada = await t.call('coders.identify', ADA);
    const quote = await t.call('quotes.create', { ...span(1, 'the export', 'four hours'), tagIds: [] });
    await t.call('coders.identify', BO);
    await t.call('codings.apply', { quoteId: quote.id, tagId: tag.id });
    await t.call('coders.identify', { ...ADA, guid: ada.identity!.guid });
    await expect(t.call('history.undo')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await t.call('quotes.get', { id: quote.id }))?.codings.map((c) => c.tagId)).toEqual([tag.id]);
    expect((await t.call('history.state')).canUndo).toBe(true);
  });
  it('refuses to undo a document import whose rows another coder has since quoted, and changes nothing', async () => {
    const ada = await t.call('coders.identify', ADA);
    const csv = 'Date,Who,Text\r\n2026-03-02,Jo Park,The invoice shows the wrong VAT number.\r\n';
    const staged = await t.call('documents.stageFile', {
      fileName: 'tickets.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
    });
    const doc = await t.call('documents.commit', {
      stagingId: staged.stagingId,
      mapping: { text: 'Text', date: 'Date', participant: 'Who' },
      sourceKind: 'support_tickets',
    });
    const row = (await t.call('transcripts.get', { interviewId: doc.interviewId }))!.turns[0]!;
    await t.call('coders.identify', BO);
    const quote = await t.call('quotes.create', {
      interviewId: doc.interviewId,
      start: { turnId: row.id, offset: 4 },
      end: { turnId: row.id, offset: 11 },
      tagIds: [],
    });
    await t.call('coders.identify', { ...ADA, guid: ada.identity!.guid });
    // The import's turns are one bulk change (named by id); Bo's quote points at one of them.
    await expect(t.call('history.undo')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await t.call('quotes.get', { id: quote.id }))?.exactText).toBe('invoice');
    expect((await t.call('transcripts.get', { interviewId: doc.interviewId }))!.turns).toHaveLength(1);
  });
});

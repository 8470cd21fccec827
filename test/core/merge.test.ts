/**
 * Merging a colleague's copy (issue 18, item 2), case by case on real project files: what is new on
 * each side, each kind of conflict and each choice, deletions, one undo for the whole merge, and a
 * second merge of the same file changing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { integrityFindings, makePair, mergeInto, preview, readRows, type Pair } from '../support/mergePair';
import { importTurns } from '../support/study';

let p: Pair;
afterEach(() => p?.close());

const quotesOf = (file: string) =>
  readRows<{ guid: string; exact_text: string; comment: string; starred: number; coder: string | null }>(
    file,
    'SELECT q.guid, q.exact_text, q.comment, q.starred, c.name AS coder FROM quotes q LEFT JOIN coders c ON c.id = q.coder_id ORDER BY q.guid',
  );
const codingsOf = (file: string) =>
  readRows<{ guid: string; quote: string; tag: string; coder: string | null }>(
    file,
    `SELECT k.guid, q.guid AS quote, t.name AS tag, c.name AS coder FROM codings k JOIN quotes q ON q.id = k.quote_id
       JOIN tags t ON t.id = k.tag_id LEFT JOIN coders c ON c.id = k.coder_id ORDER BY k.guid`,
  );

describe('merge a colleague’s copy', () => {
  beforeEach(async () => {
    p = await makePair();
  });

  it('brings the colleague’s new quotes and codings with their coder; a second merge changes nothing', async () => {
    const tag = await p.b.call('tags.create', { name: 'Slow export' });
    const q = await p.b.call('quotes.create', { ...(await p.span(p.b, 1, 'the export', 'hours')), tagIds: [tag.id] });
    const mineTag = await p.a.call('tags.create', { name: 'Manual fixes' });
    await p.a.call('quotes.create', { ...(await p.span(p.a, 3, 'we fix', 'hand')), tagIds: [mineTag.id] });

    const { preview: first, report } = await mergeInto(p.a, p.b);
    expect(first.base).toBe('known');
    expect(first.conflicts).toEqual([]);
    expect(first.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 1, newMine: 1 });
    expect(first.kinds.find((k) => k.kind === 'coding')).toMatchObject({ newTheirs: 1, newMine: 1 });
    expect(report.counts.find((c) => c.kind === 'quote')).toMatchObject({ added: 1, updated: 0, removed: 0 });
    expect(report.counts.find((c) => c.kind === 'coder')).toMatchObject({ added: 1 });

    const quotes = quotesOf(p.a.path);
    expect(quotes.map((x) => [x.exact_text, x.coder])).toEqual(
      expect.arrayContaining([
        ['the export takes four hours', 'Bo Li'],
        ['we fix them by hand', 'Ada Lovelace'],
      ]),
    );
    const theirs = quotesOf(p.b.path).find((x) => x.guid === q.guid)!;
    expect(quotes.find((x) => x.guid === q.guid)).toEqual(theirs);
    expect(codingsOf(p.a.path).map((c) => [c.tag, c.coder])).toEqual(
      expect.arrayContaining([
        ['Slow export', 'Bo Li'],
        ['Manual fixes', 'Ada Lovelace'],
      ]),
    );
    expect(integrityFindings(p.a.path)).toEqual([]);

    const again = await preview(p.a, p.b);
    expect(again.nothingNew).toBe(true);
    expect(again.conflicts).toEqual([]);
    const second = await p.a.call('merge.commit', { stagingId: again.stagingId, resolutions: [] });
    expect(second.nothingNew).toBe(true);
  });

  it('brings a new interview of theirs whole — transcript, speakers, turns, participant — with the quotes coded in it', async () => {
    const tr = await importTurns(p.b, 'Call with Ana', [
      { speaker: 'Maya', text: 'How do you pick a vendor?' },
      { speaker: 'Ana', text: 'Price first, then whether support answers the phone.' },
    ]);
    const tag = await p.b.call('tags.create', { name: 'Vendor choice' });
    const turn = tr.turns[1]!;
    const q = await p.b.call('quotes.create', {
      interviewId: tr.interviewId,
      start: { turnId: turn.id, offset: 0 },
      end: { turnId: turn.id, offset: 11 },
      tagIds: [tag.id],
    });
    const pv = await preview(p.a, p.b);
    expect(pv.kinds.find((k) => k.kind === 'interview')).toMatchObject({ newTheirs: 1 });
    expect(pv.kinds.find((k) => k.kind === 'turn')).toMatchObject({ newTheirs: 2 });
    await p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] });
    const interviews = await p.a.call('interviews.list', {});
    const ana = interviews.find((i) => i.title === 'Call with Ana')!;
    const transcript = (await p.a.call('transcripts.get', { interviewId: ana.id }))!;
    expect(transcript.turns.map((t) => t.text)).toEqual(tr.turns.map((t) => t.text));
    const [quote] = await p.a.call('quotes.forInterview', { interviewId: ana.id });
    expect(quote).toMatchObject({ guid: q.guid, exactText: q.exactText });
    expect(quote!.participantId).not.toBeNull();
    const found = await p.a.call('search.query', { text: 'support answers' });
    // The brought turns are in the full-text index.
    expect(found).toEqual([expect.objectContaining({ kind: 'turn', interviewTitle: 'Call with Ana' })]);
    expect(integrityFindings(p.a.path)).toEqual([]);
    expect((await preview(p.a, p.b)).nothingNew).toBe(true);
  });

  it('takes what only the colleague changed, keeps what only this project changed', async () => {
    const q = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
    const other = await p.a.call('quotes.create', await p.span(p.a, 3, 'we fix', 'hand'));
    await p.b.host('host.copyForColleague', { path: `${p.b.path}.unused` }); // a copy elsewhere changes nothing here
    // B was copied before these quotes: give B the same state through a first merge.
    await mergeInto(p.b, p.a);
    const qb = quotesOf(p.b.path).find((x) => x.guid === q.guid)!;
    expect(qb).toBeTruthy();
    const idInB = (guid: string) =>
      readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', guid)[0]!.id;
    await p.b.call('quotes.update', { id: idInB(q.guid), patch: { comment: 'Four hours!' } });
    await p.a.call('quotes.update', { id: other.id, patch: { starred: true } });

    const { preview: pv } = await mergeInto(p.a, p.b);
    expect(pv.conflicts).toEqual([]);
    expect(pv.kinds.find((k) => k.kind === 'quote')).toMatchObject({ changedTheirs: 1 });
    const quotes = quotesOf(p.a.path);
    expect(quotes.find((x) => x.guid === q.guid)!.comment).toBe('Four hours!');
    expect(quotes.find((x) => x.guid === other.guid)!.starred).toBe(1);
  });

  describe('both changed the same comment', () => {
    let guid: string;
    beforeEach(async () => {
      const q = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
      guid = q.guid;
      await mergeInto(p.b, p.a);
      const idInB = readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', guid)[0]!.id;
      await p.a.call('quotes.update', { id: q.id, patch: { comment: 'Mine: month end' } });
      await p.b.call('quotes.update', { id: idInB, patch: { comment: 'Theirs: four hours' } });
    });

    it('lists the conflict side by side with each coder, and offers keeping both comments', async () => {
      const pv = await preview(p.a, p.b);
      expect(pv.conflicts).toHaveLength(1);
      const c = pv.conflicts[0]!;
      expect(c).toMatchObject({
        id: `quote:${guid}`,
        kind: 'quote',
        conflict: 'bothChanged',
        label: '“the export takes four hours”',
        mine: { fields: { Comment: 'Mine: month end' }, coder: { name: 'Ada Lovelace', initials: 'AL' } },
        theirs: { fields: { Comment: 'Theirs: four hours' }, coder: { name: 'Ada Lovelace' } },
      });
      expect(c.choices.map((x) => x.choice)).toEqual(['mine', 'theirs', 'both']);
      expect(pv.nothingNew).toBe(false);
      // Without a choice nothing is written.
      await expect(p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(quotesOf(p.a.path).find((x) => x.guid === guid)!.comment).toBe('Mine: month end');
    });

    for (const [choice, expected] of [
      ['mine', 'Mine: month end'],
      ['theirs', 'Theirs: four hours'],
      ['both', 'Mine: month end\n\nTheirs: four hours'],
    ] as const) {
      it(`keeps ${choice}, reports it, and the next merge of the same file has nothing new`, async () => {
        const { report } = await mergeInto(p.a, p.b, choice);
        expect(report.conflicts).toEqual([expect.objectContaining({ id: `quote:${guid}`, choice })]);
        expect(quotesOf(p.a.path).find((x) => x.guid === guid)!.comment).toBe(expected);
        const again = await preview(p.a, p.b);
        expect(again.nothingNew).toBe(true);
        expect(again.conflicts).toEqual([]);
        expect(integrityFindings(p.a.path)).toEqual([]);
      });
    }
  });

  it('one side deleted, the other changed: a conflict; the deletion or the change is kept as chosen', async () => {
    const q1 = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
    const q2 = await p.a.call('quotes.create', await p.span(p.a, 3, 'we fix', 'hand'));
    await mergeInto(p.b, p.a);
    const idInB = (guid: string) =>
      readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', guid)[0]!.id;
    // q1: deleted here, commented there. q2: commented here, deleted there.
    await p.a.call('quotes.delete', { id: q1.id });
    await p.b.call('quotes.update', { id: idInB(q1.guid), patch: { comment: 'Theirs on q1' } });
    await p.a.call('quotes.update', { id: q2.id, patch: { comment: 'Mine on q2' } });
    await p.b.call('quotes.delete', { id: idInB(q2.guid) });

    const pv = await preview(p.a, p.b);
    const byId = new Map(pv.conflicts.map((c) => [c.id, c]));
    expect(byId.get(`quote:${q1.guid}`)).toMatchObject({ conflict: 'deletedMine', mine: { fields: null } });
    expect(byId.get(`quote:${q2.guid}`)).toMatchObject({ conflict: 'deletedTheirs', theirs: { fields: null } });
    await p.a.call('merge.discard', { stagingId: pv.stagingId });

    // Theirs for both: q1 comes back with their comment, q2 goes.
    await mergeInto(p.a, p.b, 'theirs');
    const quotes = quotesOf(p.a.path);
    expect(quotes.find((x) => x.guid === q1.guid)?.comment).toBe('Theirs on q1');
    expect(quotes.find((x) => x.guid === q2.guid)).toBeUndefined();
    expect((await preview(p.a, p.b)).nothingNew).toBe(true);
  });

  it('the colleague deleted an unchanged quote: deleted here too, unless this project coded it since', async () => {
    const tag = await p.a.call('tags.create', { name: 'Slow export' });
    const q1 = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
    const q2 = await p.a.call('quotes.create', await p.span(p.a, 3, 'we fix', 'hand'));
    await mergeInto(p.b, p.a);
    const idInB = (guid: string) =>
      readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', guid)[0]!.id;
    await p.b.call('quotes.delete', { id: idInB(q1.guid) });
    await p.b.call('quotes.delete', { id: idInB(q2.guid) });
    await p.a.call('codings.apply', { quoteId: q2.id, tagId: tag.id });

    const pv = await preview(p.a, p.b);
    expect(pv.kinds.find((k) => k.kind === 'quote')).toMatchObject({ deletedTheirs: 1 });
    expect(pv.conflicts).toEqual([
      expect.objectContaining({ id: `quote:${q2.guid}`, conflict: 'deletedWithDependants', dependants: 1 }),
    ]);
    await p.a.call('merge.commit', {
      stagingId: pv.stagingId,
      resolutions: [{ conflictId: `quote:${q2.guid}`, choice: 'mine' }],
    });
    const quotes = quotesOf(p.a.path).map((x) => x.guid);
    expect(quotes).not.toContain(q1.guid);
    expect(quotes).toContain(q2.guid);
    expect(codingsOf(p.a.path)).toEqual([expect.objectContaining({ quote: q2.guid, tag: 'Slow export' })]);
  });

  it('a change here between the preview and the commit is seen: the merge is compared again', async () => {
    const q = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
    await mergeInto(p.b, p.a);
    const idInB = readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', q.guid)[0]!.id;
    await p.b.call('quotes.update', { id: idInB, patch: { comment: 'Theirs' } });
    const pv = await preview(p.a, p.b);
    expect(pv.conflicts).toEqual([]);
    await p.a.call('quotes.delete', { id: q.id });
    // Deleted here since the preview, changed there: now a conflict, so the commit asks for a choice.
    await expect(p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await p.a.call('merge.commit', {
      stagingId: pv.stagingId,
      resolutions: [{ conflictId: `quote:${q.guid}`, choice: 'theirs' }],
    });
    expect(quotesOf(p.a.path).find((x) => x.guid === q.guid)?.comment).toBe('Theirs');
  });

  it('one undo takes the whole merge back, and the merge can then be made again', async () => {
    const tag = await p.b.call('tags.create', { name: 'Slow export' });
    await p.b.call('quotes.create', { ...(await p.span(p.b, 1, 'the export', 'hours')), tagIds: [tag.id] });
    await p.b.call('quotes.create', { ...(await p.span(p.b, 3, 'we fix', 'hand')), tagIds: [tag.id] });
    const before = { quotes: quotesOf(p.a.path), codings: codingsOf(p.a.path) };
    await mergeInto(p.a, p.b);
    expect(quotesOf(p.a.path)).toHaveLength(2);
    const state = await p.a.call('history.state', {});
    expect(state.undoLabel).toBe('Merge from colleague.groundwork');
    await p.a.call('history.undo', {});
    expect({ quotes: quotesOf(p.a.path), codings: codingsOf(p.a.path) }).toEqual(before);
    expect(integrityFindings(p.a.path)).toEqual([]);
    // The base of the undone merge no longer counts: the colleague's work is new again.
    const again = await preview(p.a, p.b);
    expect(again.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 2 });
    await p.a.call('history.redo', {});
    expect(quotesOf(p.a.path)).toHaveLength(2);
    expect((await preview(p.a, p.b)).nothingNew).toBe(true);
  });

  it('both added a participant (the same next code) and the same company: theirs renumbered, the company one', async () => {
    const mineCo = await p.a.call('companies.create', { name: 'Acme Ledger' });
    const theirsCo = await p.b.call('companies.create', { name: 'ACME Ledger' });
    const mine = await p.a.call('participants.create', { realName: 'Ana Silva', companyId: mineCo.id } as never);
    const theirs = await p.b.call('participants.create', { realName: 'Tom Berg', companyId: theirsCo.id } as never);
    // Each copy gave its new participant the next neutral code: the same one.
    expect(theirs.pseudonym).toBe(mine.pseudonym);
    const { preview: pv, report } = await mergeInto(p.a, p.b);
    expect(pv.adjustments).toEqual(
      expect.arrayContaining([
        '1 company of theirs already here by name: their participants were linked to this project’s.',
        '1 participant of theirs given a new pseudonym: someone here already has theirs.',
      ]),
    );
    expect(report.counts.find((c) => c.kind === 'company')).toMatchObject({ added: 0 });
    expect(report.counts.find((c) => c.kind === 'participant')).toMatchObject({ added: 1 });
    const rows = readRows<{ pseudonym: string; real_name: string; company: string }>(
      p.a.path,
      `SELECT p.pseudonym, p.real_name, c.name AS company FROM participants p JOIN companies c ON c.id = p.company_id
        WHERE p.guid IN (?, ?) ORDER BY p.real_name`,
      mine.guid,
      theirs.guid,
    );
    expect(rows).toEqual([
      { pseudonym: mine.pseudonym, real_name: 'Ana Silva', company: 'Acme Ledger' },
      {
        pseudonym: expect.not.stringMatching(new RegExp(`^${mine.pseudonym}$`, 'i')),
        real_name: 'Tom Berg',
        company: 'Acme Ledger',
      },
    ]);
    expect(rows[1]!.pseudonym).toMatch(/^P\d{2,}$/);
    expect(readRows(p.a.path, 'SELECT count(*) AS n FROM companies')).toEqual([{ n: 1 }]);
    expect(integrityFindings(p.a.path)).toEqual([]);
    // Merging again: the company is still the one here, nothing new.
    const again = await preview(p.a, p.b);
    expect(again.conflicts).toEqual([]);
    expect(again.nothingNew).toBe(true);
  });

  it('tags named alike on both sides are both kept, one numbered; equal codings are kept once', async () => {
    const ta = await p.a.call('tags.create', { name: 'Pricing' });
    const tb = await p.b.call('tags.create', { name: 'pricing' });
    const pv = await preview(p.a, p.b);
    expect(pv.adjustments).toEqual([expect.stringContaining('1 tag renamed')]);
    await p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] });
    const names = readRows<{ guid: string; name: string }>(
      p.a.path,
      'SELECT guid, name FROM tags WHERE guid IN (?, ?)',
      ta.guid,
      tb.guid,
    );
    // The tag whose GUID sorts first keeps the name, whichever side merges: A's GUIDs start with "a".
    expect(names.map((n) => n.name).sort()).toEqual(['Pricing', 'pricing (2)']);
    expect((await preview(p.a, p.b)).nothingNew).toBe(true);
  });

  it('a tag renamed on one side to the name of a tag new on the other: both kept, one numbered, both ways', async () => {
    // The property test's counterexample (seed 1466217855): the rename and the colleague's new tag
    // both want "Pricing"; whichever side merges, the unique name must not refuse the whole merge.
    const setUp = async (pair: Pair) => {
      const shared = await pair.a.call('tags.create', { name: 'Cost' });
      await mergeInto(pair.b, pair.a);
      await pair.a.call('tags.update', { id: shared.id, patch: { name: 'Pricing' } });
      const fresh = await pair.b.call('tags.create', { name: 'Pricing' });
      return (file: string) =>
        readRows<{ guid: string; name: string }>(
          file,
          'SELECT guid, name FROM tags WHERE guid IN (?, ?) ORDER BY guid',
          shared.guid,
          fresh.guid,
        );
    };
    const namesInA = await setUp(p);
    await mergeInto(p.a, p.b);
    const intoA = namesInA(p.a.path);
    expect(intoA.map((t) => t.name).sort()).toEqual(['Pricing', 'Pricing (2)']);
    expect(integrityFindings(p.a.path)).toEqual([]);
    p.close();
    p = await makePair(); // the same study and GUIDs, merged the other way
    const namesInB = await setUp(p);
    await mergeInto(p.b, p.a);
    expect(namesInB(p.b.path)).toEqual(intoA);
    expect(integrityFindings(p.b.path)).toEqual([]);
  });

  it('two tags whose names the colleague swapped: the swap comes over', async () => {
    const x = await p.a.call('tags.create', { name: 'Onboarding' });
    const y = await p.a.call('tags.create', { name: 'Offboarding' });
    await mergeInto(p.b, p.a);
    const [xb, yb] = ['Onboarding', 'Offboarding'].map(
      (n) => readRows<{ id: number }>(p.b.path, 'SELECT id FROM tags WHERE name = ?', n)[0]!.id,
    );
    await p.b.call('tags.update', { id: xb!, patch: { name: 'Swap' } });
    await p.b.call('tags.update', { id: yb!, patch: { name: 'Onboarding' } });
    await p.b.call('tags.update', { id: xb!, patch: { name: 'Offboarding' } });
    await mergeInto(p.a, p.b);
    const names = readRows<{ guid: string; name: string }>(
      p.a.path,
      'SELECT guid, name FROM tags WHERE guid IN (?, ?)',
      x.guid,
      y.guid,
    );
    expect(Object.fromEntries(names.map((t) => [t.guid, t.name]))).toEqual({
      [x.guid]: 'Offboarding',
      [y.guid]: 'Onboarding',
    });
    expect(integrityFindings(p.a.path)).toEqual([]);
  });

  it('the colleague’s new note comes over with its coder; both editing it is a conflict that can keep both', async () => {
    const interviewId = p.transcript.interviewId;
    await p.a.call('notes.save', {
      interviewId,
      guideItemId: null,
      doc: '{"root":{}}',
      plainText: 'First note',
      baseRevision: null,
    });
    await mergeInto(p.b, p.a);
    const [noteB] = await p.b.call('notes.forInterview', {
      interviewId: (await p.span(p.b, 0, 'What', 'What')).interviewId,
    });
    const [noteA] = await p.a.call('notes.forInterview', { interviewId });
    await p.a.call('notes.save', {
      interviewId,
      guideItemId: null,
      doc: '{"root":{"a":1}}',
      plainText: 'Mine now',
      baseRevision: noteA!.revision,
    });
    await p.b.call('notes.save', {
      interviewId: noteB!.interviewId!,
      guideItemId: null,
      doc: '{"root":{"b":1}}',
      plainText: 'Theirs now',
      baseRevision: noteB!.revision,
    });
    const pv = await preview(p.a, p.b);
    expect(pv.conflicts).toEqual([expect.objectContaining({ kind: 'note', conflict: 'bothChanged' })]);
    await p.a.call('merge.commit', {
      stagingId: pv.stagingId,
      resolutions: [{ conflictId: pv.conflicts[0]!.id, choice: 'both' }],
    });
    const texts = readRows<{ plain_text: string }>(p.a.path, 'SELECT plain_text FROM notes ORDER BY id').map(
      (n) => n.plain_text,
    );
    expect(texts).toEqual(['Mine now', 'Theirs now']);
    expect(integrityFindings(p.a.path)).toEqual([]);
    expect((await preview(p.a, p.b)).nothingNew).toBe(true);
  });
});

describe('without a common copy (a file copied outside Groundwork)', () => {
  it('falls back to two-way: every difference is a conflict, nothing is overwritten', async () => {
    p = await makePair();
    const q = await p.a.call('quotes.create', await p.span(p.a, 1, 'the export', 'hours'));
    await mergeInto(p.b, p.a);
    const idInB = readRows<{ id: number }>(p.b.path, 'SELECT id FROM quotes WHERE guid = ?', q.guid)[0]!.id;
    await p.b.call('quotes.update', { id: idInB, patch: { comment: 'Theirs' } });
    // Forget every base both projects have: what a plain file copy would give.
    const Database = (await import('better-sqlite3')).default;
    for (const file of [p.a.path, p.b.path]) {
      const db = new Database(file);
      db.prepare('DELETE FROM merge_bases').run();
      db.close();
    }
    const pv = await preview(p.a, p.b);
    expect(pv.base).toBe('none');
    expect(pv.conflicts).toEqual([expect.objectContaining({ id: `quote:${q.guid}`, conflict: 'differs' })]);
    await mergeInto(p.a, p.b, 'mine');
    expect(quotesOf(p.a.path).find((x) => x.guid === q.guid)!.comment).toBe('');
    // The merge recorded a base: the next merge is three-way and sees nothing new.
    const again = await preview(p.a, p.b);
    expect(again.base).toBe('known');
    expect(again.nothingNew).toBe(true);
  });
});

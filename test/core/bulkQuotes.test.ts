/**
 * Bulk actions on a quote library selection (issue 17, item 6): tag, remove a tag, star and unstar
 * several quotes, each one transaction and one undoable step — one undo restores every quote, redo
 * repeats it — and quotes already as asked are left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

async function study() {
  const tr = await importTurns(t, 'Call with Ulla', [
    { speaker: 'Maya Chen', text: 'How is the close?' },
    { speaker: 'Ulla Brandt', text: 'The close takes four days.' },
    { speaker: 'Maya Chen', text: 'Why?' },
    { speaker: 'Ulla Brandt', text: 'We rebuild the spreadsheet every month.' },
    { speaker: 'Maya Chen', text: 'And approvals?' },
    { speaker: 'Ulla Brandt', text: 'Approvals wait on one person.' },
  ]);
  const quotes = [];
  for (const turn of tr.turns.filter((x) => !x.text.endsWith('?')))
    quotes.push(
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
      }),
    );
  const [a, b] = (await t.call('tags.list')).filter((x) => !x.archived);
  return { quotes, a: a!, b: b! };
}

const codingsOf = async (ids: number[]) =>
  Promise.all(ids.map(async (id) => (await t.call('quotes.get', { id })).codings));
const starsOf = async (ids: number[]) =>
  Promise.all(ids.map(async (id) => (await t.call('quotes.get', { id })).starred));

describe('bulk actions on selected quotes', () => {
  it('tags every selected quote in one undoable step; undo restores each, redo repeats', async () => {
    const { quotes, a, b } = await study();
    const ids = quotes.map((q) => q.id);
    await t.call('codings.apply', { quoteId: ids[0]!, tagId: a.id, intensity: 4 });
    await t.call('codings.apply', { quoteId: ids[1]!, tagId: b.id, intensity: null });
    const before = await codingsOf(ids);

    const kinds: string[] = [];
    const off = t.core.onEvent((e) => {
      if (e.name === 'entities.changed') kinds.push((e.payload as { kind: string }).kind);
    });
    expect(await t.call('codings.bulkApply', { quoteIds: ids, tagId: a.id })).toEqual({ changed: 2 });
    off();
    expect(kinds).toContain('coding');
    const after = await codingsOf(ids);
    // The quote that had the tag keeps its intensity; the others get it plain, as supporting.
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual([...before[1]!, { tagId: a.id, intensity: null, stance: 'supports' }]);
    expect(after[2]).toEqual([{ tagId: a.id, intensity: null, stance: 'supports' }]);
    expect((await t.call('history.state')).undoLabel).toBe(`Tag 3 quotes with "${a.name}"`);

    expect((await t.call('history.undo')).undone).toBe(`Tag 3 quotes with "${a.name}"`);
    expect(await codingsOf(ids)).toEqual(before);
    await t.call('history.redo');
    expect(await codingsOf(ids)).toEqual(after);
  });

  it('marks them as contradicting, removes a tag from all, one step each', async () => {
    const { quotes, a } = await study();
    const ids = quotes.map((q) => q.id);
    await t.call('codings.bulkApply', { quoteIds: ids, tagId: a.id, stance: 'contradicts' });
    expect((await codingsOf(ids)).map((c) => c.map((x) => x.stance))).toEqual([
      ['contradicts'],
      ['contradicts'],
      ['contradicts'],
    ]);
    expect(await t.call('codings.bulkRemove', { quoteIds: ids.slice(0, 2), tagId: a.id })).toEqual({ changed: 2 });
    expect((await codingsOf(ids)).map((c) => c.length)).toEqual([0, 0, 1]);
    expect((await t.call('history.state')).undoLabel).toBe(`Remove "${a.name}" from 2 quotes`);
    await t.call('history.undo');
    expect((await codingsOf(ids)).map((c) => c.length)).toEqual([1, 1, 1]);
    // Removing a tag none of them has changes nothing and records no step.
    const none = await t.call('tags.create', { name: 'Unused', kind: 'theme' });
    const before = await t.call('history.state');
    expect(await t.call('codings.bulkRemove', { quoteIds: ids, tagId: none.id })).toEqual({ changed: 0 });
    expect(await t.call('history.state')).toEqual(before);
  });

  it('stars and unstars a selection in one step, skipping quotes already starred', async () => {
    const { quotes } = await study();
    const ids = quotes.map((q) => q.id);
    await t.call('quotes.update', { id: ids[1]!, patch: { starred: true } });
    expect(await t.call('quotes.bulkStar', { quoteIds: ids, starred: true })).toEqual({ changed: 2 });
    expect(await starsOf(ids)).toEqual([true, true, true]);
    expect((await t.call('history.state')).undoLabel).toBe('Star 3 quotes');
    await t.call('history.undo');
    expect(await starsOf(ids)).toEqual([false, true, false]);
    expect(await t.call('quotes.bulkStar', { quoteIds: ids, starred: false })).toEqual({ changed: 1 });
    expect(await starsOf(ids)).toEqual([false, false, false]);
  });

  it('refuses an archived tag, a missing tag, and a selection of quotes that no longer exist', async () => {
    const { quotes, a } = await study();
    const ids = quotes.map((q) => q.id);
    await t.call('tags.archive', { id: a.id, archived: true });
    await expect(t.call('codings.bulkApply', { quoteIds: ids, tagId: a.id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(t.call('codings.bulkApply', { quoteIds: ids, tagId: 99_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('quotes.bulkStar', { quoteIds: [99_998], starred: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.untyped('quotes.bulkStar', { quoteIds: [], starred: true })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await starsOf(ids)).toEqual([false, false, false]);
  });

  it('selects all the quotes a filter shows, with their tags, as the list counts them', async () => {
    const { quotes, a, b } = await study();
    const ids = quotes.map((q) => q.id);
    await t.call('codings.apply', { quoteId: ids[0]!, tagId: a.id, intensity: null });
    await t.call('codings.apply', { quoteId: ids[0]!, tagId: b.id, intensity: null });
    await t.call('codings.apply', { quoteId: ids[2]!, tagId: a.id, intensity: null });
    expect(await t.call('quotes.selectAll', {})).toEqual({
      total: 3,
      items: [
        { id: ids[0], tagIds: [a.id, b.id] },
        { id: ids[1], tagIds: [] },
        { id: ids[2], tagIds: [a.id] },
      ],
    });
    const byTag = await t.call('quotes.selectAll', { tagIds: [a.id] });
    expect(byTag.items.map((x) => x.id)).toEqual([ids[0], ids[2]]);
    expect(byTag.total).toBe((await t.call('quotes.list', { tagIds: [a.id] })).total);
    const byText = await t.call('quotes.selectAll', { text: 'spreadsheet' });
    expect(byText.items.map((x) => x.id)).toEqual([ids[1]]);
  });
});

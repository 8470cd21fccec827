/**
 * Merging a colleague's copy (issue 18, item 2), case by case on real project files: what is new on
 * each side, each kind of conflict and each choice, deletions, one undo for the whole merge, and a
 * second merge of the same file changing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { integrityFindings, makePair, mergeInto, preview, readRows, type Pair } from '../support/mergePair';

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
});

/** Full-text search and the quote library's filters. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let a: Transcript;
let b: Transcript;
beforeEach(async () => {
  t = await makeCore();
  a = await importTurns(
    t,
    'Acme call',
    [
      { speaker: 'Maya', text: 'How do reconciliations go?' },
      { speaker: 'Tom', text: 'Reconciliation takes forever; the spreadsheet crashes weekly.' },
      { speaker: 'Maya', text: 'Weekly?' },
      { speaker: 'Tom', text: 'Every Friday, like clockwork.' },
    ],
    Date.UTC(2026, 0, 5),
  );
  b = await importTurns(
    t,
    'Beta call',
    [
      { speaker: 'Maya', text: 'What about onboarding?' },
      { speaker: 'Ana', text: 'Onboarding was smooth, but reconciling invoices is a nightmare.' },
      { speaker: 'Maya', text: 'Say more?' },
      { speaker: 'Ana', text: 'Two people spend three days on it.' },
    ],
    Date.UTC(2026, 2, 5),
  );
});
afterEach(() => t.close());

const search = (text: string, extra: object = {}) => t.call('search.query', { text, ...extra });

describe('search', () => {
  it('finds words by prefix as you type, ranked, with marked snippets and where they are', async () => {
    const hits = await search('reconcil');
    const turns = hits.filter((h) => h.kind === 'turn');
    expect(turns.map((h) => h.interviewTitle).sort()).toEqual(['Acme call', 'Acme call', 'Beta call']);
    expect(turns[0]!.snippet).toMatch(/\uE000[Rr]econcil/);
    const tom = (await t.call('participants.list')).find((p) => p.realName === 'Tom')!;
    expect(turns.find((h) => h.turnId === a.turns[1]!.id)).toMatchObject({
      interviewTitle: 'Acme call',
      speaker: tom.pseudonym,
    });
  });

  it('filters by interview, participant, date and tag', async () => {
    expect(
      (await search('reconcil', { interviewId: b.interviewId })).every((h) => h.interviewId === b.interviewId),
    ).toBe(true);
    const ana = (await t.call('participants.list')).find((p) => p.realName === 'Ana')!;
    const byAna = await search('reconcil', { participantId: ana.id });
    expect(byAna.map((h) => h.interviewTitle)).toEqual(['Beta call']);
    expect((await search('reconcil', { from: Date.UTC(2026, 1, 1) })).map((h) => h.interviewTitle)).toEqual([
      'Beta call',
    ]);
    const tag = await t.call('tags.create', { name: 'Spreadsheet pain', kind: 'pain_point' });
    const seg = a.turns[1]!;
    await t.call('quotes.create', {
      interviewId: a.interviewId,
      start: { turnId: seg.id, offset: 0 },
      end: { turnId: seg.id, offset: 14 },
      tagIds: [tag.id],
    });
    const tagged = await search('reconcil', { tagId: tag.id });
    expect(tagged.map((h) => [h.kind, h.interviewTitle])).toEqual(
      expect.arrayContaining([
        ['turn', 'Acme call'],
        ['quote', 'Acme call'],
      ]),
    );
    expect(tagged.some((h) => h.interviewTitle === 'Beta call')).toBe(false);
  });

  it('treats FTS syntax in the query as plain words', async () => {
    for (const q of ['"', 'AND OR NOT', 'spread* NEAR(', '-crash', 'col:umn']) {
      await expect(search(q)).resolves.toBeInstanceOf(Array);
    }
    expect(await search('   ')).toEqual([]);
    expect((await search('spread')).length).toBe(1);
  });
});

describe('quote library', () => {
  it('filters by tag, kind, participant, starred and text, and sorts', async () => {
    const pain = await t.call('tags.create', { name: 'Slow', kind: 'pain_point' });
    const goal = await t.call('tags.create', { name: 'Smooth', kind: 'goal' });
    const s1 = a.turns[1]!;
    const s2 = b.turns[1]!;
    const q1 = await t.call('quotes.create', {
      interviewId: a.interviewId,
      start: { turnId: s1.id, offset: 0 },
      end: { turnId: s1.id, offset: 30 },
      tagIds: [pain.id],
    });
    const q2 = await t.call('quotes.create', {
      interviewId: b.interviewId,
      start: { turnId: s2.id, offset: 0 },
      end: { turnId: s2.id, offset: 20 },
      tagIds: [goal.id],
    });
    await t.call('quotes.update', { id: q2.id, patch: { starred: true } });
    const list = (f: object) => t.call('quotes.list', f);
    expect((await list({})).total).toBe(2);
    expect((await list({ tagIds: [pain.id] })).items.map((q) => q.id)).toEqual([q1.id]);
    expect((await list({ tagKinds: ['goal'] })).items.map((q) => q.id)).toEqual([q2.id]);
    expect((await list({ starred: true })).items.map((q) => q.id)).toEqual([q2.id]);
    expect((await list({ text: 'reconcil' })).items.map((q) => q.id)).toEqual([q1.id]);
    const ana = (await t.call('participants.list')).find((p) => p.realName === 'Ana')!;
    const byAna = await list({ participantIds: [ana.id] });
    expect(byAna.items).toHaveLength(1);
    expect(byAna.items[0]).toMatchObject({
      id: q2.id,
      interviewTitle: 'Beta call',
      participantPseudonym: ana.pseudonym,
    });
    expect((await list({ sort: 'oldest' })).items.map((q) => q.id)).toEqual([q1.id, q2.id]);
    expect((await list({ sort: 'newest', limit: 1 })).items.map((q) => q.id)).toEqual([q2.id]);
    expect((await list({ from: Date.UTC(2026, 1, 1) })).items.map((q) => q.id)).toEqual([q2.id]);
  });
});

describe('search snippets', () => {
  it('cuts every hit’s snippet from its own row, over many hits of a common word', async () => {
    const turns = Array.from({ length: 40 }, (_, i) => ({
      speaker: i % 2 === 0 ? 'Maya' : 'Tom',
      text: `Row ${i} marker-${i} says the export is slow on day ${i}.`,
    }));
    const tr = await importTurns(t, 'Many rows', turns);
    const tag = await t.call('tags.create', { name: 'Slow', kind: 'pain_point' });
    for (const turn of tr.turns.slice(0, 10)) {
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
        tagIds: [tag.id],
      });
    }
    const hits = await search('export', { limit: 50 });
    const byTurn = new Map(tr.turns.map((x) => [x.id, x.text]));
    const quotes = await t.call('quotes.forInterview', { interviewId: tr.interviewId });
    const byQuote = new Map(quotes.map((q) => [q.id, q.exactText]));
    const plain = (s: string) => s.replace(/[\uE000\uE001]/g, '').replace(/…/g, '');
    expect(hits.filter((h) => h.kind === 'turn').length).toBeGreaterThan(20);
    expect(hits.filter((h) => h.kind === 'quote').length).toBe(10);
    for (const h of hits) {
      const own = h.kind === 'turn' ? byTurn.get(h.turnId!) : h.kind === 'quote' ? byQuote.get(h.quoteId!) : undefined;
      if (own === undefined) continue; // hits from the other interviews of beforeEach
      expect(own, `${h.kind} ${h.id}`).toContain(plain(h.snippet).trim());
      expect(h.snippet).toMatch(/\uE000export\uE001/i);
    }
  });
});

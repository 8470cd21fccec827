/**
 * After one coding action, only the lists whose rows changed refetch: the events a real core emits
 * for applying, turning and removing a tag are run through the renderer's own invalidation table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { affects } from '../../renderer/src/api/invalidation';
import type { EntityKind } from '../../shared/ipc/events';
import type { Input, Method } from '../../shared/ipc/contract';
import type { Quote } from '../../shared/domain/quote';
import type { Tag } from '../../shared/domain/tag';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let quote: Quote;
let tags: Tag[];
beforeEach(async () => {
  t = await makeCore();
  const tr = await importTurns(t, 'Call', [
    { speaker: 'Maya', text: 'What slows you down?' },
    { speaker: 'Tom', text: 'The export takes four hours every week.' },
  ]);
  tags = await t.call('tags.list');
  quote = await t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: tr.turns[1]!.id, offset: 0 },
    end: { turnId: tr.turns[1]!.id, offset: 10 },
    tagIds: [],
  });
});
afterEach(() => t.close());

async function kindsOf<M extends Method>(method: M, input: Input<M>): Promise<EntityKind[]> {
  const kinds: EntityKind[] = [];
  const off = t.core.onEvent((e) => {
    if (e.name === 'entities.changed') kinds.push((e.payload as { kind: EntityKind }).kind);
  });
  await t.untyped(method, input);
  off();
  return kinds;
}

const refetched = (kinds: EntityKind[], methods: Method[]) => methods.filter((m) => kinds.some((k) => affects(k, m)));

const UNTOUCHED: Method[] = [
  'interviews.list',
  'participants.list',
  'companies.list',
  'questions.list',
  'guides.list',
  'project.info',
  'transcripts.get',
  'notes.forInterview',
];
const TOUCHED: Method[] = [
  'quotes.list',
  'quotes.forInterview',
  'tags.list',
  'synthesis.rollup',
  'synthesis.matrix',
  'history.state',
  'project.counts',
];

describe('refetch after a coding action', () => {
  it('applying, turning and removing a tag refetch the lists that show tags, and no other', async () => {
    const steps = [
      ['codings.apply', { quoteId: quote.id, tagId: tags[2]!.id, intensity: null }],
      ['codings.setStance', { quoteId: quote.id, tagId: tags[2]!.id, stance: 'contradicts' }],
      ['codings.remove', { quoteId: quote.id, tagId: tags[2]!.id }],
    ] as const;
    for (const [method, input] of steps) {
      const kinds = await kindsOf(method, input);
      expect(refetched(kinds, UNTOUCHED)).toEqual([]);
      expect(refetched(kinds, TOUCHED)).toEqual(TOUCHED);
    }
    // Undoing one is the same: the step recorded what it touched.
    await t.call('codings.apply', { quoteId: quote.id, tagId: tags[3]!.id, intensity: null });
    const undo = await kindsOf('history.undo', {});
    expect(refetched(undo, UNTOUCHED)).toEqual([]);
    expect(refetched(undo, TOUCHED)).toEqual(TOUCHED);
  });

  it('a change to a quote itself still refreshes the interviews list (its quote count)', async () => {
    const kinds = await kindsOf('quotes.delete', { id: quote.id });
    expect(refetched(kinds, ['interviews.list'])).toEqual(['interviews.list']);
  });
});

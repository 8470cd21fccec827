/**
 * Quarterly review (issue 17): "Mark reviewed" keeps what the persona looked like; after new evidence
 * the diff names each change against its own source — the new interview, the member who joined and the
 * one who left, the attribute's new supporting and contradicting quotes and its moved confidence — and
 * nothing that did not change. Marking is one undoable step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Persona } from '../../shared/domain/persona';
import type { Quote } from '../../shared/domain/quote';
import type { Transcript } from '../../shared/domain/transcript';
import type { Segment } from '../../shared/ipc/contract/segments';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let persona: Persona;
let segment: Segment;

/** Imports an interview with one participant and quotes their turn; returns the quote and their id. */
async function interviewWith(
  name: string,
  day: number,
): Promise<{ quote: Quote; participantId: number; tr: Transcript }> {
  const tr = await importTurns(
    t,
    `Call with ${name}`,
    [
      { speaker: 'Maya', text: 'What slows you down?' },
      { speaker: name, text: `I am ${name}, and reconciling the export by hand takes a day.` },
      { speaker: 'Maya', text: 'Why is that?' },
      { speaker: name, text: 'The ERP drops accents and we fix them one by one.' },
    ],
    Date.UTC(2026, 3, day),
  );
  const turn = tr.turns[1]!;
  const quote = await t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: turn.id, offset: 0 },
    end: { turnId: turn.id, offset: turn.text.length },
  });
  return { quote, participantId: tr.speakers.find((s) => s.label === name)!.participantId!, tr };
}

beforeEach(async () => {
  t = await makeCore();
  segment = await t.call('segments.create', { name: 'Finance ops' });
});
afterEach(() => t.close());

describe('quarterly review', () => {
  it('names what changed since the last review, and only that', async () => {
    const ana = await interviewWith('Ana', 1);
    const ben = await interviewWith('Ben', 2);
    await t.call('segments.assign', { id: segment.id, participantIds: [ana.participantId, ben.participantId] });
    persona = await t.call('personas.create', {
      name: 'Controller',
      membership: { segmentIds: [segment.id], participantIds: [] },
    });
    persona = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'pain_points',
      statement: 'Month-end reconciliation is manual',
      quoteIds: [ana.quote.id],
    });
    const attribute = persona.attributes[0]!;
    const steady = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'goals',
      statement: 'Close the books in two days',
      quoteIds: [ben.quote.id],
    });
    expect(steady.attributes).toHaveLength(2);

    const never = await t.call('personas.reviewDiff', { id: persona.id });
    expect(never.last).toBeNull();
    expect(never.newInterviews.map((i) => i.title)).toEqual(['Call with Ana', 'Call with Ben']);

    const reviewed = await t.call('personas.markReviewed', {
      id: persona.id,
      note: 'Q1 review with sales',
    });
    expect(reviewed.last).toMatchObject({ note: 'Q1 review with sales' });
    expect(reviewed).toMatchObject({ newInterviews: [], joined: [], left: [], attributes: [], removedAttributes: 0 });
    expect((await t.call('personas.get', { id: persona.id })).lastReviewedAt).toBe(reviewed.last!.reviewedAt);

    // After the review: Chloé joins with a new interview that supports the pain point; Dan contradicts
    // it; Ben leaves the segment.
    const chloe = await interviewWith('Chloé', 10);
    const dan = await interviewWith('Dan', 11);
    await t.call('segments.assign', { id: segment.id, participantIds: [chloe.participantId, dan.participantId] });
    await t.call('segments.unassign', { id: segment.id, participantIds: [ben.participantId] });
    await t.call('citations.add', { attributeId: attribute.id, quoteId: chloe.quote.id });
    await t.call('citations.add', { attributeId: attribute.id, quoteId: dan.quote.id, polarity: 'contradicts' });

    const diff = await t.call('personas.reviewDiff', { id: persona.id });
    expect(diff.newInterviews.map((i) => i.title)).toEqual(['Call with Chloé', 'Call with Dan']);
    const pseudonym = async (id: number) => (await t.call('participants.get', { id })).pseudonym;
    expect(diff.joined.map((m) => m.pseudonym).sort()).toEqual(
      [await pseudonym(chloe.participantId), await pseudonym(dan.participantId)].sort(),
    );
    expect(diff.left).toEqual([{ id: ben.participantId, pseudonym: await pseudonym(ben.participantId) }]);
    // Only the pain point changed; the goal (cited by Ben, who left the persona but whose quote stays cited) did not.
    expect(diff.attributes).toHaveLength(1);
    const change = diff.attributes[0]!;
    expect(change).toMatchObject({ attributeId: attribute.id, statement: 'Month-end reconciliation is manual' });
    expect(change.newSupporting.map((c) => c.quoteId)).toEqual([chloe.quote.id]);
    expect(change.newContradicting.map((c) => c.quoteId)).toEqual([dan.quote.id]);
    expect(change.newSupporting[0]!.exactText).toBe(chloe.quote.exactText);
    expect(change.newContradicting[0]!.interviewTitle).toBe('Call with Dan');
    const now = (await t.call('personas.get', { id: persona.id })).attributes.find((a) => a.id === attribute.id)!;
    expect(change.levelNow).toBe(now.confidence.level);

    await t.call('attributes.delete', { id: steady.attributes.find((a) => a.statement.startsWith('Close'))!.id });
    expect((await t.call('personas.reviewDiff', { id: persona.id })).removedAttributes).toBe(1);
  });

  it('marking reviewed is one undoable step: undo removes the review and restores the date', async () => {
    persona = await t.call('personas.create', { name: 'Controller' });
    await t.call('personas.markReviewed', { id: persona.id, note: '' });
    const second = await t.call('personas.markReviewed', { id: persona.id, note: 'Second look' });
    expect(second.history.map((r) => r.note)).toEqual(['Second look', '']);
    const undone = await t.call('history.undo', {});
    expect(undone.undone).toBe('Mark Controller reviewed');
    const after = await t.call('personas.reviewDiff', { id: persona.id });
    expect(after.history.map((r) => r.note)).toEqual(['']);
    expect((await t.call('personas.get', { id: persona.id })).lastReviewedAt).toBe(after.last!.reviewedAt);
  });

  it('refuses a persona that is gone, and a note over 2,000 characters, changing nothing', async () => {
    persona = await t.call('personas.create', { name: 'Controller' });
    await expect(t.call('personas.markReviewed', { id: 999, note: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.call('personas.markReviewed', { id: persona.id, note: 'x'.repeat(2001) })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await t.call('personas.reviewDiff', { id: persona.id })).history).toEqual([]);
  });
});

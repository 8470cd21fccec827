/** Question bank, guides, notes with revision checks, quotes from notes, and coverage. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Guide, Question } from '../../shared/domain/guide';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

async function fiveQuestionGuide(): Promise<Guide> {
  const bank = await t.call('questions.list');
  const pick = ['role_context', 'goals', 'pain_points', 'buying_behavior', 'information_sources'].map((c) =>
    bank.find((q) => q.category === c)!,
  );
  return t.call('guides.create', { name: 'Discovery v1', items: pick.map((q) => ({ questionId: q.id })) });
}

const doc = (text: string) =>
  JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

describe('question bank', () => {
  it('starts with built-in questions in every framework category, with follow-ups and sections', async () => {
    const bank = await t.call('questions.list');
    const categories = new Set(bank.map((q) => q.category));
    for (const c of ['role_context', 'goals', 'pain_points', 'buying_behavior', 'information_sources', 'jtbd'])
      expect(categories.has(c as Question['category'])).toBe(true);
    expect(bank.every((q) => q.builtin && q.followUps.length > 0 && q.informs.length > 0)).toBe(true);
  });

  it('adds, edits, favourites and archives questions', async () => {
    const q = await t.call('questions.create', {
      category: 'pain_points',
      text: 'What breaks at month end?',
      followUps: ['How often?'],
    });
    expect(q.builtin).toBe(false);
    const fav = await t.call('questions.update', {
      id: q.id,
      patch: { favourite: true, text: 'What breaks at quarter end?' },
    });
    expect(fav).toMatchObject({ favourite: true, text: 'What breaks at quarter end?', followUps: ['How often?'] });
    expect((await t.call('questions.update', { id: q.id, patch: { archived: true } })).archived).toBe(true);
    await expect(t.call('questions.create', { text: '  ' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('guides', () => {
  it('builds from bank and custom questions, reorders keeping item ids, duplicates and exports Markdown', async () => {
    const g = await fiveQuestionGuide();
    expect(g.items).toHaveLength(5);
    const [a, b, ...rest] = g.items;
    const reordered = await t.call('guides.update', {
      id: g.id,
      items: [
        { id: b!.id },
        { id: a!.id },
        ...rest.map((i) => ({ id: i.id })),
        { customText: 'Anything else we should have asked?' },
      ],
    });
    expect(reordered.items.map((i) => i.id).slice(0, 2)).toEqual([b!.id, a!.id]);
    expect(reordered.items.at(-1)).toMatchObject({
      questionId: null,
      category: 'custom',
      text: 'Anything else we should have asked?',
    });
    const copy = await t.call('guides.duplicate', { id: g.id });
    expect(copy.name).toBe('Discovery v1 (copy)');
    expect(copy.items.map((i) => i.text)).toEqual(reordered.items.map((i) => i.text));
    const { markdown, fileName } = await t.call('guides.exportMarkdown', {
      id: g.id,
    });
    expect(fileName).toBe('Discovery v1.md');
    expect(markdown).toMatch(/^# Discovery v1\n/);
    expect(markdown).toContain(`1. ${b!.text}`);
    expect(markdown).toContain('## Custom');
  });
});

describe('interview mode', () => {
  it('saves notes per question with revisions, refuses stale saves, and counts coverage', async () => {
    const g = await fiveQuestionGuide();
    const ops = await t.call('participants.create', { realName: 'Rosa Díaz', role: 'Ops lead' });
    const i = await t.call('interviews.create', { title: 'Live call', participantIds: [ops.id] });
    await t.call('interviews.setGuide', { interviewId: i.id, guideId: g.id });
    const q1 = g.items[0]!.id;
    const n1 = await t.call('notes.save', {
      interviewId: i.id,
      guideItemId: q1,
      doc: doc('[00:01:05] Runs ops for 3 depots'),
      plainText: '[00:01:05] Runs ops for 3 depots',
      baseRevision: null,
    });
    expect(n1.revision).toBe(1);
    const n2 = await t.call('notes.save', {
      interviewId: i.id,
      guideItemId: q1,
      doc: doc('Runs ops for 3 depots, hates invoices'),
      plainText: 'Runs ops for 3 depots, hates invoices',
      baseRevision: 1,
    });
    expect(n2.revision).toBe(2);
    // A second window still on revision 1 cannot overwrite.
    await expect(
      t.call('notes.save', {
        interviewId: i.id,
        guideItemId: q1,
        doc: doc('stale'),
        plainText: 'stale',
        baseRevision: 1,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      t.call('notes.save', {
        interviewId: i.id,
        guideItemId: null,
        doc: '{not json',
        plainText: '',
        baseRevision: null,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('notes.forInterview', { interviewId: i.id }))[0]!.plainText).toBe(
      'Runs ops for 3 depots, hates invoices',
    );

    await t.call('interviews.setQuestionStatus', { interviewId: i.id, guideItemId: q1, status: 'asked', atMs: 65_000 });
    const cov = await t.call('interviews.setQuestionStatus', {
      interviewId: i.id,
      guideItemId: g.items[1]!.id,
      status: 'asked',
      atMs: 300_000,
    });
    expect(cov.questions.map((q) => q.status)).toEqual(['asked', 'asked', 'pending', 'pending', 'pending']);
    expect(cov.questions[0]!.hasNotes).toBe(true);

    // A quote from the notes, tagged as a pain point, shows up as pain-point evidence.
    const pain = (await t.call('tags.list')).find((x) => x.path === 'Pain points / Costs time')!;
    const text = n2.plainText;
    const quote = await t.call('quotes.createFromNote', {
      noteId: n2.id,
      start: text.indexOf('hates'),
      end: text.length,
      tagIds: [pain.id],
    });
    // The interview has one participant, so the note quote is theirs and counts as their evidence.
    expect(quote).toMatchObject({
      source: 'note',
      noteId: n2.id,
      exactText: 'hates invoices',
      participantId: ops.id,
      attributedParticipantId: ops.id,
    });
    const after = await t.call('coverage.interview', { interviewId: i.id });
    expect(after.sections.find((s) => s.section === 'pain_points')?.quotes).toBe(1);
    expect(after.sections.find((s) => s.section === 'goals')?.quotes).toBe(0);
    const study = await t.call('coverage.study');
    expect(study.questions.filter((q) => q.asked === 1)).toHaveLength(2);
    expect(study.sections.find((s) => s.section === 'pain_points')).toMatchObject({
      quotes: 1,
      interviews: 1,
      participants: 1,
    });
  });

  it('refuses a question that is not in the interview guide', async () => {
    const g = await fiveQuestionGuide();
    const i = await t.call('interviews.create', { title: 'No guide' });
    await expect(
      t.call('interviews.setQuestionStatus', { interviewId: i.id, guideItemId: g.items[0]!.id, status: 'asked' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

/**
 * The one evidence rule, end to end through the contract: only a known participant's words count
 * (mapped speakers, attributed note quotes), a coding supports or contradicts its tag, and every read
 * that counts — codebook, roll-up, matrix in both views, evidence pages, coverage, personas — agrees.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/domain/quote';
import type { Tag } from '../../shared/domain/tag';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
let tag: Tag;
beforeEach(async () => {
  t = await makeCore();
  tag = await t.call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
});
afterEach(() => t.close());

/** Imports a call where Maya interviews Ana (mapped) and a voice nobody has identified yet. */
async function callWithUnknownVoice(): Promise<Transcript> {
  const text = [
    'Maya: What slows you down?',
    'Ana: The export takes hours.',
    'Voice: The export is slow for us too.',
    'Maya: So exports are slow for everyone?',
  ].join('\n\n');
  const staged = await t.call('imports.stageFile', {
    fileName: 'call.txt',
    dataBase64: Buffer.from(text).toString('base64'),
  });
  const result = await t.call('imports.commit', {
    stagingId: staged.stagingId,
    target: { kind: 'new', title: 'Call with Ana', date: Date.UTC(2026, 1, 1) },
    speakers: [
      { label: 'Maya', role: 'interviewer' },
      { label: 'Ana', role: 'participant', createParticipant: true },
      { label: 'Voice', role: 'participant', createParticipant: false },
    ],
  });
  return (await t.call('transcripts.get', { interviewId: result.interviewId }))!;
}

async function quoteTurn(tr: Transcript, i: number, stance: 'supports' | 'contradicts' = 'supports'): Promise<Quote> {
  const turn = tr.turns[i]!;
  const q = await t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: turn.id, offset: 0 },
    end: { turnId: turn.id, offset: turn.text.length },
  });
  return t.call('codings.apply', { quoteId: q.id, tagId: tag.id, stance });
}

/** Every read that counts evidence for `tag`, side by side. */
async function figures() {
  const codebook = (await t.call('tags.list')).find((x) => x.id === tag.id)!;
  const rollup = (await t.call('synthesis.rollup', { filters: {} })).tags.find((x) => x.tagId === tag.id);
  const byParticipant = (await t.call('synthesis.matrix', { axis: 'participant' })).rows.find(
    (r) => r.tagId === tag.id,
  );
  const bySegment = (await t.call('synthesis.matrix', { axis: 'segment' })).rows.find((r) => r.tagId === tag.id);
  const page = await t.call('synthesis.evidence', { tagId: tag.id });
  const against = await t.call('synthesis.evidence', { tagId: tag.id, stance: 'contradicts' });
  const library = async (evidence: 'any' | 'supporting' | 'contradicting' | 'not_counted') =>
    (await t.call('quotes.list', { tagIds: [tag.id], evidence })).total!;
  return {
    codebook: {
      quotes: codebook.quoteCount,
      participants: codebook.participantCount,
      contradicting: codebook.contradictingCount,
      notCounted: codebook.notCountedCount,
    },
    rollup: {
      quotes: rollup?.quotes ?? 0,
      participants: rollup?.participants ?? 0,
      contradicting: rollup?.contradictingParticipants ?? 0,
    },
    matrixByParticipant: {
      participants: byParticipant?.total ?? 0,
      quotes: byParticipant?.totalQuotes ?? 0,
      contradicting: byParticipant?.totalContradicting ?? 0,
    },
    matrixBySegment: {
      participants: bySegment?.total ?? 0,
      quotes: bySegment?.totalQuotes ?? 0,
      contradicting: bySegment?.totalContradicting ?? 0,
    },
    evidencePages: { supporting: page.total, contradicting: against.total },
    library: {
      supporting: await library('supporting'),
      contradicting: await library('contradicting'),
      notCounted: await library('not_counted'),
      any: await library('any'),
    },
  };
}

function expectAgree(
  f: Awaited<ReturnType<typeof figures>>,
  quotes: number,
  participants: number,
  contradicting: number,
) {
  expect(f.codebook).toMatchObject({ quotes, participants, contradicting });
  expect(f.rollup).toEqual({ quotes, participants, contradicting });
  expect(f.matrixByParticipant).toMatchObject({ participants, quotes, contradicting });
  expect(f.matrixBySegment).toMatchObject({ participants, quotes, contradicting });
  expect(f.evidencePages.supporting).toBe(quotes);
  // The quote library, filtered the same way, lists exactly those quotes; with the uncounted ones, all.
  expect(f.library.supporting).toBe(quotes);
  expect(f.library.contradicting).toBe(f.evidencePages.contradicting);
  expect(f.library.notCounted).toBe(f.codebook.notCounted);
  expect(f.library.any).toBe(f.library.supporting + f.library.contradicting + f.library.notCounted);
}

describe('only a known participant’s words count', () => {
  it('an unmapped speaker and the interviewer do not count until mapped; mapping is undoable', async () => {
    const tr = await callWithUnknownVoice();
    const voice = tr.speakers.find((s) => s.label === 'Voice')!;
    expect(voice).toMatchObject({ participantId: null });
    const question = await quoteTurn(tr, 0); // the interviewer's question
    const ana = await quoteTurn(tr, 1);
    const unknown = await quoteTurn(tr, 2); // the unidentified voice
    expect(unknown.participantId).toBeNull();
    expect([question, ana, unknown].map((q) => q.notCountedBecause)).toEqual(['interviewer', null, 'unmapped']);

    let f = await figures();
    expectAgree(f, 1, 1, 0);
    expect(f.codebook.notCounted).toBe(2);

    const cy = await t.call('participants.create', { realName: 'Cy Young' });
    await t.call('transcripts.mapSpeaker', { speakerId: voice.id, role: 'participant', participantId: cy.id });
    expect((await t.call('quotes.get', { id: unknown.id })).participantId).toBe(cy.id);
    expect((await t.call('interviews.get', { id: tr.interviewId })).participants.map((p) => p.id)).toContain(cy.id);
    f = await figures();
    expectAgree(f, 2, 2, 0);
    expect(f.codebook.notCounted).toBe(1);

    await t.call('history.undo');
    expectAgree(await figures(), 1, 1, 0);
    expect((await t.call('interviews.get', { id: tr.interviewId })).participants.map((p) => p.id)).not.toContain(cy.id);
    await t.call('history.redo');
    expectAgree(await figures(), 2, 2, 0);

    // Or the voice is someone new: added and mapped in one step, which one undo takes back whole.
    await t.call('transcripts.mapSpeaker', { speakerId: voice.id, role: 'participant' });
    expectAgree(await figures(), 1, 1, 0);
    const added = await t.call('transcripts.mapSpeaker', {
      speakerId: voice.id,
      role: 'participant',
      createParticipant: true,
    });
    expect((await t.call('participants.get', { id: added.participantId! })).realName).toBe('Voice');
    expectAgree(await figures(), 2, 2, 0);
    await t.call('history.undo');
    expectAgree(await figures(), 1, 1, 0);
    expect((await t.call('participants.list')).map((p) => p.id)).not.toContain(added.participantId);
    await expect(
      t.call('transcripts.mapSpeaker', {
        speakerId: voice.id,
        role: 'participant',
        participantId: cy.id,
        createParticipant: true,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await t.call('transcripts.mapSpeaker', { speakerId: voice.id, role: 'participant', participantId: cy.id });

    // Marking the voice as "other" takes their words out again.
    await t.call('transcripts.mapSpeaker', { speakerId: voice.id, role: 'other' });
    expectAgree(await figures(), 1, 1, 0);
    await expect(
      t.call('transcripts.mapSpeaker', { speakerId: voice.id, role: 'interviewer', participantId: cy.id }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});

describe('quotes from notes', () => {
  async function noteIn(interviewId: number, text: string) {
    return t.call('notes.save', {
      interviewId,
      guideItemId: null,
      doc: JSON.stringify({ root: { children: [], type: 'root', version: 1, direction: null, format: '', indent: 0 } }),
      plainText: text,
      baseRevision: null,
    });
  }

  it('belong to the interview’s only participant, and an interview with several asks which', async () => {
    const ana = await t.call('participants.create', { realName: 'Ana Souza' });
    const bo = await t.call('participants.create', { realName: 'Bo Li' });
    const solo = await t.call('interviews.create', { title: 'Solo', participantIds: [ana.id] });
    const pair = await t.call('interviews.create', { title: 'Pair', participantIds: [ana.id, bo.id] });
    const nobody = await t.call('interviews.create', { title: 'Nobody yet' });

    const n1 = await noteIn(solo.id, 'exports are slow');
    const q1 = await t.call('quotes.createFromNote', { noteId: n1.id, start: 0, end: 16, tagIds: [tag.id] });
    expect(q1).toMatchObject({ participantId: ana.id, attributedParticipantId: ana.id });
    expect(q1.speakerLabel).not.toBe('Unknown speaker');

    const n2 = await noteIn(pair.id, 'exports are slow here too');
    await expect(
      t.call('quotes.createFromNote', { noteId: n2.id, start: 0, end: 16, tagIds: [tag.id] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { participantId: expect.any(String) },
    });
    const outsider = await t.call('participants.create', { realName: 'Cy Young' });
    await expect(
      t.call('quotes.createFromNote', {
        noteId: n2.id,
        start: 0,
        end: 16,
        tagIds: [tag.id],
        participantId: outsider.id,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const q2 = await t.call('quotes.createFromNote', {
      noteId: n2.id,
      start: 0,
      end: 16,
      tagIds: [tag.id],
      participantId: bo.id,
    });
    expect(q2.participantId).toBe(bo.id);
    expectAgree(await figures(), 2, 2, 0);

    // With nobody in the interview the quote is kept but does not count, until it is attributed.
    const n3 = await noteIn(nobody.id, 'slow exports');
    const q3 = await t.call('quotes.createFromNote', { noteId: n3.id, start: 0, end: 12, tagIds: [tag.id] });
    expect(q3).toMatchObject({ participantId: null, notCountedBecause: 'unattributed' });
    expectAgree(await figures(), 2, 2, 0);
    await expect(t.call('quotes.attribute', { id: q3.id, participantId: ana.id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await t.call('interviews.update', { id: nobody.id, patch: { participantIds: [ana.id] } });
    expect((await t.call('quotes.attribute', { id: q3.id, participantId: ana.id })).participantId).toBe(ana.id);
    expectAgree(await figures(), 3, 2, 0);
    await t.call('history.undo');
    expect((await t.call('quotes.get', { id: q3.id })).participantId).toBeNull();
    expectAgree(await figures(), 2, 2, 0);

    // Re-attributing the pair's quote moves the evidence from Bo to Ana.
    await t.call('quotes.attribute', { id: q2.id, participantId: ana.id });
    expectAgree(await figures(), 2, 1, 0);
  });
});

describe('counter-evidence', () => {
  it('a contradicting coding never counts toward reach, shows apart everywhere, and lowers a persona’s confidence', async () => {
    const people = ['Ana', 'Bo', 'Cy', 'Dee'];
    const quotes: Quote[] = [];
    for (const name of people) {
      const text = `Maya: How are exports?\n\n${name}: The export takes hours, ${name} here.\n\nMaya: Thanks.\n\n${name}: You are welcome.`;
      const staged = await t.call('imports.stageFile', {
        fileName: `${name}.txt`,
        dataBase64: Buffer.from(text).toString('base64'),
      });
      const r = await t.call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new', title: `Call with ${name}` },
        speakers: [
          { label: 'Maya', role: 'interviewer' },
          { label: name, role: 'participant', createParticipant: true },
        ],
      });
      const tr = (await t.call('transcripts.get', { interviewId: r.interviewId }))!;
      quotes.push(await quoteTurn(tr, 1));
    }
    expectAgree(await figures(), 4, 4, 0);

    // Dee says the opposite: exports are fine.
    const dee = quotes[3]!;
    const marked = await t.call('codings.setStance', { quoteId: dee.id, tagId: tag.id, stance: 'contradicts' });
    expect(marked.codings).toEqual([{ tagId: tag.id, intensity: null, stance: 'contradicts' }]);
    const f = await figures();
    expectAgree(f, 3, 3, 1);
    expect(f.evidencePages.contradicting).toBe(1);
    const rollup = await t.call('synthesis.rollup', { filters: {} });
    expect(rollup.tags.find((x) => x.tagId === tag.id)!.participantShare).toBeCloseTo(3 / 4);
    const byParticipant = (await t.call('synthesis.matrix', { axis: 'participant' })).rows.find(
      (r) => r.tagId === tag.id,
    )!;
    expect(byParticipant.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(byParticipant.contradicting.reduce((a, b) => a + b, 0)).toBe(1);

    // A persona of all four: the draft cites three supporters and Dee as contradicting.
    const ids = (await t.call('participants.list')).map((p) => p.id);
    const persona = await t.call('personas.create', {
      name: 'Ops Olga',
      kind: 'buyer',
      membership: { participantIds: ids },
    });
    const drafted = (await t.call('personas.draft', { id: persona.id })).persona.attributes[0]!;
    expect(drafted.citations.map((c) => [c.quoteId, c.polarity]).sort()).toEqual(
      [
        [quotes[0]!.id, 'supports'],
        [quotes[1]!.id, 'supports'],
        [quotes[2]!.id, 'supports'],
        [dee.id, 'contradicts'],
      ].sort(),
    );
    expect(drafted.confidence).toMatchObject({ supportingParticipants: 3, contradictingParticipants: 1 });
    expect(drafted.detail).toEqual({ reach: '3 of 4 members', contradicted: '1 of 4 members' });

    // Undo the stance: Dee supports again, everywhere.
    await t.call('history.undo'); // the draft
    await t.call('history.undo'); // the stance
    expectAgree(await figures(), 4, 4, 0);
  });
});

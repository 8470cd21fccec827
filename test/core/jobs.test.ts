/** Jobs to be done through the contract on a real project file: statements, citations, personas, job map, undo. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobSentence, tidyClause } from '../../shared/domain/job';
import type { Persona } from '../../shared/domain/persona';
import type { Quote } from '../../shared/domain/quote';
import type { Transcript } from '../../shared/domain/transcript';
import { personaJobs } from '../../electron/core/services/jobs/read';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let quotes: Quote[];
let ana: Persona;
let ben: Persona;

async function quoteOf(tr: Transcript, words: string): Promise<Quote> {
  const turn = tr.turns.find((x) => x.text.includes(words))!;
  const at = turn.text.indexOf(words);
  return t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: turn.id, offset: at },
    end: { turnId: turn.id, offset: at + words.length },
    tagIds: [],
  });
}

beforeEach(async () => {
  t = await makeCore();
  const one = await importTurns(
    t,
    'Call with Tom',
    [
      { speaker: 'Maya', text: 'Walk me through the board report.' },
      { speaker: 'Tom', text: 'I pull numbers from five tools by hand, it takes four hours every month.' },
    ],
    Date.UTC(2026, 0, 5),
  );
  const two = await importTurns(
    t,
    'Call with Priya',
    [
      { speaker: 'Maya', text: 'And the board report?' },
      { speaker: 'Priya', text: 'Copying metrics into slides is the worst afternoon of my month.' },
    ],
    Date.UTC(2026, 0, 9),
  );
  quotes = [
    await quoteOf(one, 'I pull numbers from five tools by hand'),
    await quoteOf(two, 'Copying metrics into slides'),
  ];
  ana = await t.call('personas.create', { name: 'Reporting Rita', kind: 'user' });
  ben = await t.call('personas.create', { name: 'Budget Ben', kind: 'buyer' });
});
afterEach(() => t.close());

const statement = {
  situation: "I'm preparing the monthly board report",
  motivation: 'pull real-time metrics from all our tools',
  outcome: 'present accurate data without 4 hours of manual work',
};

describe('the sentence form', () => {
  it('reads "When …, I want to …, so I can …" and drops lead-ins the form already shows', () => {
    expect(jobSentence(statement)).toBe(
      "When I'm preparing the monthly board report, I want to pull real-time metrics from all our tools, so I can present accurate data without 4 hours of manual work.",
    );
    expect(tidyClause('situation', 'When the quarter closes,')).toBe('the quarter closes');
    expect(tidyClause('motivation', 'I want to  see it all at once.')).toBe('see it all at once');
    expect(tidyClause('outcome', 'so that I can relax')).toBe('relax');
    expect(jobSentence({ situation: '', motivation: 'x', outcome: '' })).toBe('When …, I want to x, so I can ….');
  });
});

describe('job statements', () => {
  it('creates, reads, updates and deletes a job; lead-ins typed into the fields are tidied away', async () => {
    const job = await t.call('jobs.create', {
      ...statement,
      situation: `When ${statement.situation},`,
      stage: 'execute',
    });
    expect(job).toMatchObject({ ...statement, kind: 'functional', stage: 'execute', personas: [], citations: [] });
    expect(job.sentence).toBe(jobSentence(statement));
    expect(await t.call('jobs.get', { id: job.id })).toEqual(job);

    const edited = await t.call('jobs.update', {
      id: job.id,
      patch: { kind: 'emotional', stage: null, outcome: 'so I can look on top of things' },
    });
    expect(edited).toMatchObject({
      kind: 'emotional',
      stage: null,
      outcome: 'look on top of things',
      situation: statement.situation,
    });

    expect(await t.call('jobs.deleteImpact', { id: job.id })).toEqual({
      counts: { citations: 0, personas: 0 },
      blockedBy: null,
    });
    expect(await t.call('jobs.delete', { id: job.id })).toEqual({ deleted: job.id, citations: 0 });
    expect(await t.call('jobs.list')).toEqual([]);
  });

  it('says what is missing in the framework’s words, and stores nothing', async () => {
    await expect(t.call('jobs.create', { ...statement, situation: '  ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { situation: 'Describe the situation: When …' },
    });
    await expect(t.call('jobs.create', { ...statement, motivation: 'I want to' })).rejects.toMatchObject({
      fields: { motivation: 'Say what they want to do: I want to …' },
    });
    await expect(t.call('jobs.create', { ...statement, outcome: '' })).rejects.toMatchObject({
      fields: { outcome: 'Say what it lets them do: so I can …' },
    });
    await expect(t.untyped('jobs.create', { ...statement, stage: 'dream' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const job = await t.call('jobs.create', statement);
    await expect(t.call('jobs.update', { id: job.id, patch: { situation: '' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await t.call('jobs.get', { id: job.id })).situation).toBe(statement.situation);
    expect((await t.call('jobs.list')).length).toBe(1);
  });

  it('cites two quotes (one contradicting) as quote cards, and removes one', async () => {
    const job = await t.call('jobs.create', { ...statement, quoteIds: [quotes[0]!.id] });
    const cited = await t.call('jobs.cite', { jobId: job.id, quoteId: quotes[1]!.id, polarity: 'contradicts' });
    expect(cited.citations).toEqual([
      expect.objectContaining({
        quoteId: quotes[0]!.id,
        polarity: 'supports',
        exactText: 'I pull numbers from five tools by hand',
        participantPseudonym: expect.any(String),
        interviewTitle: 'Call with Tom',
        interviewDate: Date.UTC(2026, 0, 5),
        startMs: null,
      }),
      expect.objectContaining({
        quoteId: quotes[1]!.id,
        polarity: 'contradicts',
        exactText: 'Copying metrics into slides',
        interviewTitle: 'Call with Priya',
      }),
    ]);
    expect(cited.citations[0]!.participantPseudonym).not.toBe(cited.citations[1]!.participantPseudonym);
    // Citing again with the other polarity flips it rather than duplicating.
    const flipped = await t.call('jobs.cite', { jobId: job.id, quoteId: quotes[1]!.id, polarity: 'supports' });
    expect(flipped.citations.map((c) => c.polarity)).toEqual(['supports', 'supports']);

    expect(await t.call('jobs.deleteImpact', { id: job.id })).toMatchObject({ counts: { citations: 2 } });
    const fewer = await t.call('jobs.uncite', { jobId: job.id, quoteId: quotes[0]!.id });
    expect(fewer.citations.map((c) => c.quoteId)).toEqual([quotes[1]!.id]);
    await expect(t.call('jobs.uncite', { jobId: job.id, quoteId: quotes[0]!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // The quote itself is untouched.
    expect((await t.call('quotes.get', { id: quotes[0]!.id })).exactText).toBe(
      'I pull numbers from five tools by hand',
    );
  });

  it('links personas, filters by persona, kind and stage, and tells the UI what changed', async () => {
    const seen: string[] = [];
    const off = t.core.onEvent((e) => {
      if (e.name === 'entities.changed') seen.push((e.payload as { kind: string }).kind);
    });
    const a = await t.call('jobs.create', { ...statement, stage: 'execute', personaIds: [ana.id] });
    const b = await t.call('jobs.create', {
      situation: 'a number looks off',
      motivation: 'trace it to its source',
      outcome: 'trust the report',
      kind: 'emotional',
      stage: 'monitor',
    });
    const c = await t.call('jobs.create', {
      situation: 'the board asks why',
      motivation: 'answer on the spot',
      outcome: 'look in control',
      kind: 'social',
    });
    off();
    expect(seen).toContain('job');

    const linked = await t.call('jobs.linkPersona', { jobId: b.id, personaId: ana.id });
    expect(linked.personas).toEqual([{ id: ana.id, name: 'Reporting Rita' }]);
    await t.call('jobs.linkPersona', { jobId: b.id, personaId: ana.id }); // twice is once
    await t.call('jobs.linkPersona', { jobId: b.id, personaId: ben.id });
    expect((await t.call('jobs.get', { id: b.id })).personas.map((p) => p.name)).toEqual([
      'Budget Ben',
      'Reporting Rita',
    ]);

    const ids = async (filters: object) => (await t.call('jobs.list', filters)).map((j) => j.id);
    expect(await ids({})).toEqual([a.id, b.id, c.id]); // in job-map order, unstaged last
    expect(await ids({ personaId: ana.id })).toEqual([a.id, b.id]);
    expect(await ids({ personaId: ben.id })).toEqual([b.id]);
    expect(await ids({ kind: 'social' })).toEqual([c.id]);
    expect(await ids({ stage: 'monitor' })).toEqual([b.id]);
    expect(await ids({ stage: 'none' })).toEqual([c.id]);
    expect(await ids({ personaId: ana.id, kind: 'functional', stage: 'execute' })).toEqual([a.id]);

    const unlinked = await t.call('jobs.unlinkPersona', { jobId: b.id, personaId: ana.id });
    expect(unlinked.personas.map((p) => p.name)).toEqual(['Budget Ben']);

    // Deleting a persona drops its links, not the jobs.
    await t.call('personas.delete', { id: ben.id });
    expect((await t.call('jobs.get', { id: b.id })).personas).toEqual([]);
  });

  it('groups a persona’s jobs into the eight job-map stages in order, empty stages included', async () => {
    const late = await t.call('jobs.create', { ...statement, stage: 'conclude', personaIds: [ana.id] });
    const first = await t.call('jobs.create', {
      situation: 'the month ends',
      motivation: 'know which numbers changed',
      outcome: 'focus the report',
      stage: 'define',
      personaIds: [ana.id],
    });
    const loose = await t.call('jobs.create', {
      situation: 'a tool changes',
      motivation: 'hear about it',
      outcome: 'fix the pipeline',
      personaIds: [ana.id],
    });
    await t.call('jobs.create', {
      situation: 'other',
      motivation: 'not hers',
      outcome: 'nothing',
      stage: 'define',
      personaIds: [ben.id],
    });
    await t.call('jobs.cite', { jobId: first.id, quoteId: quotes[0]!.id });

    const map = await t.call('jobs.map', { personaId: ana.id });
    expect(map.persona).toEqual({ id: ana.id, name: 'Reporting Rita', kind: 'user' });
    expect(map.stages.map((s) => s.stage)).toEqual([
      'define',
      'locate',
      'prepare',
      'confirm',
      'execute',
      'monitor',
      'modify',
      'conclude',
    ]);
    expect(map.stages.map((s) => s.jobs.map((j) => j.id))).toEqual([[first.id], [], [], [], [], [], [], [late.id]]);
    expect(map.stages[0]!.jobs[0]!.citations).toHaveLength(1);
    expect(map.stages.every((s) => s.label && s.hint)).toBe(true);
    expect(map.unstaged.map((j) => j.id)).toEqual([loose.id]);

    // The service exports will use: the persona's jobs with citations, in map order.
    const ctx = t.core.session.context();
    expect(personaJobs(ctx, ana.id).map((j) => j.id)).toEqual([first.id, late.id, loose.id]);
  });

  it('answers bad ids with NOT_FOUND and changes nothing', async () => {
    const job = await t.call('jobs.create', statement);
    const missing = 99_999;
    for (const [method, input] of [
      ['jobs.get', { id: missing }],
      ['jobs.update', { id: missing, patch: { kind: 'social' } }],
      ['jobs.delete', { id: missing }],
      ['jobs.deleteImpact', { id: missing }],
      ['jobs.cite', { jobId: missing, quoteId: quotes[0]!.id }],
      ['jobs.cite', { jobId: job.id, quoteId: missing }],
      ['jobs.linkPersona', { jobId: job.id, personaId: missing }],
      ['jobs.linkPersona', { jobId: missing, personaId: ana.id }],
      ['jobs.map', { personaId: missing }],
    ] as const) {
      await expect(t.call(method, input), method).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(t.call('jobs.create', { ...statement, personaIds: [missing] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('jobs.create', { ...statement, quoteIds: [missing] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('jobs.get', { id: -1 })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('jobs.list')).map((j) => j.id)).toEqual([job.id]);
    expect((await t.call('jobs.get', { id: job.id })).citations).toEqual([]);
  });
});

describe('undo and redo', () => {
  const undo = () => t.call('history.undo');
  const redo = () => t.call('history.redo');

  it('undoes and redoes every job edit, citation and persona link, one step at a time', async () => {
    const job = await t.call('jobs.create', { ...statement, personaIds: [ana.id], quoteIds: [quotes[0]!.id] });
    await t.call('jobs.update', { id: job.id, patch: { stage: 'prepare' } });
    await t.call('jobs.cite', { jobId: job.id, quoteId: quotes[1]!.id, polarity: 'contradicts' });
    await t.call('jobs.linkPersona', { jobId: job.id, personaId: ben.id });
    const full = await t.call('jobs.get', { id: job.id });

    expect((await undo()).undone).toBe('Link job to persona');
    expect((await t.call('jobs.get', { id: job.id })).personas.map((p) => p.id)).toEqual([ana.id]);
    expect((await undo()).undone).toBe('Cite contradicting quote');
    expect((await t.call('jobs.get', { id: job.id })).citations).toHaveLength(1);
    expect((await undo()).undone).toBe('Edit job statement');
    expect((await t.call('jobs.get', { id: job.id })).stage).toBeNull();
    expect((await undo()).undone).toBe('Add job statement');
    await expect(t.call('jobs.get', { id: job.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    for (let i = 0; i < 4; i++) await redo();
    expect(await t.call('jobs.get', { id: job.id })).toEqual(full);
  });

  it('brings a deleted job back with its citations and persona links', async () => {
    const job = await t.call('jobs.create', {
      ...statement,
      stage: 'execute',
      personaIds: [ana.id, ben.id],
      quoteIds: quotes.map((q) => q.id),
    });
    expect(await t.call('jobs.deleteImpact', { id: job.id })).toEqual({
      counts: { citations: 2, personas: 2 },
      blockedBy: null,
    });
    expect(await t.call('jobs.delete', { id: job.id })).toEqual({ deleted: job.id, citations: 2 });
    expect((await t.call('jobs.map', { personaId: ana.id })).stages[4]!.jobs).toEqual([]);

    expect((await undo()).undone).toBe('Delete job statement');
    expect(await t.call('jobs.get', { id: job.id })).toEqual(job);
    expect((await t.call('jobs.map', { personaId: ana.id })).stages[4]!.jobs.map((j) => j.id)).toEqual([job.id]);
    await redo();
    await expect(t.call('jobs.get', { id: job.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cannot redo a link to a persona deleted since, and says so', async () => {
    const job = await t.call('jobs.create', statement);
    await t.call('jobs.linkPersona', { jobId: job.id, personaId: ben.id });
    await undo();
    await t.call('personas.delete', { id: ben.id });
    await expect(redo()).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('has since been deleted'),
    });
    expect((await t.call('jobs.get', { id: job.id })).personas).toEqual([]);
  });

  it('undoes an unlink', async () => {
    const job = await t.call('jobs.create', { ...statement, personaIds: [ana.id] });
    await t.call('jobs.unlinkPersona', { jobId: job.id, personaId: ana.id });
    expect((await t.call('jobs.get', { id: job.id })).personas).toEqual([]);
    expect((await undo()).undone).toBe('Unlink job from persona');
    expect((await t.call('jobs.get', { id: job.id })).personas.map((p) => p.id)).toEqual([ana.id]);
  });
});

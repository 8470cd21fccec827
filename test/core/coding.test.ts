/** Codebook, quotes and codings through the contract, with undo/redo that survives a restart. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { inProcessTransport } from '../../electron/core/transports/inProcess';
import { contrastRatio, KIND_COLOURS } from '../../shared/domain/tag';
import type { Transcript } from '../../shared/domain/transcript';
import { callerFor, makeCore, sequentialGuids, steppingClock, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let tr: Transcript;
beforeEach(async () => {
  t = await makeCore();
  tr = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export 😀 takes four hours. Café reconciliation is worse.' },
    { speaker: 'Maya', text: 'Why is that?' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
});
afterEach(() => t.close());

const turn = (i: number) => tr.turns[i]!;
const posOf = (i: number, word: string) => ({ turnId: turn(i).id, offset: turn(i).text.indexOf(word) });
const endOf = (i: number, word: string) => ({
  turnId: turn(i).id,
  offset: turn(i).text.indexOf(word) + word.length,
});

describe('codebook', () => {
  it('new projects start with the framework codebook, in a hierarchy with kinds', async () => {
    const tags = await t.call('tags.list');
    const paths = tags.map((x) => x.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'Pain points / Costs time',
        'Buying behaviour / Decision criteria / Integrations',
        'Job map / Execute',
      ]),
    );
    expect(tags.find((x) => x.path === 'Buying behaviour / Trigger event')?.kind).toBe('trigger_event');
    expect(tags.length).toBeGreaterThan(30);
  });

  it('every default highlight colour keeps dark text readable (contrast ≥ 7:1)', () => {
    for (const colour of Object.values(KIND_COLOURS)) expect(contrastRatio(colour, '#1a1a1a')).toBeGreaterThan(7);
  });

  it('refuses duplicate names under one parent and moves that would create a cycle', async () => {
    const a = await t.call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    await expect(t.call('tags.create', { name: 'slow exports' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const b = await t.call('tags.create', { name: 'Nightly export', parentId: a.id });
    await expect(t.call('tags.move', { id: a.id, parentId: b.id })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('tags.move', { id: b.id, parentId: null })).parentId).toBeNull();
  });

  it('merges codings into the survivor, keeping one coding per quote with the higher intensity', async () => {
    const a = await t.call('tags.create', { name: 'Export pain', kind: 'pain_point' });
    const b = await t.call('tags.create', { name: 'Exports hurt', kind: 'pain_point' });
    const q1 = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(1, 'the export'),
      end: endOf(1, 'four hours'),
      tagIds: [a.id],
    });
    const q2 = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(3, 'the ERP'),
      end: endOf(3, 'accents'),
      tagIds: [],
    });
    await t.call('codings.apply', { quoteId: q1.id, tagId: b.id, intensity: 4 });
    await t.call('codings.apply', { quoteId: q2.id, tagId: b.id, intensity: 2 });
    const survivor = await t.call('tags.merge', { sourceId: b.id, targetId: a.id });
    expect(survivor.quoteCount).toBe(2);
    expect(survivor.participantCount).toBe(1);
    expect((await t.call('quotes.get', { id: q1.id })).codings).toEqual([
      { tagId: a.id, intensity: 4, stance: 'supports' },
    ]);
    expect((await t.call('tags.list')).some((x) => x.id === b.id)).toBe(false);
    await t.call('history.undo');
    expect((await t.call('quotes.get', { id: q1.id })).codings).toHaveLength(2);
  });

  it('pins take the slot from another tag and archive unpins', async () => {
    const a = await t.call('tags.create', { name: 'A' });
    const b = await t.call('tags.create', { name: 'B' });
    await t.call('tags.pin', { id: a.id, slot: 1 });
    await t.call('tags.pin', { id: b.id, slot: 1 });
    const tags = await t.call('tags.list');
    expect(tags.find((x) => x.id === a.id)?.pinnedSlot).toBeNull();
    expect(tags.find((x) => x.id === b.id)?.pinnedSlot).toBe(1);
    expect((await t.call('tags.archive', { id: b.id, archived: true })).pinnedSlot).toBeNull();
  });

  it('exports the codebook as CSV and imports it back into another project', async () => {
    await t.call('tags.create', {
      name: 'Says "slow", means "manual"',
      kind: 'pain_point',
      definition: 'Commas, quotes\nand lines 😀',
    });
    const { csv } = await t.call('tags.exportCsv');
    expect(csv.startsWith('\ufeffpath,kind,colour')).toBe(true);
    const other = await makeCore();
    try {
      const before = (await other.call('tags.list')).length;
      const result = await other.call('tags.importCsv', { csv });
      expect(result.created).toBe(1);
      expect(result.updated).toBe(before);
      const tag = (await other.call('tags.list')).find((x) => x.name === 'Says "slow", means "manual"');
      expect(tag?.definition).toBe('Commas, quotes\nand lines 😀');
      await expect(other.call('tags.importCsv', { csv: 'path,kind\nX,nonsense\n' })).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/Row 2/),
      });
    } finally {
      other.close();
    }
  });
});

describe('quotes', () => {
  it('stores exact text and context that match the transcript slice, emoji and accents included', async () => {
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(1, 'the export'),
      end: endOf(1, 'Café reconciliation'),
      tagIds: [],
    });
    expect(q.exactText).toBe('the export 😀 takes four hours. Café reconciliation');
    expect(turn(1).text.slice(q.startOffset, q.endOffset)).toBe(q.exactText);
    expect(q.participantId).not.toBeNull();
    // Shown by pseudonym: the real name (the transcript's label) never travels with a quote.
    const tom = (await t.call('participants.list')).find((p) => p.realName === 'Tom')!;
    expect(q.speakerLabel).toBe(tom.pseudonym);
    expect(q.participantId).toBe(tom.id);
  });

  it('spans turns and trims the whitespace around a selection', async () => {
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: { turnId: turn(1).id, offset: turn(1).text.indexOf('is worse') + 2 },
      end: endOf(2, 'Why'),
      tagIds: [],
    });
    expect(q.exactText).toBe('worse.\nWhy');
    expect(q.startTurnId).toBe(turn(1).id);
    expect(q.endTurnId).toBe(turn(2).id);
  });

  it('refuses an empty selection or one outside the transcript', async () => {
    await expect(
      t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: posOf(1, 'the'),
        end: posOf(1, 'the'),
        tagIds: [],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn(1).id, offset: 9999 },
        end: posOf(1, 'the'),
        tagIds: [],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('tags, retags with intensity, untags; an archived tag cannot be applied', async () => {
    const tag = await t.call('tags.create', { name: 'Manual fixes', kind: 'pain_point' });
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(3, 'we fix'),
      end: endOf(3, 'by hand'),
      tagIds: [],
    });
    expect((await t.call('codings.apply', { quoteId: q.id, tagId: tag.id, intensity: null })).codings).toEqual([
      { tagId: tag.id, intensity: null, stance: 'supports' },
    ]);
    expect((await t.call('codings.apply', { quoteId: q.id, tagId: tag.id, intensity: 5 })).codings).toEqual([
      { tagId: tag.id, intensity: 5, stance: 'supports' },
    ]);
    expect((await t.call('codings.remove', { quoteId: q.id, tagId: tag.id })).codings).toEqual([]);
    await t.call('tags.archive', { id: tag.id, archived: true });
    await expect(t.call('codings.apply', { quoteId: q.id, tagId: tag.id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(t.call('codings.apply', { quoteId: q.id, tagId: tag.id, intensity: 6 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('creates a new tag and applies it as one undoable step', async () => {
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(3, 'drops'),
      end: endOf(3, 'accents'),
      tagIds: [],
    });
    const tagged = await t.call('codings.applyNewTag', {
      quoteId: q.id,
      name: 'Data quality',
      kind: 'pain_point',
    });
    expect(tagged.codings).toHaveLength(1);
    const state = await t.call('history.undo');
    expect(state.undone).toBe('Tag with new "Data quality"');
    expect((await t.call('tags.list')).some((x) => x.name === 'Data quality')).toBe(false);
    expect((await t.call('quotes.get', { id: q.id })).codings).toEqual([]);
  });

  it('deleting a quote removes its codings; undo brings both back', async () => {
    const tag = await t.call('tags.create', { name: 'Export' });
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(1, 'export'),
      end: endOf(1, 'hours'),
      tagIds: [tag.id],
    });
    await t.call('quotes.delete', { id: q.id });
    await expect(t.call('quotes.get', { id: q.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await t.call('history.undo');
    expect((await t.call('quotes.get', { id: q.id })).codings).toEqual([
      { tagId: tag.id, intensity: null, stance: 'supports' },
    ]);
  });
});

describe('undo and redo', () => {
  it('undo/redo survive a restart of the core, and a new action clears redo', async () => {
    const tag = await t.call('tags.create', { name: 'Persisted' });
    const q = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(1, 'export'),
      end: endOf(1, 'hours'),
      tagIds: [],
    });
    await t.call('codings.apply', { quoteId: q.id, tagId: tag.id });
    t.close();

    const core = await createCore({
      projectPath: t.projectPath,
      clock: steppingClock(Date.UTC(2026, 5, 1)),
      newGuid: sequentialGuids('again'),
      checkOutputs: true,
    });
    const again = inProcessTransport(core);
    const { call } = callerFor({ dispatch: (m, i) => again.call(m as string, i) });
    try {
      expect(await call('history.state')).toMatchObject({ canUndo: true, undoLabel: 'Tag with "Persisted"' });
      await call('history.undo');
      expect((await call('quotes.get', { id: q.id })).codings).toEqual([]);
      expect(await call('history.state')).toMatchObject({ canRedo: true, redoLabel: 'Tag with "Persisted"' });
      await call('history.redo');
      expect((await call('quotes.get', { id: q.id })).codings).toHaveLength(1);
      await call('history.undo');
      await call('quotes.update', { id: q.id, patch: { starred: true } });
      expect(await call('history.state')).toMatchObject({ canRedo: false });
      await expect(call('history.redo')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      core.close();
    }
    t = await makeCore(); // for afterEach
  });
});

describe('transcript correction', () => {
  it('re-anchors quotes in an edited turn or flags them; undo restores both turn and quote', async () => {
    const keep = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(3, 'we fix'),
      end: endOf(3, 'by hand'),
      tagIds: [],
    });
    const lose = await t.call('quotes.create', {
      interviewId: tr.interviewId,
      start: posOf(3, 'drops accents'),
      end: endOf(3, 'drops accents'),
      tagIds: [],
    });
    const edited = 'Well, because the old ERP export mangles characters and we fix them by hand.';
    const r = await t.call('transcripts.editTurn', {
      turnId: turn(3).id,
      text: edited,
    });
    expect(r).toEqual({ reanchored: 1, flagged: 1, interviewId: tr.interviewId });
    const k = await t.call('quotes.get', { id: keep.id });
    expect(edited.slice(k.startOffset, k.endOffset)).toBe('we fix them by hand');
    expect((await t.call('quotes.get', { id: lose.id })).anchorStatus).toBe('flagged');
    await t.call('history.undo');
    const back = await t.call('transcripts.get', { interviewId: tr.interviewId });
    expect(back!.turns[3]!.text).toBe(turn(3).text);
    expect((await t.call('quotes.get', { id: lose.id })).anchorStatus).toBe('ok');
    expect((await t.call('quotes.get', { id: keep.id })).startOffset).toBe(keep.startOffset);
  });
});

/** Autosave for a note: saves while typing continues, never two saves in flight, stops on CONFLICT. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../shared/domain/guide';
import { NoteSaver, type SaveInput } from '../../renderer/src/features/live/noteSaver';

const note = (revision: number, doc: string): Note => ({
  id: 1,
  guid: 'g',
  interviewId: 1,
  guideItemId: null,
  doc,
  plainText: doc,
  revision,
  updatedAt: 0,
  coderId: null,
});

describe('NoteSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves every ~300 ms while typing goes on, one save at a time, each on the last revision', async () => {
    let text = '';
    const calls: SaveInput[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const saver = new NoteSaver({
      initial: null,
      read: () => ({ doc: text, plainText: text }),
      isConflict: () => false,
      save: async (input) => {
        calls.push(input);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await new Promise((r) => setTimeout(r, 200));
        inFlight--;
        return note((input.baseRevision ?? 0) + 1, input.doc);
      },
    });
    for (let i = 0; i < 40; i++) {
      text += 'a';
      saver.changed();
      await vi.advanceTimersByTimeAsync(50);
    }
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await flushed;
    expect(maxInFlight).toBe(1);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.map((c) => c.baseRevision)).toEqual(calls.map((_, i) => (i === 0 ? null : i)));
    expect(calls.at(-1)?.doc).toBe(text);
    expect(saver.status).toBe('saved');
  });

  it('stops saving on CONFLICT until reset, and retries after other failures', async () => {
    let fail: 'conflict' | 'other' | null = 'other';
    const saver = new NoteSaver({
      initial: note(3, 'old'),
      read: () => ({ doc: 'new', plainText: 'new' }),
      isConflict: (e) => e === 'conflict',
      save: async (input) => {
        if (fail) throw fail;
        return note((input.baseRevision ?? 0) + 1, input.doc);
      },
      retryMs: 500,
    });
    saver.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.status).toBe('failed');
    fail = 'conflict';
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status).toBe('conflict');
    saver.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.status).toBe('conflict');
    fail = null;
    saver.reset(note(5, 'theirs'));
    saver.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.status).toBe('saved');
    expect(saver.note?.revision).toBe(6);
  });
});

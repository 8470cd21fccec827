/**
 * One write, one refetch: the real <App/> on an interview's workspace, against a real core, counts the
 * calls its client makes. Creating one tagged quote (the core reports `quote`, `tag` and `history`, the
 * first two each reaching the interview's quotes) refetches them exactly once, because the events of
 * one write are coalesced before they invalidate.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { affects } from '../../renderer/src/api/invalidation';
import type { EntityKind, PushEvent } from '../../shared/ipc/events';
import type { TestCore } from '../support/core';
import { importTurns } from '../support/study';
import { renderApp, transportFor, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
// jsdom lays nothing out and has no Range.getClientRects; the reader asks for the caret's box.
beforeAll(() => {
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});
afterEach(() => {
  app?.unmount();
  app = null;
});

/** The in-process transport, counting every call by method (what the client asks the core for). */
function countingTransport(calls: string[]) {
  return (core: TestCore) => {
    const inner = transportFor(core);
    return { ...inner, rpc: (method: string, input: unknown) => (calls.push(method), inner.rpc(method, input)) };
  };
}

/**
 * Imports through the real parser. Under jsdom, `Uint8Array` is the window's, so the parser's
 * `instanceof Uint8Array` check refuses Node's Buffer; lend it Node's for the import only.
 */
async function importTranscript(core: TestCore) {
  const windowUint8Array = globalThis.Uint8Array;
  globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
  try {
    return await importTurns(core, 'Onboarding call', [
      { speaker: 'Maya', text: 'What slows you down?' },
      { speaker: 'Tom', text: 'The export takes four hours every week.' },
    ]);
  } finally {
    globalThis.Uint8Array = windowUint8Array;
  }
}

const count = (calls: string[], method: string) => calls.filter((m) => m === method).length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('one quote creation', () => {
  it('refetches the interview’s quotes exactly once', async () => {
    const calls: string[] = [];
    app = await renderApp({ hash: '#/interviews', transport: countingTransport(calls) as never });
    const tr = await importTranscript(app.core);
    window.location.hash = `#/interviews/${tr.interviewId}`;
    await screen.findByRole('heading', { name: /Onboarding call/ }, { timeout: 5000 });
    await waitFor(() => expect(count(calls, 'quotes.forInterview')).toBeGreaterThan(0));
    await settle();
    const before = count(calls, 'quotes.forInterview');

    const [tag] = await app.client.call('tags.list', {});
    const kinds: EntityKind[] = [];
    const off = app.core.core.onEvent((e: PushEvent) => {
      if (e.name === 'entities.changed') kinds.push((e.payload as { kind: EntityKind }).kind);
    });
    const turn = tr.turns[1]!;
    await app.client.call('quotes.create', {
      interviewId: tr.interviewId,
      start: { turnId: turn.id, offset: 4 },
      end: { turnId: turn.id, offset: 10 },
      tagIds: [tag!.id],
    });
    off();
    // The write reports more than one kind that reaches quotes.forInterview on its own: uncoalesced,
    // each would refetch it.
    expect(kinds).toEqual(expect.arrayContaining(['quote', 'tag', 'history']));
    expect(kinds.filter((k) => affects(k, 'quotes.forInterview')).length).toBeGreaterThan(1);

    await waitFor(() => expect(count(calls, 'quotes.forInterview')).toBe(before + 1));
    await settle();
    expect(count(calls, 'quotes.forInterview')).toBe(before + 1);
  });
});

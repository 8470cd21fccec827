/**
 * The merge dialog in the real <App/> against a real core, with many conflicts: a .qdpx of this
 * project exported before 120 comments were changed here is a two-way merge with 120 conflicts. The
 * list shows them a page at a time, "Keep theirs for all" settles every one, and the merge takes the
 * file's comments back (checked in the project, quote by quote).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTurns } from '../support/study';
import { renderApp, transportFor, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
// jsdom brings its own Uint8Array; the core's parsers (the transcript, the .qdpx zip) need Node's.
const windowUint8Array = globalThis.Uint8Array;
beforeEach(() => {
  globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
});
afterEach(() => {
  globalThis.Uint8Array = windowUint8Array;
  app?.unmount();
  app = null;
});

const N = 120;

describe('merge dialog', () => {
  it('pages a long conflict list and settles every conflict at once', async () => {
    // The web host's upload: the file's bytes streamed to the core (PUT /upload/merge, tested over HTTP
    // in test/core/mergeUpload.test.ts), here handed to the same host method.
    app = await renderApp({
      hash: '#/interviews',
      transport: (core) => ({
        ...transportFor(core),
        async upload(where, file) {
          const name = new URL(where, 'http://x/').searchParams.get('name') ?? '';
          const bytes = new globalThis.Uint8Array(await file.arrayBuffer());
          return core.core.host.stageMergeUpload(
            name,
            (async function* () {
              yield bytes;
            })(),
          );
        },
      }),
    });
    const { core } = app;
    const words = Array.from({ length: N }, (_, i) => `point${i}`).join(' ');
    const tr = await importTurns(core, 'Call with Tom', [{ speaker: 'Tom', text: words }]);
    const turn = tr.turns[0]!;
    const ids: number[] = [];
    for (let i = 0; i < N; i++) {
      const from =
        turn.text.indexOf(`point${i} `) >= 0 ? turn.text.indexOf(`point${i} `) : turn.text.indexOf(`point${i}`);
      const q = await core.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: from },
        end: { turnId: turn.id, offset: from + `point${i}`.length },
      });
      await core.call('quotes.update', { id: q.id, patch: { comment: `From the file ${i}` } });
      ids.push(q.id);
    }
    const exported = await core.call('refi.export', { kind: 'qdpx' });
    for (const [i, id] of ids.entries()) await core.call('quotes.update', { id, patch: { comment: `Here ${i}` } });

    fireEvent.click(document.querySelector('.project-button')!);
    fireEvent.click(
      await within(await screen.findByRole('dialog', { name: 'Projects' })).findByRole('button', {
        name: 'Merge from another project…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Merge from another project' });
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([Buffer.from(exported.content, 'base64')], 'study.qdpx', { type: 'application/zip' });
    fireEvent.change(input, { target: { files: [file] } });

    await within(dialog).findByRole('heading', { name: `${N} conflicts to settle` }, { timeout: 10_000 });
    expect(within(dialog).getAllByRole('group', { name: /point/ })).toHaveLength(100);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show 20 more of 20' }));
    expect(within(dialog).getAllByRole('group', { name: /point/ })).toHaveLength(N);
    expect(within(dialog).getByText(`${N} still to choose`)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep theirs for all' }));
    expect(within(dialog).getByText('All chosen')).toBeTruthy();
    for (const group of within(dialog).getAllByRole('group', { name: /point/ }))
      expect((within(group).getByRole('radio', { name: 'Keep theirs' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await within(dialog).findByRole('region', { name: 'Merge finished' }, { timeout: 10_000 });

    const quotes = await core.call('quotes.forInterview', { interviewId: tr.interviewId });
    const byId = new Map(quotes.map((q) => [q.id, q.comment]));
    ids.forEach((id, i) => expect(byId.get(id)).toBe(`From the file ${i}`));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/Merged study\.qdpx/));
  });
});

/**
 * The export dialog in jsdom against a real core: it follows its own export's task.progress events
 * (not other jobs'), locks the choices while working, saves the file and closes; a failure stays in
 * the dialog in words; Cancel while working drops the result.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '../../shared/ipc/contract/exports';
import { ApiClient } from '../../renderer/src/api/client';
import { ApiProvider } from '../../renderer/src/api/hooks';
import { ExportDialog, type ExportChoice } from '../../renderer/src/features/export/ExportDialog';
import { makeCore, type TestCore } from '../support/core';
import { transportFor } from './renderApp';

let core: TestCore;
let saved: { name: string; type: string }[];

beforeEach(async () => {
  core = await makeCore();
  saved = [];
  // jsdom has no object URLs or downloads: record what the browser would have saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push({ name: '', type: blob.type });
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved[saved.length - 1]!.name = this.download;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  core.close();
});

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('ExportDialog', () => {
  it('shows its own progress, locks the choices, then saves the Word file and closes', async () => {
    // Transcript import does not run under jsdom's globals; a persona without quotes is enough here.
    const persona = await core.call('personas.create', { name: 'Finance Ops Fiona' });
    const client = new ApiClient(transportFor(core));
    const hold = gate();
    const choices: ExportChoice[] = [];
    const onClose = vi.fn();
    render(
      <ApiProvider client={client}>
        <ExportDialog
          title="Export persona"
          subject="this persona"
          run={async (choice) => {
            choices.push(choice);
            const file = await client.call('exports.persona', { id: persona.id, ...choice });
            // Another export's progress must not move this dialog's bar.
            core.core.session
              .context()
              .emit('task.progress', { taskId: 'someone-else', label: 'x', done: 3, total: 3, state: 'running' });
            await hold.promise;
            return file;
          }}
          onClose={onClose}
        />
      </ApiProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Export persona' });
    // Word, not PDF: pdfkit rejects font bytes from Node's realm under jsdom's globals (a test-only
    // clash; the core never runs in a browser). The binary save path is the same for both.
    fireEvent.click(within(dialog).getByRole('radio', { name: /Word document/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Pseudonymise names' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    const bar = await within(dialog).findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('1'));
    // The first Word/PDF file of a run loads the writer and its fonts (seconds), and says so.
    expect(within(dialog).getByText('Loading the document writer and its fonts (first export only)…')).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: /PDF/ }).matches(':disabled')).toBe(true); // inside a disabled fieldset
    expect(within(dialog).getByRole('button', { name: 'Exporting…' })).toBeTruthy();
    expect(choices[0]).toMatchObject({ format: 'docx', pseudonymise: true, includeProposed: false });
    hold.open();
    // Saving decodes the file and builds a blob; under load that can take longer than waitFor's 1 s.
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 });
    expect(saved).toEqual([
      {
        name: 'Finance Ops Fiona (pseudonymised).docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ]);
  });

  it('keeps a failure in the dialog, in words, with the choices unlocked', async () => {
    const client = new ApiClient(transportFor(core));
    render(
      <ApiProvider client={client}>
        <ExportDialog
          title="Export persona"
          subject="this persona"
          run={(choice) => client.call('exports.persona', { id: 999, ...choice })}
          onClose={() => {}}
        />
      </ApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That persona no longer exists.');
    expect(screen.getByRole('radio', { name: /PDF/ }).matches(':disabled')).toBe(false);
    expect(saved).toEqual([]);
  });

  it('drops the result when cancelled while working', async () => {
    const client = new ApiClient(transportFor(core));
    const hold = gate();
    const file: ExportFile = { fileName: 'x.md', mimeType: 'text/markdown', encoding: 'utf8', content: '# x' };
    let open = true;
    const view = render(
      <ApiProvider client={client}>
        {open ? (
          <ExportDialog
            title="Export persona"
            subject="this persona"
            run={async () => {
              await hold.promise;
              return file;
            }}
            onClose={() => (open = false)}
          />
        ) : null}
      </ApiProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByRole('progressbar');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    view.rerender(<ApiProvider client={client}>{open ? <div /> : null}</ApiProvider>);
    hold.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(saved).toEqual([]);
  });
});

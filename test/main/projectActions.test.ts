import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/ipc/envelope';
import { createProjectActions } from '../../electron/main/projectActions';

function setup(opts: { save?: string | null; open?: string | null; result?: Envelope<unknown> } = {}) {
  const win = { id: 1 };
  const dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: opts.save == null, filePath: opts.save ?? '' })),
    showOpenDialog: vi.fn(async () => ({ canceled: opts.open == null, filePaths: opts.open ? [opts.open] : [] })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  };
  const dispatch = vi.fn(async (): Promise<Envelope<unknown>> => opts.result ?? { ok: true, value: {} });
  const actions = createProjectActions({ dialog, dispatch, window: () => win, documentsDir: '/home/me/Documents' });
  return { actions, dialog, dispatch, win };
}

describe('File menu actions', () => {
  it('New Project… creates the chosen file through the contract', async () => {
    const { actions, dialog, dispatch } = setup({ save: '/home/me/Documents/Churn.groundwork' });
    await actions.run('new');
    expect((dialog.showSaveDialog.mock.calls[0] as unknown[])[1]).toMatchObject({
      filters: [{ extensions: ['groundwork'] }],
    });
    expect(dispatch).toHaveBeenCalledWith('host.createProject', { path: '/home/me/Documents/Churn.groundwork' });
  });

  it('Open Project… opens the chosen file', async () => {
    const { actions, dispatch } = setup({ open: '/data/a.groundwork' });
    await actions.run('open');
    expect(dispatch).toHaveBeenCalledWith('host.openProject', { path: '/data/a.groundwork' });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, dispatch } = setup();
    await actions.run('new');
    await actions.run('open');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('opens a recent project and shows a failure in words', async () => {
    const { actions, dialog, dispatch, win } = setup({
      result: { ok: false, error: { code: 'NOT_FOUND', message: '"a.groundwork" does not exist.' } },
    });
    await actions.run({ recent: '/gone/a.groundwork' });
    expect(dispatch).toHaveBeenCalledWith('host.openProject', { path: '/gone/a.groundwork' });
    expect(dialog.showMessageBox).toHaveBeenCalledWith(win, {
      type: 'error',
      message: 'The project could not be opened.',
      detail: '"a.groundwork" does not exist.',
    });
  });
});

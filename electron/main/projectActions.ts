/** File > New / Open / Open Recent: native dialogs in, the core's host dispatch out, errors shown in words. */
import type { Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { PROJECT_EXTENSION } from '../../shared/domain/project';
import type { Envelope } from '../../shared/ipc/envelope';
import { PROJECT_FILTERS } from './hostDialogs';
import type { MenuActions } from './menu';

type DialogApi = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;

export interface ProjectActionDeps<W> {
  dialog: {
    showSaveDialog(window: W, options: SaveDialogOptions): ReturnType<DialogApi['showSaveDialog']>;
    showOpenDialog(window: W, options: OpenDialogOptions): ReturnType<DialogApi['showOpenDialog']>;
    showMessageBox(window: W, options: { type: 'error'; message: string; detail?: string }): Promise<unknown>;
  };
  /** core.host.dispatch: the paths here come from the user, through main's own dialogs and menu. */
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** The window dialogs attach to; null when none is open. */
  window(): W | null;
  documentsDir: string;
  onError?: (err: unknown) => void;
}

const FILTERS = PROJECT_FILTERS;

export function createProjectActions<W>(deps: ProjectActionDeps<W>): MenuActions & {
  /** Resolves when the action has finished; for tests and for callers that wait. */
  run(action: 'new' | 'open' | { recent: string }): Promise<void>;
} {
  async function report(envelope: Envelope<unknown>, what: string): Promise<void> {
    const win = deps.window();
    if (envelope.ok || !win) return;
    await deps.dialog.showMessageBox(win, { type: 'error', message: what, detail: envelope.error.message });
  }

  async function run(action: 'new' | 'open' | { recent: string }): Promise<void> {
    const win = deps.window();
    if (!win) return;
    if (action === 'new') {
      const chosen = await deps.dialog.showSaveDialog(win, {
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: `${deps.documentsDir}/New research${PROJECT_EXTENSION}`,
        filters: FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen.canceled || !chosen.filePath) return;
      await report(
        await deps.dispatch('host.createProject', { path: chosen.filePath }),
        'The project could not be created.',
      );
    } else if (action === 'open') {
      const chosen = await deps.dialog.showOpenDialog(win, {
        title: 'Open Project',
        defaultPath: deps.documentsDir,
        filters: FILTERS,
        properties: ['openFile'],
      });
      const file = chosen.filePaths[0];
      if (chosen.canceled || !file) return;
      await report(await deps.dispatch('host.openProject', { path: file }), 'The project could not be opened.');
    } else {
      await report(
        await deps.dispatch('host.openProject', { path: action.recent }),
        'The project could not be opened.',
      );
    }
  }

  const fire = (action: 'new' | 'open' | { recent: string }) => {
    run(action).catch((err: unknown) => deps.onError?.(err));
  };
  return {
    run,
    newProject: () => fire('new'),
    openProject: () => fire('open'),
    openRecent: (file) => fire({ recent: file }),
  };
}

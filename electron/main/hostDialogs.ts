/**
 * The core's HostDialogs in the desktop app: Electron's native Open/Save dialogs, attached to the
 * main window. This is how a file path reaches the core when the UI asks for one ("Open a project
 * file…", "New project", "Attach recording…", "Import documents…", "Merge from another project…"): the user picks it here, in main — the renderer only
 * asks, and never sees or sends the path it gets.
 */
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { PROJECT_EXTENSION } from '../../shared/domain/project';
import { MEDIA_MIME } from '../../shared/http/range';
import type { HostDialogs } from '../core/host';

export interface DialogApi<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export const PROJECT_FILTERS = [{ name: 'Groundwork project', extensions: [PROJECT_EXTENSION.replace(/^\./, '')] }];
const TABLE_FILTERS = [{ name: 'CSV or Excel workbook', extensions: ['csv', 'xlsx', 'txt'] }];
const MERGE_FILTERS = [
  { name: 'Groundwork project or REFI-QDA project', extensions: [PROJECT_EXTENSION.replace(/^\./, ''), 'qdpx'] },
];
const MEDIA_FILTERS = [{ name: 'Audio or video', extensions: Object.keys(MEDIA_MIME).map((ext) => ext.slice(1)) }];

export function createHostDialogs<W>(dialog: DialogApi<W>, window: () => W | null, documentsDir: string): HostDialogs {
  const first = (result: { canceled: boolean; filePaths: string[] }) =>
    result.canceled ? null : (result.filePaths[0] ?? null);
  return {
    async chooseProjectToOpen() {
      const win = window();
      if (!win) return null;
      return first(
        await dialog.showOpenDialog(win, {
          title: 'Open Project',
          defaultPath: documentsDir,
          filters: PROJECT_FILTERS,
          properties: ['openFile'],
        }),
      );
    },
    async chooseProjectToCreate(name) {
      const win = window();
      if (!win) return null;
      const chosen = await dialog.showSaveDialog(win, {
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: `${documentsDir}/${name.replace(/[/\\:*?"<>|]/g, ' ').trim() || 'New research'}${PROJECT_EXTENSION}`,
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    async chooseRecording() {
      const win = window();
      if (!win) return null;
      return first(
        await dialog.showOpenDialog(win, {
          title: 'Attach Recording',
          defaultPath: documentsDir,
          filters: MEDIA_FILTERS,
          properties: ['openFile'],
        }),
      );
    },
    async chooseMergeSource() {
      const win = window();
      if (!win) return null;
      return first(
        await dialog.showOpenDialog(win, {
          title: 'Merge from Another Project',
          defaultPath: documentsDir,
          filters: MERGE_FILTERS,
          properties: ['openFile'],
        }),
      );
    },
    async chooseColleagueCopy(fileName) {
      const win = window();
      if (!win) return null;
      const chosen = await dialog.showSaveDialog(win, {
        title: 'Save a Copy for a Colleague',
        buttonLabel: 'Save Copy',
        defaultPath: `${documentsDir}/${fileName.replace(/[/\\:*?"<>|]/g, ' ').trim()}`,
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    async chooseTable() {
      const win = window();
      if (!win) return null;
      return first(
        await dialog.showOpenDialog(win, {
          title: 'Import Documents',
          defaultPath: documentsDir,
          filters: TABLE_FILTERS,
          properties: ['openFile'],
        }),
      );
    },
  };
}

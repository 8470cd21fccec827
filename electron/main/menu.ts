/** The application menu as a plain template: File (new, open, recent, close), Edit, View, Window. */
import type { MenuItemConstructorOptions } from 'electron';

export interface RecentEntry {
  path: string;
  name: string;
}

export interface MenuState {
  recent: RecentEntry[];
  isMac: boolean;
  /** Reload and DevTools only while developing. */
  isPackaged: boolean;
}

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(path: string): void;
}

export const MAX_RECENT_IN_MENU = 10;

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No Recent Projects', enabled: false }]
      : state.recent.slice(0, MAX_RECENT_IN_MENU).map((entry) => ({
          label: entry.name,
          toolTip: entry.path,
          click: () => actions.openRecent(entry.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newProject() },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Close', role: 'close' },
      ...(state.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(state.isPackaged
        ? []
        : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(state.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    // Without an Edit menu, copy and paste shortcuts do not work on macOS.
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}

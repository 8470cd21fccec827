/** One Groundwork per user: a second launch focuses the first window instead of opening the project twice. */
import type { App } from 'electron';

export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusExisting());
  return true;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusWindow(win: FocusableWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

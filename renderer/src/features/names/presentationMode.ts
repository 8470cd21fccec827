/**
 * Presentation mode: while it is on, every screen shows pseudonyms instead of real names (for screen
 * sharing). App-wide and kept in localStorage on this machine, not in the project file: a researcher who
 * starts sharing and then opens another project must not see real names come back.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'groundwork.presentationMode';
const listeners = new Set<() => void>();
let current: boolean | null = null;

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function presentationModeOn(): boolean {
  if (current === null) current = read();
  return current;
}

export function setPresentationMode(on: boolean): void {
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage can be unavailable (private mode); the mode then lasts for this session only.
  }
  current = on;
  for (const listener of listeners) listener();
}

export function togglePresentationMode(): void {
  setPresentationMode(!presentationModeOn());
}

export function usePresentationMode(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    presentationModeOn,
    presentationModeOn,
  );
}

/** Another window or tab of the app changed the mode: follow it. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    current = event.newValue === 'on';
    for (const listener of listeners) listener();
  });
}

/**
 * Whether single-key shortcuts (T, 1–9, S, P…) are on. WCAG 2.1.4: they act only while the
 * transcript has focus, and the researcher can turn them off. Kept in localStorage per machine.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'groundwork.singleKeyShortcuts';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSingleKeyShortcuts(on: boolean): void {
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage can be unavailable (private mode); the setting then lasts for this session only.
  }
  current = on;
  for (const listener of listeners) listener();
}

let current: boolean | null = null;

export function singleKeyShortcutsOn(): boolean {
  if (current === null) current = read();
  return current;
}

export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    singleKeyShortcutsOn,
    singleKeyShortcutsOn,
  );
}

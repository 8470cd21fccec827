/**
 * Toasts: short confirmations at the bottom of the window, with at most one action ("Undo").
 * A tiny module store so any screen can show one without threading props.
 */
import { useEffect, useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void };
  tone?: 'neutral' | 'error';
  /** A newer toast of the same group replaces the older one (successive undos). */
  group?: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Shows a toast for a few seconds (longer when it offers an action); returns its id. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  // Undo always undoes the latest step, so an older "Undo" toast would undo the wrong thing (and
  // successive edits piled them over the screen): every Undo toast shares one group.
  const group = toast.group ?? (toast.action?.label === 'Undo' ? 'history' : undefined);
  const others = group ? toasts.filter((t) => t.group !== group) : toasts;
  toasts = [...others.slice(-2), { ...toast, id, ...(group ? { group } : {}) }];
  emit();
  return id;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => toasts;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    const timer = window.setTimeout(() => dismissToast(toast.id), toast.action ? 8000 : 4000);
    return () => window.clearTimeout(timer);
  }, [toast]);
  return (
    <div className={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}>
      <span className="toast-message">{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className="btn btn-quiet toast-action"
          onClick={() => {
            dismissToast(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label="Dismiss"
        onClick={() => dismissToast(toast.id)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}

/** The live region every toast is announced from; rendered once by the frame. */
export function Toasts() {
  const list = useSyncExternalStore(subscribe, snapshot, snapshot);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

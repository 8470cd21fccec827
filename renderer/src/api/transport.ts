/** How the UI reaches the core: Electron's preload bridge or the web host's HTTP bridge. */
import type { Envelope } from '../../../shared/ipc/envelope';
import type { PushEvent } from '../../../shared/ipc/events';
import { openEventStream, type EventStream } from './eventStream';
import type { WorkerReply } from './rpcWorker';
import { webSession, type WebSession } from './webSession';

export type EventListener = (event: PushEvent) => void;

/** What the Electron preload exposes as `window.bridge`, plus uploads where the host takes them. */
export interface Transport {
  rpc(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
  /**
   * The web host only (it has no file dialogs): streams a file's bytes to the core, which stores it
   * and answers with an envelope. Absent in Electron, where the user picks files in main's dialogs.
   */
  upload?(path: string, file: Blob): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    bridge?: Transport;
  }
}

const UNREACHABLE: Envelope<never> = {
  ok: false,
  error: {
    code: 'IO',
    message: 'Groundwork’s background service did not answer. Check that it is still running, then try again.',
  },
};

function httpFailure(status: number): Envelope<never> {
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `Groundwork’s background service answered with an error (HTTP ${status}).` },
  };
}

/** Writes whose input can be large (a long note, a transcript file): posted from a worker. */
export const OFF_THREAD_METHODS: ReadonlySet<string> = new Set(['notes.save', 'imports.stageFile', 'refi.stageFile']);

/** A function posting through the RPC worker, or null where workers are unavailable (tests in jsdom). */
function offThreadPoster():
  ((url: string, input: unknown, headers: Record<string, string>) => Promise<WorkerReply>) | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  return (url, input, headers) => {
    if (!worker) {
      worker = new Worker(new URL('./rpcWorker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      });
    }
    const id = ++next;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      worker!.postMessage({ id, url: new URL(url, location.href).href, input, headers });
    });
  };
}

/**
 * Same-origin HTTP: POST /rpc/<method> with a JSON body and the session token as a header; pushes
 * arrive as server-sent events on /events. No cookie is sent or accepted (webSession.ts says why).
 */
export function httpTransport(base = '', session: () => Promise<WebSession | null> = () => webSession()): Transport {
  const listeners = new Set<EventListener>();
  let stream: EventStream | null = null;

  async function authHeaders(): Promise<Record<string, string>> {
    const signedIn = await session();
    return signedIn ? { Authorization: `Bearer ${signedIn.token}` } : {};
  }

  function connect(): void {
    if (stream || typeof fetch === 'undefined' || typeof ReadableStream === 'undefined') return;
    stream = openEventStream(`${base}/events`, authHeaders, (data) => {
      let event: PushEvent;
      try {
        event = JSON.parse(data) as PushEvent;
      } catch {
        return;
      }
      for (const listener of listeners) listener(event);
    });
  }

  const offThread = offThreadPoster();
  return {
    async rpc(method, input) {
      const url = `${base}/rpc/${encodeURIComponent(method)}`;
      const auth = await authHeaders();
      if (offThread && OFF_THREAD_METHODS.has(method)) {
        const reply = await offThread(url, input, auth);
        if ('unreachable' in reply) return UNREACHABLE;
        return readEnvelope(reply.body) ?? httpFailure(reply.status);
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json', ...auth },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return UNREACHABLE;
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined; // not JSON
      }
      return readEnvelope(body) ?? httpFailure(response.status);
    },
    async upload(path, file) {
      let response: Response;
      try {
        response = await fetch(`${base}/${path}`, {
          method: 'PUT',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/octet-stream', ...(await authHeaders()) },
          body: file,
        });
      } catch {
        return UNREACHABLE;
      }
      const body: unknown = await response.json().catch(() => undefined);
      return readEnvelope(body) ?? httpFailure(response.status);
    },
    onEvent(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.close();
          stream = null;
        }
      };
    },
  };
}

/** Electron: the preload's bridge already speaks envelopes; a rejection or a malformed answer becomes one too. */
export function bridgeTransport(bridge: Transport): Transport {
  return {
    rpc: (method, input) =>
      bridge.rpc(method, input).then(
        (value) => readEnvelope(value) ?? MALFORMED,
        () => UNREACHABLE,
      ),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

const MALFORMED: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Groundwork’s background service sent an answer it could not read.' },
};

/** The value as an envelope, or null when it is not one. */
function readEnvelope(value: unknown): Envelope<unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const candidate = value as { ok?: unknown; error?: unknown };
  if (candidate.ok === true) return value as Envelope<unknown>;
  if (candidate.ok === false && candidate.error && typeof candidate.error === 'object')
    return value as Envelope<unknown>;
  return null;
}

export function pickTransport(win: Window = window): Transport {
  return win.bridge ? bridgeTransport(win.bridge) : httpTransport();
}

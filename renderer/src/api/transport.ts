/** How the UI reaches the core: Electron's preload bridge or the web host's HTTP bridge. */
import type { Envelope } from '../../../shared/ipc/envelope';
import type { PushEvent } from '../../../shared/ipc/events';

export type EventListener = (event: PushEvent) => void;

/** Exactly what the Electron preload exposes as `window.bridge`. */
export interface Transport {
  rpc(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: EventListener): () => void;
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

/** Same-origin HTTP: POST /rpc/<method> with a JSON body; pushes arrive as server-sent events on /events. */
export function httpTransport(base = ''): Transport {
  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;

  function connect(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/events`);
    source.onmessage = (message) => {
      let event: PushEvent;
      try {
        event = JSON.parse(String(message.data)) as PushEvent;
      } catch {
        return;
      }
      for (const listener of listeners) listener(event);
    };
  }

  return {
    async rpc(method, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
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
      const envelope = readEnvelope(body);
      if (envelope) return envelope;
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `Groundwork’s background service answered with an error (HTTP ${response.status}).`,
        },
      };
    },
    onEvent(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
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

/**
 * Posts one RPC off the page's main thread. A long note's autosave sends a ~1 MB document several
 * times a second; serialising it, encoding it and handing it to fetch took ~30 ms of main-thread
 * time per save, and those landed between keystrokes. Here they cost the page only a structured
 * clone of the input. Used by httpTransport for the methods in OFF_THREAD_METHODS; the page passes
 * the session header with each request.
 */
interface Request {
  id: number;
  url: string;
  input: unknown;
  /** The session's Authorization header. */
  headers: Record<string, string>;
}

export type WorkerReply = { id: number; status: number; body: unknown } | { id: number; unreachable: true };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
  postMessage(message: WorkerReply): void;
};

scope.addEventListener('message', (event) => {
  const { id, url, input, headers } = event.data;
  void (async () => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      scope.postMessage({ id, unreachable: true });
      return;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined; // not JSON
    }
    scope.postMessage({ id, status: response.status, body });
  })();
});

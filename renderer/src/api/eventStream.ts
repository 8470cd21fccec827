/**
 * Server-sent events read with fetch instead of EventSource, because EventSource cannot send an
 * Authorization header (and the web host takes no cookie). Reconnects with a growing delay, as
 * EventSource would; `close()` stops it for good.
 */
export interface EventStream {
  close(): void;
}

export function openEventStream(
  url: string,
  headers: () => Promise<Record<string, string>>,
  onData: (data: string) => void,
): EventStream {
  const controller = new AbortController();
  let delay = 500;

  async function run(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(url, {
          headers: { Accept: 'text/event-stream', ...(await headers()) },
          credentials: 'omit',
          cache: 'no-store',
          signal: controller.signal,
        });
        if (response.ok && response.body) {
          delay = 500;
          await read(response.body, onData);
        }
      } catch {
        /* dropped or refused: try again after the delay */
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }

  void run();
  return { close: () => controller.abort() };
}

async function read(body: ReadableStream<Uint8Array>, onData: (data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n');
      if (data) onData(data);
    }
  }
}

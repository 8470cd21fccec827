/** A Node-side client of the HTTP bridge, shaped like the in-process transport, for contract tests. */
import http from 'node:http';
import type { Envelope } from '../../shared/ipc/envelope';
import type { PushEvent } from '../../shared/ipc/events';
import type { Transport } from '../../electron/core/transports/inProcess';

export function httpTransport(baseUrl: string, token: string): Transport {
  const streams = new Set<http.ClientRequest>();
  return {
    async call(method, input) {
      const res = await fetch(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Envelope<unknown>;
    },
    subscribe(listener) {
      const req = http.get(`${baseUrl}/events`, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let idx: number;
          while ((idx = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, idx);
            buffer = buffer.slice(idx + 2);
            for (const line of frame.split('\n')) {
              if (line.startsWith('data: ')) listener(JSON.parse(line.slice(6)) as PushEvent);
            }
          }
        });
      });
      req.on('error', () => {});
      streams.add(req);
      return () => {
        req.destroy();
        streams.delete(req);
      };
    },
    async close() {
      for (const s of streams) s.destroy();
    },
  };
}

/** Waits until the SSE stream is connected: the bridge writes a comment first. */
export async function sseReady(baseUrl: string, token: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = http.get(`${baseUrl}/events`, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', reject);
  });
}

export interface RawResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request with full control over headers (Host, Origin, Content-Type), for the bridge's guards. */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      // The bridge may close the socket after answering 413 while we are still sending.
      if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return;
      reject(err);
    });
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

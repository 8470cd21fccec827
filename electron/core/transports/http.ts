/**
 * Loopback HTTP bridge: the same dispatch as IPC, for the web host and the e2e tests.
 * Binds 127.0.0.1 on a random port; every request needs the per-run token; Host and Origin
 * are checked (DNS rebinding, cross-site requests); only JSON bodies under a size cap.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { WireError } from '../../../shared/errors';
import { MEDIA_MIME, parseRange } from '../../../shared/http/range';
import { MAX_RPC_BYTES } from '../../../shared/ipc/limits';
import type { Core } from '../createCore';

export interface BridgeOptions {
  port?: number;
  token?: string;
  /** Folder of the built renderer; static files are served from here when set. */
  staticDir?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** The URL to open in a browser: it carries the token once, which becomes a cookie. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = MAX_RPC_BYTES;
const COOKIE = 'gw_token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function startHttpBridge(core: Core, opts: BridgeOptions = {}): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: 'The bridge failed.' });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return sendError(res, 403, { code: 'VALIDATION', message: 'Unexpected Host header.' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return sendError(res, 403, { code: 'VALIDATION', message: 'Requests from other sites are refused.' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // The launch URL carries the token once; it becomes an HttpOnly cookie and leaves the address bar.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && queryToken !== null) {
      if (!sameToken(queryToken, token)) return sendError(res, 403, { code: 'VALIDATION', message: 'Wrong token.' });
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }

    const presented = bearer(req) ?? cookie(req, COOKIE);
    if (presented === null) {
      return sendError(res, 401, { code: 'VALIDATION', message: 'This Groundwork session needs its token. Open the URL the app printed.' });
    }
    if (!sameToken(presented, token)) return sendError(res, 403, { code: 'VALIDATION', message: 'Wrong token.' });

    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (url.pathname === '/events' && req.method === 'GET') return events(res);
    const media = /^\/media\/(\d+)$/.exec(url.pathname);
    if (media && (req.method === 'GET' || req.method === 'HEAD')) return streamMedia(req, res, core.mediaFile(Number(media[1])));
    if (req.method === 'GET' && opts.staticDir) return serveStatic(res, opts.staticDir, url.pathname);
    return sendError(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
  }

  async function rpc(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST.' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      return sendError(res, 415, { code: 'VALIDATION', message: 'Only application/json is accepted.' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return tooLarge(req, res, maxBody);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBody) return tooLarge(req, res, maxBody);
      chunks.push(chunk as Buffer);
    }
    let input: unknown;
    try {
      const body = Buffer.concat(chunks).toString('utf8');
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendError(res, 400, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    }
    const envelope = await core.dispatch(method, input);
    sendJson(res, 200, envelope);
  }

  function events(res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  }

  const unsubscribe = core.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    launchUrl: `${url}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        clearInterval(heartbeat);
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tooLarge(req: http.IncomingMessage, res: http.ServerResponse, maxBody: number): void {
  // Answer first, then drop the connection: the rest of the body is never read into memory.
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.destroy());
  const limit = maxBody >= 1024 * 1024 ? `${Math.round(maxBody / 1024 / 1024)} MB` : `${Math.round(maxBody / 1024)} KB`;
  sendError(res, 413, { code: 'TOO_LARGE', message: `The request is larger than ${limit}.` });
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  const base = path.resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return sendError(res, 400, { code: 'VALIDATION', message: 'Bad path.' });
  }
  const target = path.resolve(base, `.${path.posix.normalize(`/${rel}`)}`);
  // Traversal guard: the resolved file must stay inside the renderer folder.
  if (target !== base && !target.startsWith(base + path.sep)) {
    return sendError(res, 403, { code: 'VALIDATION', message: 'Outside the app folder.' });
  }
  let file = target;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // Unknown paths without an extension are client routes: serve the app shell.
    if (path.extname(rel)) return sendError(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    file = path.join(base, 'index.html');
  }
  const ext = path.extname(file);
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': ext === '.html' ? 'no-store' : 'max-age=3600',
    'Referrer-Policy': 'no-referrer',
  });
  fs.createReadStream(file).pipe(res);
}

/** Streams a recording with byte ranges, so players can seek without loading the whole file. */
function streamMedia(req: http.IncomingMessage, res: http.ServerResponse, file: string | null): void {
  if (!file) return sendError(res, 404, { code: 'NOT_FOUND', message: 'This interview has no playable recording.' });
  const size = fs.statSync(file).size;
  const type = MEDIA_MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const range = parseRange(req.headers.range, size);
  const base = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...base, 'Content-Range': `bytes */${size}` });
    return void res.end();
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  res.writeHead(range.kind === 'partial' ? 206 : 200, {
    ...base,
    'Content-Length': size === 0 ? 0 : end - start + 1,
    ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD' || size === 0) return void res.end();
  fs.createReadStream(file, { start, end }).pipe(res);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: WireError): void {
  sendJson(res, status, { ok: false, error });
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : '';
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

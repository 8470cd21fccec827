/**
 * Loopback HTTP bridge: the same dispatch as IPC, for the web host and the e2e tests.
 * Binds 127.0.0.1 on a random port. Host and Origin are checked (DNS rebinding, cross-site
 * requests); only JSON bodies under a size cap. Every call carries the session token in an
 * Authorization header — never a cookie, because cookies ignore ports and would reach every other
 * program serving pages on 127.0.0.1. The page gets the token once, by trading the launch code
 * from its URL fragment (which no server ever sees) at POST /session; the code then stops working.
 * Static files of the renderer are public (they hold no secret); calls, events and media are not.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppError } from '../../../shared/errors';
import { MAX_RPC_BYTES } from '../../../shared/ipc/limits';
import { fileTooLarge, DEFAULT_MAX_BYTES as MAX_TRANSCRIPT_BYTES, resolveLimits } from '../services/import/limits';
import type { Core } from '../createCore';
import { documentTooLarge, MAX_DOCUMENT_BYTES } from '../services/documents/importer';
import { serveStatic, streamMedia } from './httpFiles';
import { applySecurityHeaders, sendError, sendJson } from './httpReply';

export interface BridgeOptions {
  port?: number;
  token?: string;
  /** Folder of the built renderer; static files are served from here when set. */
  staticDir?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** The URL to open in a browser, once: its fragment holds the launch code the page trades for the token. */
  launchUrl: string;
  port: number;
  /** The session token, for API clients that send `Authorization: Bearer` themselves (tests, scripts). */
  token: string;
  close(): Promise<void>;
}

/** What the page receives for its launch code: the token for calls, a narrower key for media URLs. */
export interface WebSessionGrant {
  token: string;
  /** Lets `<audio>`/`<video>` (which cannot send headers) stream recordings, and nothing else. */
  mediaKey: string;
}

export const DEFAULT_MAX_BODY = MAX_RPC_BYTES;
const SESSION_BODY_MAX = 1024;

export async function startHttpBridge(core: Core, opts: BridgeOptions = {}): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  const mediaKey = randomBytes(32).toString('hex');
  let launchCode: string | null = randomBytes(32).toString('hex');
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const server = http.createServer((req, res) => {
    applySecurityHeaders(res);
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

    if (url.pathname === '/session') return trade(req, res);
    if (url.pathname.startsWith('/rpc/')) {
      if (!authorised(req, res)) return;
      return rpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    }
    if (url.pathname === '/events') {
      if (!authorised(req, res)) return;
      if (req.method !== 'GET') return sendError(res, 405, { code: 'VALIDATION', message: 'Use GET.' });
      return events(res);
    }
    if (url.pathname === '/upload/transcript') {
      if (!authorised(req, res)) return;
      return stageUpload(req, res, url.searchParams.get('name') ?? '');
    }
    if (url.pathname === '/upload/document') {
      if (!authorised(req, res)) return;
      return stageDocumentUpload(req, res, url.searchParams.get('name') ?? '');
    }
    if (url.pathname === '/upload/merge') {
      if (!authorised(req, res)) return;
      return stageMergeUpload(req, res, url.searchParams.get('name') ?? '');
    }
    const upload = /^\/upload\/media\/(\d+)$/.exec(url.pathname);
    if (upload) {
      if (!authorised(req, res)) return;
      return uploadRecording(req, res, Number(upload[1]), url.searchParams.get('name') ?? '');
    }
    const media = /^\/media\/(\d+)$/.exec(url.pathname);
    if (media) {
      const key = url.searchParams.get('key');
      if (!(key !== null && sameToken(key, mediaKey)) && !authorised(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, 405, { code: 'VALIDATION', message: 'Use GET.' });
      return streamMedia(req, res, core.mediaFile(Number(media[1])));
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && opts.staticDir) {
      return serveStatic(res, opts.staticDir, url.pathname, req.method === 'HEAD');
    }
    return sendError(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
  }

  /** True when the request carries the session token; otherwise answers 401/403 and returns false. */
  function authorised(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const presented = bearer(req);
    if (presented === null) {
      sendError(res, 401, {
        code: 'VALIDATION',
        message: 'This page is not signed in to Groundwork. Open the link the web host printed when it started.',
      });
      return false;
    }
    if (!sameToken(presented, token)) {
      sendError(res, 403, {
        code: 'VALIDATION',
        message:
          'This page signed in to an earlier run of Groundwork. Open the link the web host printed when it started.',
      });
      return false;
    }
    return true;
  }

  /** POST /session {launch}: the one-time launch code becomes the session token, once. */
  async function trade(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST.' });
    if (!isJson(req)) return sendError(res, 415, { code: 'VALIDATION', message: 'Only application/json is accepted.' });
    const body = await readBody(req, res, SESSION_BODY_MAX);
    if (body === null) return;
    let launch: unknown;
    try {
      launch = (JSON.parse(body.toString('utf8')) as { launch?: unknown }).launch;
    } catch {
      return sendError(res, 400, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    }
    if (launchCode === null) {
      return sendError(res, 410, {
        code: 'VALIDATION',
        message: 'This Groundwork link has been used already. Restart the web host for a new link.',
      });
    }
    if (typeof launch !== 'string' || !sameToken(launch, launchCode)) {
      return sendError(res, 403, { code: 'VALIDATION', message: 'This is not the link Groundwork printed.' });
    }
    launchCode = null;
    const grant: WebSessionGrant = { token, mediaKey };
    sendJson(res, 200, { ok: true, value: grant });
  }

  async function rpc(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST.' });
    if (!isJson(req)) return sendError(res, 415, { code: 'VALIDATION', message: 'Only application/json is accepted.' });
    const body = await readBody(req, res, maxBody);
    if (body === null) return;
    let input: unknown;
    try {
      const text = body.toString('utf8');
      input = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      return sendError(res, 400, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    }
    const envelope = await core.dispatch(method, input);
    sendJson(res, 200, envelope);
  }

  /**
   * PUT /upload/transcript?name=<file name>: a transcript's raw bytes for a preview. No JSON and no
   * base64 to decode on this thread (a 50 MB file as JSON cost ~300 ms of it); the bytes go on to the
   * import worker.
   */
  async function stageUpload(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const body = await rawBody(req, res, 'the transcript', MAX_TRANSCRIPT_BYTES, (size) =>
      fileTooLarge(size, name || 'The file', resolveLimits(undefined)),
    );
    if (body !== null) sendJson(res, 200, await core.host.stageUpload(name, body));
  }

  /**
   * PUT /upload/document?name=<file name>: a CSV or XLSX export's raw bytes, staged for document
   * import like `documents.stageFile` but without the base64 (a 20 MB export is 27 MB of it, and
   * decoding that stalled this thread ~230 ms); the bytes move on to the import worker.
   */
  async function stageDocumentUpload(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const body = await rawBody(req, res, 'the export', MAX_DOCUMENT_BYTES, (size) =>
      documentTooLarge(size, name || 'The file'),
    );
    if (body !== null) sendJson(res, 200, await core.host.stageDocumentUpload(name, body));
  }

  /** A raw-bytes upload's body, or null once a refusal (method, type, size) has been answered. */
  async function rawBody(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    what: string,
    max: number,
    tooLarge: (size: number) => AppError,
  ): Promise<Buffer | null> {
    if (req.method !== 'PUT') {
      sendError(res, 405, { code: 'VALIDATION', message: 'Use PUT.' });
      return null;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      sendError(res, 415, { code: 'VALIDATION', message: `Send ${what} as application/octet-stream.` });
      return null;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      // In the importer's own words, before a byte is read.
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
      sendError(res, 413, tooLarge(declared).toWire());
      return null;
    }
    return Number.isSafeInteger(declared) && declared > 0 ? readDeclared(req, res, declared) : readBody(req, res, max);
  }

  /**
   * PUT /upload/merge?name=<file name>: a colleague's copy (or a .qdpx) to merge from, streamed into the
   * merge's private copy — a study's file is hundreds of MB, past what base64 through a call can carry.
   */
  async function stageMergeUpload(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'PUT') return sendError(res, 405, { code: 'VALIDATION', message: 'Use PUT.' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      return sendError(res, 415, { code: 'VALIDATION', message: 'Send the project as application/octet-stream.' });
    }
    const envelope = await core.host.stageMergeUpload(name, req);
    if (!envelope.ok) {
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
    }
    sendJson(res, 200, envelope);
  }

  /** PUT /upload/media/<id>?name=<file name>: the recording's bytes, streamed to disk by the core. */
  async function uploadRecording(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    interviewId: number,
    name: string,
  ): Promise<void> {
    if (req.method !== 'PUT') return sendError(res, 405, { code: 'VALIDATION', message: 'Use PUT.' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/octet-stream') {
      return sendError(res, 415, { code: 'VALIDATION', message: 'Send the recording as application/octet-stream.' });
    }
    const envelope = await core.host.uploadRecording(interviewId, name, req);
    if (!envelope.ok) {
      // Stop reading a refused upload; the answer goes first.
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
    }
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
    launchUrl: `${url}/#launch=${launchCode}`,
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

function isJson(req: http.IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** The body, or null after answering 413 when it passes `max` (declared or streamed). */
async function readBody(req: http.IncomingMessage, res: http.ServerResponse, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    tooLarge(req, res, max);
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) {
      tooLarge(req, res, max);
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A raw upload of the size it declared, copied chunk by chunk into one buffer allocated up front: no
 * `Buffer.concat` at the end, which for a 20 MB file copied (and first touched) every byte in one go,
 * ~100 ms of the answering thread. The buffer owns its memory, so it moves to the import worker as is.
 */
async function readDeclared(req: http.IncomingMessage, res: http.ServerResponse, size: number): Promise<Buffer | null> {
  const body = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for await (const chunk of req) {
    const bytes = chunk as Buffer;
    if (at + bytes.length > size) {
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.destroy());
      sendError(res, 400, { code: 'VALIDATION', message: 'The upload is longer than it said it would be.' });
      return null;
    }
    bytes.copy(body, at);
    at += bytes.length;
  }
  if (at !== size) {
    sendError(res, 400, { code: 'VALIDATION', message: 'The upload ended before all of the file arrived.' });
    return null;
  }
  return body;
}

function tooLarge(req: http.IncomingMessage, res: http.ServerResponse, maxBody: number): void {
  // Answer first, then drop the connection: the rest of the body is never read into memory.
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.destroy());
  const limit = maxBody >= 1024 * 1024 ? `${Math.round(maxBody / 1024 / 1024)} MB` : `${Math.round(maxBody / 1024)} KB`;
  sendError(res, 413, { code: 'TOO_LARGE', message: `The request is larger than ${limit}.` });
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : '';
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

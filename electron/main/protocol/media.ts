/**
 * app://groundwork/media/<interviewId>: streams an interview's recording with byte ranges so the
 * player can seek. The path comes from the core (the interview's stored recording), never from the URL.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { Readable } from 'node:stream';
import { MEDIA_MIME, parseRange } from '../../../shared/http/range';
import { securityHeaders } from '../security/csp';

export const MEDIA_PATH = /^\/media\/(\d+)$/;

export function isMediaRequest(url: string): boolean {
  try {
    return MEDIA_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export function createMediaHandler(
  resolve: (interviewId: number) => string | null,
): (request: Pick<Request, 'url' | 'method' | 'headers'>) => Promise<Response> {
  return async (request) => {
    const match = MEDIA_PATH.exec(new URL(request.url).pathname);
    if (!match) return new Response('Not found.', { status: 404, headers: securityHeaders() });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed.', { status: 405, headers: securityHeaders() });
    const file = resolve(Number(match[1]));
    if (!file) return new Response('This interview has no playable recording.', { status: 404, headers: securityHeaders() });
    const size = (await fs.promises.stat(file)).size;
    const base = {
      ...securityHeaders(),
      'Content-Type': MEDIA_MIME[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
    };
    const range = parseRange(request.headers.get('range'), size);
    if (range.kind === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } });
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
    const headers = {
      ...base,
      'Content-Length': String(size === 0 ? 0 : end - start + 1),
      ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    };
    const body = request.method === 'HEAD' || size === 0 ? null : (Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream);
    return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
  };
}

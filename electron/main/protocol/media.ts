/**
 * app://groundwork/media/<interviewId>: streams an interview's recording with byte ranges so the
 * player can seek. The path comes from the core (the interview's stored recording), never from the
 * URL, and the core opens it: only a regular file, sized by fstat, streamed from that descriptor.
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

/** A recording the core opened (core.openMedia): its descriptor, size and path. */
export interface OpenedMedia {
  path: string;
  fd: number;
  size: number;
  close(): void;
}

export function createMediaHandler(
  /** Null when the interview has no recording; throws (with a sentence) when it is not a regular file. */
  resolve: (interviewId: number) => OpenedMedia | null,
): (request: Pick<Request, 'url' | 'method' | 'headers'>) => Promise<Response> {
  return async (request) => {
    const match = MEDIA_PATH.exec(new URL(request.url).pathname);
    if (!match) return new Response('Not found.', { status: 404, headers: securityHeaders() });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed.', { status: 405, headers: securityHeaders() });
    let opened: OpenedMedia | null;
    try {
      opened = resolve(Number(match[1]));
    } catch (err) {
      return new Response(err instanceof Error ? err.message : 'The recording could not be read.', {
        status: 404,
        headers: securityHeaders(),
      });
    }
    if (!opened)
      return new Response('This interview has no playable recording.', { status: 404, headers: securityHeaders() });
    const { path: file, size } = opened;
    const base = {
      ...securityHeaders(),
      'Content-Type': MEDIA_MIME[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
    };
    const range = parseRange(request.headers.get('range'), size);
    if (range.kind === 'unsatisfiable') {
      opened.close();
      return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } });
    }
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
    const headers = {
      ...base,
      'Content-Length': String(size === 0 ? 0 : end - start + 1),
      ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    };
    if (request.method === 'HEAD' || size === 0) {
      opened.close();
      return new Response(null, { status: range.kind === 'partial' ? 206 : 200, headers });
    }
    // From the descriptor the core checked, not the path looked up again.
    const body = Readable.toWeb(
      fs.createReadStream('', { fd: opened.fd, start, end, autoClose: true }),
    ) as ReadableStream;
    return new Response(body, { status: range.kind === 'partial' ? 206 : 200, headers });
  };
}

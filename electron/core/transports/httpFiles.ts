/**
 * What the loopback bridge serves from disk: the built renderer (static, public — it holds no
 * secret) and interview recordings (behind the token). Both read only regular files through an
 * fstat-checked descriptor; the static server never follows a symlink out of its root.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { MEDIA_MIME, parseRange } from '../../../shared/http/range';
import { openRegularFile, type OpenedFile } from '../files/regularFile';
import { sendError } from './httpReply';

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

/** The file for a request path, or null when the path or its real location leaves the root. */
export function staticTarget(root: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, `.${path.posix.normalize(`/${rel}`)}`);
  return inside(base, target) ? target : null;
}

function inside(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of `file` when it exists and stays inside the real root; null otherwise. */
function realInside(root: string, file: string): string | null {
  try {
    const real = fs.realpathSync(file);
    return inside(fs.realpathSync(root), real) ? real : null;
  } catch {
    return null;
  }
}

export function serveStatic(res: http.ServerResponse, root: string, pathname: string, headOnly: boolean): void {
  const target = staticTarget(root, pathname);
  if (target === null) return sendError(res, 403, { code: 'VALIDATION', message: 'Outside the app folder.' });
  let real = realInside(root, target);
  let opened = real ? tryOpen(real) : null;
  if (!opened) {
    // Unknown paths without an extension are client routes: serve the app shell.
    if (path.extname(target)) return sendError(res, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    real = realInside(root, path.join(root, 'index.html'));
    opened = real ? tryOpen(real) : null;
    if (!real || !opened)
      return sendError(res, 404, { code: 'NOT_FOUND', message: 'The app is not built. Run `npm run build:renderer`.' });
  }
  const ext = path.extname(real!);
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Length': opened.size,
    'Cache-Control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  pipeFrom(res, opened, 0, opened.size - 1, headOnly);
}

function tryOpen(file: string): OpenedFile | null {
  try {
    return openRegularFile(file);
  } catch {
    return null;
  }
}

/** Streams a recording with byte ranges, so players can seek without loading the whole file. */
export function streamMedia(req: http.IncomingMessage, res: http.ServerResponse, file: string | null): void {
  if (!file) return sendError(res, 404, { code: 'NOT_FOUND', message: 'This interview has no playable recording.' });
  let opened: OpenedFile;
  try {
    opened = openRegularFile(file);
  } catch (err) {
    const message = err instanceof AppError ? err.message : 'The recording could not be read.';
    return sendError(res, 404, { code: 'NOT_FOUND', message });
  }
  const size = opened.size;
  const type = MEDIA_MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const range = parseRange(req.headers.range, size);
  const base = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  if (range.kind === 'unsatisfiable') {
    opened.close();
    res.writeHead(416, { ...base, 'Content-Range': `bytes */${size}` });
    return void res.end();
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  res.writeHead(range.kind === 'partial' ? 206 : 200, {
    ...base,
    'Content-Length': size === 0 ? 0 : end - start + 1,
    ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  pipeFrom(res, opened, start, end, req.method === 'HEAD');
}

/** Streams [start, end] of the checked descriptor — the file fstat looked at, not a path looked up again. */
function pipeFrom(res: http.ServerResponse, opened: OpenedFile, start: number, end: number, headOnly: boolean): void {
  if (headOnly || opened.size === 0) {
    opened.close();
    return void res.end();
  }
  const stream = fs.createReadStream('', { fd: opened.fd, start, end, autoClose: true });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

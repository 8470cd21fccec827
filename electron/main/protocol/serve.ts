/**
 * The app:// request handler: serves the built renderer (dist/renderer) read-only, through the
 * traversal guard, with correct MIME types and the CSP header. Plain Request -> Response, so it
 * is tested without Electron.
 */
import fs from 'node:fs/promises';
import nodePath from 'node:path';
import { securityHeaders } from '../security/csp';
import { mimeTypeFor } from './mime';
import { INDEX_FILE, resolveAppPath } from './resolveAppPath';

export interface FileReader {
  /** The file's bytes, or null when it does not exist or is not a regular file. */
  read(file: string): Promise<Uint8Array | null>;
}

/**
 * Reads files from disk, but only those whose real path (symlinks followed) is still inside
 * the root: a symlink in the renderer folder cannot expose the rest of the disk.
 */
export function diskReader(root: string): FileReader {
  let realRoot: Promise<string> | null = null;
  return {
    async read(file) {
      try {
        realRoot ??= fs.realpath(root);
        const [base, real] = await Promise.all([realRoot, fs.realpath(file)]);
        const rel = nodePath.relative(base, real);
        if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) return null;
        const stat = await fs.stat(real);
        if (!stat.isFile()) return null;
        return await fs.readFile(real);
      } catch {
        realRoot = null; // the root may appear later (built while the app runs)
        return null;
      }
    },
  };
}

export function createAppProtocolHandler(
  root: string,
  reader: FileReader = diskReader(root),
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
    const file = resolveAppPath(root, request.url);
    if (file === null) return plain(404, 'Not found.');

    let body = await reader.read(file);
    let served = file;
    if (body === null) {
      // Extensionless unknown paths are client-side routes: answer with the app shell.
      if (nodePath.extname(file) !== '') return plain(404, 'Not found.');
      served = nodePath.join(nodePath.resolve(root), INDEX_FILE);
      body = await reader.read(served);
      if (body === null) return plain(404, 'The app is not built. Run `npm run build`.');
    }
    const headers = {
      ...securityHeaders(),
      'Content-Type': mimeTypeFor(served),
      'Cache-Control': 'no-cache',
    };
    // Node's Buffer-backed bytes are a valid body; the DOM typing of BodyInit is narrower than the runtime.
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Traversal guard for app:// requests: maps a request URL to a file inside the renderer folder,
 * or null. Every segment is decoded once and checked, so "..", "%2e%2e", encoded slashes and
 * backslashes, drive letters and NUL bytes cannot climb out of the root on any platform.
 */
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/origin';

type PathApi = Pick<typeof nodePath, 'resolve' | 'join' | 'relative' | 'isAbsolute' | 'sep'>;

export const INDEX_FILE = 'index.html';

export function resolveAppPath(root: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push(INDEX_FILE);

  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, pathApi.join(...segments));
  // Belt and braces: whatever the segments were, the result must sit strictly inside the root.
  const rel = pathApi.relative(base, target);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return target;
}

function isSafeSegment(segment: string): boolean {
  if (/^\.+$/.test(segment.trim())) return false; // ".", "..", and Windows' "..." / ".. "
  // After decoding, a separator or a drive/stream colon inside one segment is an attack, not a file name.
  if (/[/\\:\0]/.test(segment)) return false;
  // Windows drops trailing dots and spaces, so "a." and "a " would name another file there.
  if (/[. ]$/.test(segment)) return false;
  return true;
}

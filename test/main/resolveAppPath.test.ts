import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../electron/main/protocol/resolveAppPath';

const ROOT = path.resolve(os.tmpdir(), 'gw-renderer-root');

function inside(root: string, file: string, p: typeof path = path): boolean {
  const rel = p.relative(p.resolve(root), file);
  return rel !== '' && !rel.startsWith('..') && !p.isAbsolute(rel);
}

describe('resolveAppPath (traversal guard)', () => {
  it('maps app://groundwork paths to files inside the root', () => {
    expect(resolveAppPath(ROOT, 'app://groundwork/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://groundwork/assets/main-abc123.js')).toBe(
      path.join(ROOT, 'assets', 'main-abc123.js'),
    );
    expect(resolveAppPath(ROOT, 'app://groundwork/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://groundwork/fonts/Inter%20Regular.woff2')).toBe(
      path.join(ROOT, 'fonts', 'Inter Regular.woff2'),
    );
    expect(resolveAppPath(ROOT, 'app://groundwork/index.html?x=1#/route')).toBe(path.join(ROOT, 'index.html'));
  });

  it.each([
    'app://groundwork/..%2F..%2Fetc%2Fpasswd',
    'app://groundwork/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://groundwork/assets/..%2F..%2F..%2Fsecret',
    'app://groundwork/..%5C..%5Cwindows%5Cwin.ini',
    'app://groundwork/assets\\..\\..\\secret',
    'app://groundwork/%252e%252e/%2e%2e%5csecret',
    'app://groundwork/C:/Windows/win.ini',
    'app://groundwork/C%3A%5CWindows%5Cwin.ini',
    'app://groundwork/%2Fetc%2Fpasswd',
    'app://groundwork/%5C%5Cserver%5Cshare',
    'app://groundwork/index.html%00.png',
    'app://groundwork/...',
    'app://groundwork/..%20',
    'app://groundwork/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    'app://groundwork/../../etc/passwd',
    'app://groundwork/%2e%2e/%2e%2e/etc/passwd',
    'app://groundwork/%2E%2E/secret',
    'app://groundwork/a/./../../../../secret',
    'app://groundwork//etc/passwd',
    'app://groundwork///etc/passwd',
  ])('keeps %s inside the root (the URL parser already removed the dot segments)', (url) => {
    const resolved = resolveAppPath(ROOT, url);
    if (resolved !== null) expect(inside(ROOT, resolved)).toBe(true);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(ROOT, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(ROOT, 'https://groundwork/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, 'not a url')).toBeNull();
  });

  it('guards Windows paths too (backslashes and drive letters are separators there)', () => {
    const winRoot = 'C:\\Program Files\\Groundwork\\resources\\app\\dist\\renderer';
    expect(resolveAppPath(winRoot, 'app://groundwork/assets/app.js', path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    for (const url of [
      'app://groundwork/..%5C..%5Csecret',
      'app://groundwork/assets%5C..%5C..%5C..%5Csecret',
      'app://groundwork/D:%5Csecret',
      'app://groundwork/assets/..\\..\\secret',
      'app://groundwork/%5C%5Cserver%5Cshare%5Cx',
      'app://groundwork/index.html::$DATA',
      'app://groundwork/secret.',
    ]) {
      const resolved = resolveAppPath(winRoot, url, path.win32);
      expect(resolved === null || inside(winRoot, resolved, path.win32), url).toBe(true);
    }
  });

  it('never escapes a real folder, even through hundreds of generated paths', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-guard-'));
    const pieces = ['..', '%2e%2e', '%2E%2e', '.', '%2f', '%5c', '\\', 'etc', 'passwd', '%00', 'C:', '%2e', '...'];
    let n = 0;
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const url = `app://groundwork/${a}/${b}${c}/x`;
          const resolved = resolveAppPath(root, url);
          if (resolved !== null) expect(inside(root, resolved), url).toBe(true);
          n += 1;
        }
    expect(n).toBe(pieces.length ** 3);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

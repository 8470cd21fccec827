import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../electron/main/protocol/mime';
import { createAppProtocolHandler } from '../../electron/main/protocol/serve';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Groundwork</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(root, 'assets', 'font.woff2'), 'x');
  // A secret beside the renderer folder, which a traversal would reach.
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)({ url, method });

describe('app:// protocol handler', () => {
  it('serves the app shell with the CSP and nosniff headers', async () => {
    const res = await get('app://groundwork/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Groundwork</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, type) => {
    const res = await get(`app://groundwork/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('answers client routes (no extension) with the app shell, and missing assets with 404', async () => {
    const route = await get('app://groundwork/interviews/12');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('app://groundwork/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://groundwork/..%2Fsecret.txt',
    'app://groundwork/%2e%2e%2fsecret.txt',
    'app://groundwork/..%5Csecret.txt',
    'app://groundwork/../secret.txt',
    'app://groundwork/%2e%2e/secret.txt',
    'app://other/secret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const res = await get(url);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('treats an encoded absolute path as a name inside the root, never as the file it names', async () => {
    const res = await get(`app://groundwork/${encodeURIComponent(path.join(base, 'secret.txt'))}`);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('does not serve folders', async () => {
    const dir = await get('app://groundwork/assets');
    // An extensionless folder name is a client route: the shell, never a listing.
    expect(await dir.text()).toContain('<title>Groundwork</title>');
  });

  it('refuses a symlink that leads out of the renderer folder', async () => {
    const link = path.join(root, 'assets', 'leak.txt');
    try {
      fs.symlinkSync(path.join(base, 'secret.txt'), link);
    } catch {
      return; // no symlink permission (Windows without developer mode)
    }
    const res = await get('app://groundwork/assets/leak.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('TOP SECRET');
    fs.rmSync(link);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://groundwork/index.html', 'POST')).status).toBe(405);
    const head = await get('app://groundwork/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows unknown extensions only as bytes', () => {
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
    expect(mimeTypeFor('A.JS')).toBe('text/javascript; charset=utf-8');
  });
});

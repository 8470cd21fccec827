/** The HTTP bridge's guards: token flow, headers, Host, Origin, content type, body size, static traversal and symlinks. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { tempDir } from '../support/core';
import { rawRequest } from '../support/httpTransport';

let core: Core;
let bridge: Bridge;
let staticDir: string;
const MAX = 64 * 1024;

beforeAll(async () => {
  const dir = tempDir();
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Groundwork</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  core = await createCore({ projectPath: path.join(dir, 'p.groundwork') });
  bridge = await startHttpBridge(core, { staticDir, maxBodyBytes: MAX });
});
afterAll(async () => {
  await bridge.close();
  core.close();
});

function host() {
  return `127.0.0.1:${bridge.port}`;
}

function post(method: string, body: string, headers: Record<string, string> = {}) {
  return rawRequest(bridge.port, {
    method: 'POST',
    path: `/rpc/${method}`,
    headers: {
      Host: host(),
      'Content-Type': 'application/json',
      Authorization: `Bearer ${bridge.token}`,
      ...headers,
    },
    body,
  });
}

async function companyCount(): Promise<number> {
  const env = await core.dispatch('companies.list', {});
  return (env as { value: unknown[] }).value.length;
}

describe('HTTP bridge guards', () => {
  it('accepts a well-formed call', async () => {
    const res = await post('companies.create', JSON.stringify({ name: 'Legit Co' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Legit Co' } });
  });

  it('answers 401 without a token and 403 with a wrong one, changing nothing', async () => {
    const before = await companyCount();
    const none = await post('companies.create', '{"name":"A"}', { Authorization: '' });
    expect(none.status).toBe(401);
    const wrong = await post('companies.create', '{"name":"B"}', { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    const wrongCookie = await post('companies.create', '{"name":"C"}', { Authorization: '', Cookie: 'gw_token=x' });
    expect(wrongCookie.status).toBe(401); // a cookie is no credential at all
    expect(await companyCount()).toBe(before);
  });

  it('answers 403 to a foreign Origin or Host (cross-site requests, DNS rebinding)', async () => {
    const before = await companyCount();
    const origin = await post('companies.create', '{"name":"D"}', { Origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
    const hostile = await post('companies.create', '{"name":"E"}', { Host: `evil.example:${bridge.port}` });
    expect(hostile.status).toBe(403);
    const ok = await post('companies.list', '{}', { Origin: `http://${host()}` });
    expect(ok.status).toBe(200);
    expect(await companyCount()).toBe(before);
  });

  it('answers 413 to an oversized body and 415 to a non-JSON one', async () => {
    const before = await companyCount();
    const big = await post('companies.create', JSON.stringify({ name: 'F', notes: 'x'.repeat(MAX * 2) }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('TOO_LARGE');
    const declared = JSON.stringify({ name: 'F2', notes: 'y'.repeat(MAX) });
    const bigDeclared = await post('companies.create', declared, {
      'Content-Length': String(Buffer.byteLength(declared)),
    });
    expect(bigDeclared.status).toBe(413);
    const form = await post('companies.create', 'name=G', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const text = await post('companies.create', '{"name":"H"}', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await companyCount()).toBe(before);
  });

  it('gives validation errors for unknown methods, broken JSON and invalid input', async () => {
    const before = await companyCount();
    const unknown = await post('companies.drop', '{}');
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD');
    const broken = await post('companies.create', '{"name": ');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('VALIDATION');
    const invalid = await post('companies.create', JSON.stringify({ name: 42 }));
    expect(JSON.parse(invalid.body).error.code).toBe('VALIDATION');
    const proto = await post('__proto__', '{}');
    expect(JSON.parse(proto.body).error.code).toBe('UNKNOWN_METHOD');
    expect(await companyCount()).toBe(before);
  });

  it('only allows POST for calls', async () => {
    const res = await rawRequest(bridge.port, {
      path: '/rpc/companies.list',
      headers: { Host: host(), Authorization: `Bearer ${bridge.token}` },
    });
    expect(res.status).toBe(405);
  });

  it('trades the launch code from the URL fragment for the token once, and never sets or accepts a cookie', async () => {
    const launch = new URL(bridge.launchUrl);
    expect(launch.search).toBe(''); // nothing in the query: the code never reaches a server log or a Referer
    const code = /^#launch=([0-9a-f]+)$/.exec(launch.hash)![1]!;
    const trade = (launchCode: string) =>
      rawRequest(bridge.port, {
        method: 'POST',
        path: '/session',
        headers: { Host: host(), 'Content-Type': 'application/json', Origin: `http://${host()}` },
        body: JSON.stringify({ launch: launchCode }),
      });
    expect((await trade('0'.repeat(64))).status).toBe(403);
    const first = await trade(code);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).value.token).toBe(bridge.token);
    expect(first.headers['set-cookie']).toBeUndefined();
    const again = await trade(code);
    expect(again.status).toBe(410);
    expect(JSON.parse(again.body).error.message).toMatch(/used already/);

    // The page itself is public (it holds no secret); the calls are not, and a cookie is no credential.
    const page = await rawRequest(bridge.port, { path: '/', headers: { Host: host() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Groundwork</title>');
    expect(page.headers['set-cookie']).toBeUndefined();
    const withCookie = await post('project.info', '{}', { Authorization: '', Cookie: `gw_token=${bridge.token}` });
    expect(withCookie.status).toBe(401);
    const legacy = await rawRequest(bridge.port, { path: `/?token=${bridge.token}`, headers: { Host: host() } });
    expect(legacy.headers['set-cookie']).toBeUndefined();
  });

  it('sends the app’s CSP, frame-ancestors none and X-Frame-Options DENY with every response', async () => {
    const answers = [
      await rawRequest(bridge.port, { path: '/', headers: { Host: host() } }),
      await rawRequest(bridge.port, { path: '/missing.js', headers: { Host: host() } }),
      await post('project.info', '{}'),
      await post('project.info', '{}', { Authorization: '' }),
      await post('project.info', '{}', { Origin: 'http://127.0.0.1:1' }),
      await rawRequest(bridge.port, { path: '/media/1', headers: { Host: host() } }),
      await rawRequest(bridge.port, { path: '/', headers: { Host: 'evil.example' } }),
    ];
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('streams recordings only with the token or the media key', async () => {
    const anon = await rawRequest(bridge.port, { path: '/media/1', headers: { Host: host() } });
    expect(anon.status).toBe(401);
    const wrongKey = await rawRequest(bridge.port, { path: '/media/1?key=guess', headers: { Host: host() } });
    expect(wrongKey.status).toBe(401);
    const withToken = await rawRequest(bridge.port, {
      path: '/media/1',
      headers: { Host: host(), Authorization: `Bearer ${bridge.token}` },
    });
    expect(withToken.status).toBe(404); // signed in; this interview has no recording
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    fs.symlinkSync(path.join(staticDir, '..', 'secret.txt'), path.join(staticDir, 'leak.js'));
    fs.symlinkSync('/dev/zero', path.join(staticDir, 'zero.js'));
    const leak = await rawRequest(bridge.port, { path: '/leak.js', headers: { Host: host() } });
    expect(leak.status).toBe(404);
    expect(leak.body).not.toContain('do not serve');
    const zero = await rawRequest(bridge.port, { path: '/zero.js', headers: { Host: host() } });
    expect(zero.status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..\\secret.txt',
    ]) {
      const res = await rawRequest(bridge.port, {
        path: p,
        headers: { Host: host() },
      });
      expect(res.body, p).not.toContain('do not serve');
    }
  });
});

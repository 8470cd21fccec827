/** The HTTP bridge's guards: token, Host, Origin, content type, body size, static traversal. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
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
    expect(wrongCookie.status).toBe(403);
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
    const bigDeclared = await post('companies.create', declared, { 'Content-Length': String(Buffer.byteLength(declared)) });
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

  it('turns the launch token into an HttpOnly SameSite cookie and serves the app with it', async () => {
    const launch = await rawRequest(bridge.port, { path: `/?token=${bridge.token}`, headers: { Host: host() } });
    expect(launch.status).toBe(303);
    const setCookie = String(launch.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const page = await rawRequest(bridge.port, { path: '/', headers: { Host: host(), Cookie: `gw_token=${bridge.token}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Groundwork</title>');
    const noCookie = await rawRequest(bridge.port, { path: '/', headers: { Host: host() } });
    expect(noCookie.status).toBe(401);
    const badLaunch = await rawRequest(bridge.port, { path: '/?token=guess', headers: { Host: host() } });
    expect(badLaunch.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..\\secret.txt']) {
      const res = await rawRequest(bridge.port, {
        path: p,
        headers: { Host: host(), Cookie: `gw_token=${bridge.token}` },
      });
      expect(res.body, p).not.toContain('do not serve');
    }
  });
});

/** `npm run web`: serves the app on 127.0.0.1 and prints a one-time launch link; no call works without the token it yields. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/core';
import { rawRequest } from '../support/httpTransport';

let child: ChildProcess | null = null;
afterAll(() => child?.kill('SIGTERM'));

function waitForUrl(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out} ${err}`)), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/#launch=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
}

describe('web host', () => {
  it('prints a launch link whose code yields the token, and refuses calls without it', async () => {
    const dir = tempDir();
    const renderer = path.join(dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Groundwork</title>');
    const project = path.join(dir, 'study.groundwork');
    child = spawn(
      path.resolve('node_modules/.bin/tsx'),
      ['electron/web/main.ts', '--project', project, '--user-data', path.join(dir, 'ud')],
      {
        env: { ...process.env, GROUNDWORK_RENDERER_DIR: renderer },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const launch = new URL(await waitForUrl(child));
    const port = Number(launch.port);
    const host = `127.0.0.1:${port}`;
    expect(fs.existsSync(project)).toBe(true); // the project is created on first start

    const rpcAnon = await rawRequest(port, {
      method: 'POST',
      path: '/rpc/project.info',
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(rpcAnon.status).toBe(401);

    const page = await rawRequest(port, { path: '/', headers: { Host: host } });
    expect(page.body).toContain('<title>Groundwork</title>');
    const session = await rawRequest(port, {
      method: 'POST',
      path: '/session',
      headers: { Host: host, 'Content-Type': 'application/json', Origin: `http://${host}` },
      body: JSON.stringify({ launch: launch.hash.replace('#launch=', '') }),
    });
    const token = JSON.parse(session.body).value.token as string;
    const auth = { Authorization: `Bearer ${token}` };
    const info = await rawRequest(port, {
      method: 'POST',
      path: '/rpc/project.info',
      headers: { Host: host, ...auth, 'Content-Type': 'application/json', Origin: `http://${host}` },
      body: '{}',
    });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { name: 'study' } });
    // A new project from the web host starts with the default codebook.
    const tags = await rawRequest(port, {
      method: 'POST',
      path: '/rpc/tags.list',
      headers: { Host: host, ...auth, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(tags.body).value.length).toBeGreaterThan(30);
  }, 60_000);
});

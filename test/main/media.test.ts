/** Recordings stream with byte ranges over app:// (Electron) and the HTTP bridge (web host). */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaHandler } from '../../electron/main/protocol/media';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import { parseRange } from '../../shared/http/range';
import type { Interview } from '../../shared/domain/interview';
import { makeCore, type TestCore } from '../support/core';
import { makeFifo } from '../support/hostileFiles';
import { rawRequest } from '../support/httpTransport';

let t: TestCore;
let bridge: Bridge;
let interview: Interview;
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(async () => {
  t = await makeCore();
  const file = path.join(t.dir, 'call.mp3');
  fs.writeFileSync(file, BYTES);
  interview = await t.call('interviews.create', { title: 'With audio' });
  await t.host('host.setMedia', { interviewId: interview.id, path: file });
  bridge = await startHttpBridge(t.core);
});
afterAll(async () => {
  await bridge.close();
  t.close();
});

describe('parseRange', () => {
  it('reads the forms players send and refuses impossible ones', () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=0-', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ kind: 'partial', start: 10, end: 19 });
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'full' });
  });
});

const handler = () => createMediaHandler((id) => t.core.openMedia(id));

describe('app://groundwork/media', () => {
  it('serves a byte range with 206 and the right headers', async () => {
    const res = await handler()({
      url: `app://groundwork/media/${interview.id}`,
      method: 'GET',
      headers: new Headers({ Range: 'bytes=100-199' }),
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(BYTES.subarray(100, 200));
  });

  it('answers 404 for an interview without a recording and never reads a path from the URL', async () => {
    const other = await t.call('interviews.create', { title: 'No audio' });
    expect(
      (await handler()({ url: `app://groundwork/media/${other.id}`, method: 'GET', headers: new Headers() })).status,
    ).toBe(404);
    expect(
      (await handler()({ url: 'app://groundwork/media/..%2F..%2Fetc%2Fpasswd', method: 'GET', headers: new Headers() }))
        .status,
    ).toBe(404);
  });
});

describe('a recording that is not a regular file', () => {
  it('is refused on both hosts, not streamed: a symlink to /dev/zero and a FIFO', async (ctx) => {
    if (!fs.existsSync('/dev/zero')) return ctx.skip();
    const zero = await t.call('interviews.create', { title: 'Zero' });
    const link = path.join(t.dir, 'zero.mp3');
    fs.writeFileSync(link, 'audio for now');
    await t.host('host.setMedia', { interviewId: zero.id, path: link });
    // Swapped for a device after it was attached (or attached through a link): caught where it is opened.
    fs.rmSync(link);
    fs.symlinkSync('/dev/zero', link);
    const app = await handler()({ url: `app://groundwork/media/${zero.id}`, method: 'GET', headers: new Headers() });
    expect(app.status).toBe(404);
    expect(await app.text()).toContain('zero.mp3 is a device, not a file');
    const web = await rawRequest(bridge.port, {
      path: `/media/${zero.id}`,
      headers: { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` },
    });
    expect(web.status).toBe(404);
    expect(JSON.parse(web.body).error.message).toContain('is a device');

    if (!makeFifo(t.dir, 'probe')) return; // no mkfifo here
    const piped = await t.call('interviews.create', { title: 'Pipe' });
    const pipe = path.join(t.dir, 'pipe.mp3');
    fs.writeFileSync(pipe, 'audio for now');
    await t.host('host.setMedia', { interviewId: piped.id, path: pipe });
    fs.rmSync(pipe);
    makeFifo(t.dir, 'pipe.mp3'); // no writer: reading it would wait forever
    const res = await handler()({ url: `app://groundwork/media/${piped.id}`, method: 'GET', headers: new Headers() });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('is a pipe (FIFO)');
  });
});

describe('HTTP bridge /media', () => {
  it('streams ranges to holders of the token only', async () => {
    const host = `127.0.0.1:${bridge.port}`;
    const ok = await rawRequest(bridge.port, {
      path: `/media/${interview.id}`,
      headers: { Host: host, Authorization: `Bearer ${bridge.token}`, Range: 'bytes=-10' },
    });
    expect(ok.status).toBe(206);
    expect(ok.headers['content-range']).toBe('bytes 990-999/1000');
    const whole = await rawRequest(bridge.port, {
      path: `/media/${interview.id}`,
      headers: { Host: host, Authorization: `Bearer ${bridge.token}` },
    });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-length']).toBe('1000');
    const bad = await rawRequest(bridge.port, {
      path: `/media/${interview.id}`,
      headers: { Host: host, Authorization: `Bearer ${bridge.token}`, Range: 'bytes=5000-' },
    });
    expect(bad.status).toBe(416);
    const anon = await rawRequest(bridge.port, { path: `/media/${interview.id}`, headers: { Host: host } });
    expect(anon.status).toBe(401);
  });
});

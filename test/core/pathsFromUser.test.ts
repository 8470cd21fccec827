/**
 * File paths reach the core only from the user: through the host's own dialogs (the desktop app),
 * its command line, or as uploaded bytes (the web host). No method a transport can reach takes a
 * path; recent projects are opened by opaque handles; the host-only methods with paths cannot be
 * called from the renderer over any transport.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type z } from 'zod';
import { createCore, type Core } from '../../electron/core/createCore';
import type { HostDialogs } from '../../electron/core/host';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import type { Interview } from '../../shared/domain/interview';
import { contract, METHODS } from '../../shared/ipc/contract';
import { hostMethods } from '../../shared/ipc/hostContract';
import { callerFor, makeCore, tempDir, type TestCore } from '../support/core';
import { rawRequest } from '../support/httpTransport';

/** Every key of an input schema, nested objects and arrays included. */
function inputKeys(schema: z.ZodType, prefix = ''): string[] {
  const def = (
    schema as unknown as {
      def: {
        type: string;
        shape?: Record<string, z.ZodType>;
        innerType?: z.ZodType;
        element?: z.ZodType;
        options?: z.ZodType[];
      };
    }
  ).def;
  if (def.type === 'object') {
    return Object.entries(def.shape!).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...inputKeys(value, `${prefix}${key}.`),
    ]);
  }
  if (def.innerType) return inputKeys(def.innerType, prefix);
  if (def.element) return inputKeys(def.element, prefix);
  if (def.options) return def.options.flatMap((o) => inputKeys(o, prefix));
  return [];
}

describe('the contract the renderer can reach', () => {
  it('has no input that names a file by path', () => {
    // The walk sees nested keys (so a path field hidden in an object would be found too).
    expect(inputKeys(contract['imports.commit'].input as z.ZodType)).toEqual(
      expect.arrayContaining(['stagingId', 'target.kind', 'speakers.label']),
    );
    expect(inputKeys(hostMethods['host.setMedia'].input as z.ZodType)).toContain('path');
    const offending = METHODS.flatMap((m) =>
      inputKeys(contract[m].input as z.ZodType)
        .filter((key) => /(^|\.)(path|paths|file|filePath|dir|directory|folder)$/i.test(key))
        .map((key) => `${m}: ${key}`),
    );
    expect(offending).toEqual([]);
    expect(METHODS).not.toContain('imports.stagePath');
    expect(METHODS).not.toContain('interviews.setMedia');
    for (const name of Object.keys(hostMethods)) expect(METHODS, name).not.toContain(name);
  });
});

describe('host-only methods', () => {
  let t: TestCore;
  let bridge: Bridge;
  beforeAll(async () => {
    t = await makeCore();
    bridge = await startHttpBridge(t.core);
  });
  afterAll(async () => {
    await bridge.close();
    t.close();
  });

  it('are unknown to every transport, even with the token', async () => {
    const victim = path.join(t.dir, 'other.groundwork');
    const attempts = [
      ['host.openProject', { path: '/etc/passwd' }],
      ['host.createProject', { path: victim }],
      ['host.setMedia', { interviewId: 1, path: '/etc/shadow' }],
      ['host.importFiles', { paths: ['/etc/passwd'] }],
      ['host.importRefiFile', { path: '/etc/passwd' }],
      ['host.stageMergeFile', { path: '/etc/passwd' }],
      ['host.copyForColleague', { path: victim }],
      ['imports.stagePath', { path: '/etc/passwd' }],
      ['interviews.setMedia', { interviewId: 1, path: '/etc/shadow' }],
    ] as const;
    // Every host method is tried: a new one cannot be left reachable by forgetting it here.
    expect(Object.keys(hostMethods).filter((m) => !attempts.some(([name]) => name === m))).toEqual([]);
    for (const [method, input] of attempts) {
      await expect(t.untyped(method, input), method).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
      const res = await rawRequest(bridge.port, {
        method: 'POST',
        path: `/rpc/${method}`,
        headers: {
          Host: `127.0.0.1:${bridge.port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${bridge.token}`,
        },
        body: JSON.stringify(input),
      });
      expect(JSON.parse(res.body).error.code, method).toBe('UNKNOWN_METHOD');
    }
    expect(fs.existsSync(victim)).toBe(false);
  });
});

describe('projects by handle, and new projects in the web host', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await makeCore({ projectName: 'First' });
  });
  afterAll(() => t.close());

  it('creates a project by name in the projects folder, and reopens the first by its handle', async () => {
    const host = await t.call('project.host');
    expect(host).toEqual({ fileDialogs: false, projectsFolder: path.join(t.dir, 'user-data') });
    const second = (await t.call('project.create', { name: 'Second study' }))!;
    expect(second.path).toBe(path.join(t.dir, 'user-data', 'Second study.groundwork'));
    const recent = await t.call('project.recent');
    const first = recent.find((r) => r.name === 'First')!;
    expect(first.handle).toMatch(/^h_[0-9a-f]{24}$/);
    expect(first.handle).not.toContain('First');
    expect((await t.call('project.open', { handle: first.handle })).name).toBe('First');
  });

  it('keeps a name that looks like a path inside the projects folder', async () => {
    const made = (await t.call('project.create', { name: '../../../tmp/escape' }))!;
    expect(path.dirname(made.path)).toBe(path.join(t.dir, 'user-data'));
    expect(path.basename(made.path)).toBe('tmp escape.groundwork');
    await expect(t.call('project.create', { name: '../../../tmp/escape' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.call('project.create', { name: '..' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses a handle it never gave out, and says how to open another file in the browser', async () => {
    await expect(t.call('project.open', { handle: 'h_000000000000000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('project.open', { handle: path.join(t.dir, 'study.groundwork') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(t.call('project.choose')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('--project FILE'),
    });
    await expect(t.call('interviews.chooseMedia', { interviewId: 1 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('the desktop app: paths from main’s own dialogs', () => {
  let dir: string;
  let core: Core;
  const answers: { open: string | null; save: string | null; recording: string | null } = {
    open: null,
    save: null,
    recording: null,
  };
  const dialogs: HostDialogs = {
    chooseProjectToOpen: async () => answers.open,
    chooseProjectToCreate: async () => answers.save,
    chooseRecording: async () => answers.recording,
    chooseTable: async () => null,
    chooseMergeSource: async () => null,
    chooseColleagueCopy: async () => null,
  };

  beforeAll(async () => {
    dir = tempDir('gw-dialogs-');
    core = await createCore({
      userDataDir: path.join(dir, 'ud'),
      projectPath: path.join(dir, 'a.groundwork'),
      dialogs,
      checkOutputs: true,
    });
  });
  afterAll(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates, opens and attaches what the user picked, and nothing when they cancel', async () => {
    const call = callerFor(core).call;
    expect(await call('project.host')).toEqual({ fileDialogs: true, projectsFolder: null });
    expect(await call('project.create', { name: 'Pricing' })).toBeNull(); // cancelled
    answers.save = path.join(dir, 'Pricing.groundwork');
    expect((await call('project.create', { name: 'Pricing' }))!.path).toBe(answers.save);
    expect(await call('project.choose')).toBeNull();
    answers.open = path.join(dir, 'a.groundwork');
    expect((await call('project.choose'))!.path).toBe(answers.open);

    const interview = await call('interviews.create', { title: 'Call' });
    expect(await call('interviews.chooseMedia', { interviewId: interview.id })).toBeNull();
    answers.recording = path.join(dir, 'call.m4a');
    fs.writeFileSync(answers.recording, 'audio');
    expect((await call('interviews.chooseMedia', { interviewId: interview.id }))!.mediaPath).toBe('call.m4a');
    await expect(call('interviews.chooseMedia', { interviewId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('recordings uploaded to the web host', () => {
  let t: TestCore;
  let bridge: Bridge;
  beforeAll(async () => {
    t = await makeCore({ projectName: 'Uploads' });
    bridge = await startHttpBridge(t.core);
  });
  afterAll(async () => {
    await bridge.close();
    t.close();
  });

  const put = (interviewId: number, name: string, body: Buffer, headers: Record<string, string> = {}) =>
    rawRequest(bridge.port, {
      method: 'PUT',
      path: `/upload/media/${interviewId}?name=${encodeURIComponent(name)}`,
      headers: {
        Host: `127.0.0.1:${bridge.port}`,
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${bridge.token}`,
        ...headers,
      },
      body,
    });

  it('stores the bytes beside the project and attaches them; the name never leaves that folder', async () => {
    const interview = await t.call('interviews.create', { title: 'Call' });
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    const res = await put(interview.id, '../../../etc/call 1.m4a', bytes);
    const envelope = JSON.parse(res.body) as { ok: boolean; value: Interview };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.mediaPath).toBe(`Uploads recordings/${interview.id}-call 1.m4a`);
    const stored = path.join(t.dir, 'Uploads recordings', `${interview.id}-call 1.m4a`);
    expect(fs.readFileSync(stored)).toEqual(bytes);
    const streamed = await rawRequest(bridge.port, {
      path: `/media/${interview.id}`,
      headers: { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` },
    });
    expect(streamed.status).toBe(200);
  });

  it('refuses what cannot play, an unknown interview and a missing token, and writes nothing', async () => {
    const interview = await t.call('interviews.create', { title: 'Other' });
    const before = fs.readdirSync(path.join(t.dir, 'Uploads recordings')).length;
    expect(JSON.parse((await put(interview.id, 'notes.pdf', Buffer.from('x'))).body).error.code).toBe('VALIDATION');
    expect(JSON.parse((await put(9999, 'call.mp3', Buffer.from('x'))).body).error.code).toBe('NOT_FOUND');
    expect((await put(interview.id, 'call.mp3', Buffer.from('x'), { Authorization: '' })).status).toBe(401);
    expect((await put(interview.id, 'call.mp3', Buffer.from('x'), { 'Content-Type': 'application/json' })).status).toBe(
      415,
    );
    expect(fs.readdirSync(path.join(t.dir, 'Uploads recordings')).length).toBe(before);
    expect((await t.call('interviews.get', { id: interview.id })).mediaPath).toBeNull();
  });

  it('stops an upload past the size cap and keeps no partial file', async () => {
    const interview = await t.call('interviews.create', { title: 'Huge' });
    const { receiveRecording } = await import('../../electron/core/services/transcripts/mediaUpload');
    const chunks = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(
      receiveRecording(t.core.session.context(), interview.id, 'huge.mp4', chunks, 1000),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(fs.readdirSync(path.join(t.dir, 'Uploads recordings')).filter((f) => f.includes('huge'))).toEqual([]);
  });
});

describe('transcripts uploaded to the web host as raw bytes', () => {
  let t: TestCore;
  let bridge: Bridge;
  beforeAll(async () => {
    t = await makeCore();
    bridge = await startHttpBridge(t.core);
  });
  afterAll(async () => {
    await bridge.close();
    t.close();
  });

  const put = (name: string, body: Buffer, headers: Record<string, string> = {}) =>
    rawRequest(bridge.port, {
      method: 'PUT',
      path: `/upload/transcript?name=${encodeURIComponent(name)}`,
      headers: {
        Host: `127.0.0.1:${bridge.port}`,
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${bridge.token}`,
        ...headers,
      },
      body,
    });

  it('gives the same preview as imports.stageFile, and the preview commits', async () => {
    const bytes = fs.readFileSync(path.resolve('test/fixtures/transcripts/teams.vtt'));
    const res = await put('teams.vtt', bytes);
    const envelope = JSON.parse(res.body) as {
      ok: boolean;
      value: { stagingId: string; turnCount: number; speakers: unknown[] };
    };
    expect(envelope.ok).toBe(true);
    const viaRpc = await t.call('imports.stageFile', {
      fileName: 'teams.vtt',
      dataBase64: bytes.toString('base64'),
    });
    expect({ ...envelope.value, stagingId: '' }).toEqual({ ...viaRpc, stagingId: '' });
    const committed = await t.call('imports.commit', {
      stagingId: envelope.value.stagingId,
      target: { kind: 'new' },
      speakers: [],
    });
    expect(committed.turnCount).toBe(envelope.value.turnCount);
  });

  it('refuses an oversized file from its declared size, in the importer’s words, and needs the token', async () => {
    const big = await put('huge.txt', Buffer.from('x'), { 'Content-Length': String(60 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toBe(
      'huge.txt is 60 MB; transcripts larger than 50 MB cannot be imported.',
    );
    expect((await put('a.vtt', Buffer.from('WEBVTT\n'), { Authorization: '' })).status).toBe(401);
    expect(JSON.parse((await put('', Buffer.from('WEBVTT\n'))).body).error.code).toBe('VALIDATION');
  });
});

/**
 * How a colleague's file reaches a merge without the window's 50 MB of base64: the web host takes the
 * raw bytes at `PUT /upload/merge` (through the real HTTP bridge, streamed into the merge's private
 * copy), and the desktop app's main picks the file in its Open dialog (`merge.chooseFile`, fake dialog)
 * and saves the copy for a colleague where its Save dialog says (`merge.saveCopyForColleague`).
 * Both preview exactly what `host.stageMergeFile` previews; a refusal changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import type { HostDialogs } from '../../electron/core/host';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import type { MergePreview } from '../../shared/domain/merge';
import { callerFor, unwrap } from '../support/core';
import { rawRequest } from '../support/httpTransport';
import { makePair, readRows, type Pair } from '../support/mergePair';

let p: Pair;
beforeEach(async () => {
  p = await makePair();
  const tag = await p.b.call('tags.create', { name: 'Vendor lock-in' });
  await p.b.call('quotes.create', { ...(await p.span(p.b, 3, 'drops', 'hand')), tagIds: [tag.id] });
});
afterEach(() => p.close());

/** A preview without its staging id (each staging has its own). */
const same = (pv: MergePreview) => ({ ...pv, stagingId: '' });
const staging = () =>
  fs
    .readdirSync(os.tmpdir())
    .filter((f) => f.startsWith('groundwork-merge-'))
    .sort();

describe('merge uploads to the web host', () => {
  let bridge: Bridge;
  let core: Core;
  beforeEach(async () => {
    // A's project in a core of its own, behind the real bridge; B's closed, as a file sent to a colleague is
    // (its last work checkpointed into the one file: a browser uploads the file alone).
    p.a.close();
    p.b.close();
    core = await createCore({ userDataDir: path.join(path.dirname(p.a.path), 'ud-http'), projectPath: p.a.path });
    bridge = await startHttpBridge(core);
  });
  afterEach(async () => {
    await bridge.close();
    core.close();
  });

  const put = (name: string, body: Buffer, type = 'application/octet-stream') =>
    rawRequest(bridge.port, {
      method: 'PUT',
      path: `/upload/merge?name=${encodeURIComponent(name)}`,
      headers: { Host: `127.0.0.1:${bridge.port}`, 'Content-Type': type, Authorization: `Bearer ${bridge.token}` },
      body,
    });

  it('previews the copy streamed as raw bytes exactly as the host’s own staging does, and commits it', async () => {
    const res = await put('colleague.groundwork', fs.readFileSync(p.b.path));
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body) as { ok: true; value: MergePreview };
    expect(envelope.ok).toBe(true);
    const byPath = await unwrap<MergePreview>(core.host.dispatch('host.stageMergeFile', { path: p.b.path }));
    expect(same(envelope.value)).toEqual({ ...same(byPath), otherName: 'colleague.groundwork' });
    expect(envelope.value.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 1 });
    const report = await callerFor(core).call('merge.commit', { stagingId: envelope.value.stagingId, resolutions: [] });
    expect(report.counts.find((c) => c.kind === 'quote')).toMatchObject({ added: 1 });
  });

  it('refuses what is not a project in a sentence, the wrong type and method, and leaves nothing behind', async () => {
    const before = { quotes: readRows(p.a.path, 'SELECT * FROM quotes'), folders: staging() };
    const res = await put('notes.groundwork', Buffer.from('not a project at all'));
    const envelope = JSON.parse(res.body) as { ok: false; error: { message: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.message).toMatch(/notes\.groundwork/);
    expect((await put('x.groundwork', Buffer.from('x'), 'text/plain')).status).toBe(415);
    const get = await rawRequest(bridge.port, {
      method: 'GET',
      path: '/upload/merge?name=x',
      headers: { Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` },
    });
    expect(get.status).toBe(405);
    const anonymous = await rawRequest(bridge.port, {
      method: 'PUT',
      path: '/upload/merge?name=x',
      headers: { Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/octet-stream' },
      body: fs.readFileSync(p.b.path),
    });
    expect(anonymous.status).toBe(401);
    expect({ quotes: readRows(p.a.path, 'SELECT * FROM quotes'), folders: staging() }).toEqual(before);
  });
});

describe('merge from a file picked in the desktop app’s Open dialog', () => {
  it('previews what the dialog picked; a cancelled dialog is null; without dialogs it says to choose a file', async () => {
    let chosen: string | null = p.b.path;
    let saveTo: string | null = null;
    const dialogs: HostDialogs = {
      chooseProjectToOpen: async () => null,
      chooseProjectToCreate: async () => null,
      chooseRecording: async () => null,
      chooseTable: async () => null,
      chooseMergeSource: async () => chosen,
      chooseColleagueCopy: async () => saveTo,
    };
    p.a.close();
    const core = await createCore({
      userDataDir: path.join(path.dirname(p.a.path), 'ud-dialog'),
      projectPath: p.a.path,
      dialogs,
    });
    try {
      const c = callerFor(core);
      const picked = (await c.call('merge.chooseFile', {}))!;
      expect(picked.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 1 });
      const byPath = await unwrap<MergePreview>(core.host.dispatch('host.stageMergeFile', { path: p.b.path }));
      expect(same(picked)).toEqual(same(byPath));
      chosen = null;
      expect(await c.call('merge.chooseFile', {})).toBeNull();

      // The copy for a colleague, saved where the Save dialog says — over a file the user chose to replace.
      saveTo = path.join(path.dirname(p.a.path), 'for-cy.groundwork');
      fs.writeFileSync(saveTo, 'an old file');
      fs.writeFileSync(`${saveTo}-wal`, 'its journal');
      const saved = (await c.call('merge.saveCopyForColleague', {}))!;
      expect(saved).toMatchObject({ fileName: 'for-cy.groundwork', path: saveTo });
      expect(fs.existsSync(`${saveTo}-wal`)).toBe(false);
      expect(fs.readdirSync(path.dirname(saveTo)).filter((f) => f.endsWith('.copying'))).toEqual([]);
      // A copy of this project that both record a base with: merging it back at once has nothing new.
      expect(readRows(saveTo, 'SELECT count(*) AS n FROM quotes')).toEqual(
        readRows(p.a.path, 'SELECT count(*) AS n FROM quotes'),
      );
      const back = await unwrap<MergePreview>(core.host.dispatch('host.stageMergeFile', { path: saveTo }));
      expect(back).toMatchObject({ base: 'known', nothingNew: true });
      // Never over the open project.
      saveTo = p.a.path;
      const before = readRows(p.a.path, 'SELECT * FROM quotes');
      await expect(c.call('merge.saveCopyForColleague', {})).rejects.toThrow(/project that is open/);
      expect(readRows(p.a.path, 'SELECT * FROM quotes')).toEqual(before);
      saveTo = null;
      expect(await c.call('merge.saveCopyForColleague', {})).toBeNull();
    } finally {
      core.close();
    }
    const browser = await createCore({
      userDataDir: path.join(path.dirname(p.a.path), 'ud-web'),
      projectPath: p.a.path,
    });
    try {
      await expect(callerFor(browser).call('merge.chooseFile', {})).rejects.toThrow(/Choose file/);
    } finally {
      browser.close();
    }
  });
});

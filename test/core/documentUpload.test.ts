/**
 * How a document's file reaches the import without base64 crossing the answering thread (issue 17,
 * item 2): the web host takes the raw bytes at `PUT /upload/document` (through the real HTTP bridge
 * and the real import worker), and the desktop app's main picks the file in its Open dialog and the
 * worker reads it by path (`documents.chooseFile`). Both stage exactly what `documents.stageFile`
 * stages; bad input is refused with a sentence and changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import type { HostDialogs } from '../../electron/core/host';
import { startHttpBridge, type Bridge } from '../../electron/core/transports/http';
import type { DocumentStaged } from '../../shared/domain/document';
import { callerFor, makeCore, tempDir, type TestCore } from '../support/core';
import { rawRequest } from '../support/httpTransport';

const WORKER = path.resolve('electron/core/services/transcripts/importWorker.dev.mjs');
const CSV =
  'Created,Requester,Requester Email,Description\r\n' +
  '2026-03-02,Maya Okafor,maya@northwind.io,The CSV export times out 😤\r\n' +
  '2026-03-03,Jonas Weber,jonas@bluepeak.com,"SSO fails, every Monday."\r\n';
const sansId = (s: DocumentStaged) => ({ ...s, stagingId: '' });

describe('documents uploaded to the web host as raw bytes', () => {
  let t: TestCore;
  let bridge: Bridge;
  beforeAll(async () => {
    t = await makeCore({ core: { importWorker: { file: WORKER } } });
    bridge = await startHttpBridge(t.core);
  });
  afterAll(async () => {
    await bridge.close();
    t.close();
  });

  const put = (name: string, body: Buffer, headers: Record<string, string> = {}, method = 'PUT') =>
    rawRequest(bridge.port, {
      method,
      path: `/upload/document?name=${encodeURIComponent(name)}`,
      headers: {
        Host: `127.0.0.1:${bridge.port}`,
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${bridge.token}`,
        ...headers,
      },
      body,
    });
  /** What the project holds, to show a refusal changed nothing. */
  const holdings = async () => ({
    interviews: await t.call('interviews.list'),
    participants: await t.call('participants.list'),
    history: await t.call('history.state'),
  });

  it('stages the same table as documents.stageFile, and that staging previews and commits', async () => {
    const res = await put('tickets.csv', Buffer.from(CSV));
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body) as { ok: true; value: DocumentStaged };
    expect(envelope.ok).toBe(true);
    const viaRpc = await t.call('documents.stageFile', {
      fileName: 'tickets.csv',
      dataBase64: Buffer.from(CSV).toString('base64'),
    });
    expect(sansId(envelope.value)).toEqual(sansId(viaRpc));
    expect(envelope.value.sample[0]).toEqual([
      '2026-03-02',
      'Maya Okafor',
      'maya@northwind.io',
      'The CSV export times out 😤',
    ]);
    const { stagingId, suggested } = envelope.value;
    const preview = await t.call('documents.preview', { stagingId, mapping: suggested });
    expect(preview.counts.newParticipants).toBe(2);
    const result = await t.call('documents.commit', { stagingId, mapping: suggested, sourceKind: 'support_tickets' });
    const stored = await t.call('transcripts.get', { interviewId: result.interviewId });
    expect(stored!.turns.map((turn) => turn.text)).toEqual(['The CSV export times out 😤', 'SSO fails, every Monday.']);
    await t.call('documents.discard', { stagingId: viaRpc.stagingId });
    await t.call('history.undo');
  });

  it('refuses a wrong method, type, size, name, token or file with a clear message, and changes nothing', async () => {
    const before = await holdings();
    const refusal = async (res: Promise<{ status: number; body: string }>) => {
      const r = await res;
      return { status: r.status, ...(JSON.parse(r.body) as { error: { code: string; message: string } }).error };
    };
    expect(await refusal(put('tickets.csv', Buffer.from(CSV), {}, 'POST'))).toEqual({
      status: 405,
      code: 'VALIDATION',
      message: 'Use PUT.',
    });
    expect(await refusal(put('tickets.csv', Buffer.from(CSV), { 'Content-Type': 'text/csv' }))).toEqual({
      status: 415,
      code: 'VALIDATION',
      message: 'Send the export as application/octet-stream.',
    });
    expect(await refusal(put('huge.csv', Buffer.from('x'), { 'Content-Length': String(60 * 1024 * 1024) }))).toEqual({
      status: 413,
      code: 'TOO_LARGE',
      message: 'huge.csv is 60 MB; files larger than 50 MB cannot be imported. Split it into smaller files.',
    });
    expect((await put('tickets.csv', Buffer.from(CSV), { Authorization: '' })).status).toBe(401);
    expect(await refusal(put('  ', Buffer.from(CSV)))).toMatchObject({
      code: 'VALIDATION',
      message: 'A file name is required.',
    });
    expect(await refusal(put('empty.csv', Buffer.from('Date,Message\r\n')))).toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/header row but no rows of data/),
    });
    expect(await holdings()).toEqual(before);
  });
});

describe('documents picked in the desktop app’s Open dialog', () => {
  let dir: string;
  let core: Core;
  let chosen: string | null = null;
  const dialogs: HostDialogs = {
    chooseProjectToOpen: async () => null,
    chooseProjectToCreate: async () => null,
    chooseRecording: async () => null,
    chooseTable: async () => chosen,
    chooseMergeSource: async () => null,
    chooseColleagueCopy: async () => null,
  };
  beforeAll(async () => {
    dir = tempDir('gw-doc-dialog-');
    core = await createCore({
      userDataDir: path.join(dir, 'ud'),
      projectPath: path.join(dir, 'a.groundwork'),
      dialogs,
      importWorker: { file: WORKER },
      checkOutputs: true,
    });
  });
  afterAll(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stages the file main picked, read by path in the import worker; nothing when the user cancels', async () => {
    const call = callerFor(core).call;
    expect(await call('documents.chooseFile', {})).toBeNull();
    chosen = path.join(dir, 'zendesk tickets.csv');
    fs.writeFileSync(chosen, CSV);
    const staged = await call('documents.chooseFile', {});
    const viaRpc = await call('documents.stageFile', {
      fileName: 'zendesk tickets.csv',
      dataBase64: Buffer.from(CSV).toString('base64'),
    });
    expect(sansId(staged!)).toEqual(sansId(viaRpc));
  });

  it('refuses a folder or a file over the limit by name, and the browser host has no dialog', async () => {
    const call = callerFor(core).call;
    chosen = dir;
    await expect(call('documents.chooseFile', {})).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringMatching(/is a folder/),
    });
    chosen = path.join(dir, 'huge.csv');
    fs.writeFileSync(chosen, '');
    fs.truncateSync(chosen, 51 * 1024 * 1024);
    await expect(call('documents.chooseFile', {})).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(call('documents.chooseFile', {})).rejects.toThrow(
      'huge.csv is 51 MB; files larger than 50 MB cannot be imported. Split it into smaller files.',
    );
    expect(await call('interviews.list')).toEqual([]);
    const web = await makeCore();
    try {
      await expect(web.call('documents.chooseFile', {})).rejects.toThrow(/In the browser, choose the export/);
    } finally {
      web.close();
    }
  });
});

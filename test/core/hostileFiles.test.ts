/**
 * Fault suite, input half: files that are not files (FIFO, a symlink to /dev/zero, a folder), a
 * zip bomb posing as a Word transcript and a legal million-cue WebVTT. Each is refused with a
 * sentence a researcher understands, through the CLI (which parses in a heap-limited worker) and
 * through staging, without hanging and without reading more than its size says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { workerParser } from '../../electron/core/services/transcripts/parser';
import { readRegularFile } from '../../electron/core/files/regularFile';
import { AppError } from '../../shared/errors';
import { docxOf, makeFifo, writeCueFlood } from '../support/hostileFiles';
import { tempDir } from '../support/core';

const WORKER = path.resolve('electron/core/services/import/worker.dev.mjs');
let dir: string;
let project: string;

function capture() {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

async function cliImport(file: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const io = capture();
  const code = await runCli(['import', project, file], io);
  return { code, stderr: io.stderr, stdout: io.stdout };
}

async function interviewCount(): Promise<number> {
  const io = capture();
  await runCli(['info', project], io);
  return (JSON.parse(io.stdout) as { counts: { interviews: number } }).counts.interviews;
}

beforeAll(async () => {
  dir = tempDir('gw-hostile-');
  project = path.join(dir, 'study.groundwork');
  expect(await runCli(['init', project], capture())).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('files that are not files', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async (ctx) => {
    const fifo = makeFifo(dir, 'call.vtt');
    if (!fifo) return ctx.skip(); // no mkfifo on this platform
    const result = await cliImport(fifo);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('call.vtt is a pipe (FIFO), not a file; Groundwork reads only ordinary files.');
    expect(await interviewCount()).toBe(0);
  });

  it('refuses a symlink to /dev/zero instead of reading it until memory runs out', async (ctx) => {
    if (!fs.existsSync('/dev/zero')) return ctx.skip();
    const link = path.join(dir, 'zero.vtt');
    fs.symlinkSync('/dev/zero', link);
    const result = await cliImport(link);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('zero.vtt is a device, not a file');
    expect(() => readRegularFile(link, 1024, () => new AppError('TOO_LARGE', 'sized'))).toThrow(/is a device/);
  });

  it('refuses a folder by name', async () => {
    const folder = path.join(dir, 'transcripts.vtt');
    fs.mkdirSync(folder);
    const result = await cliImport(folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('transcripts.vtt is a folder, not a file');
  });

  it('sizes a file with fstat before reading it, so an oversized one is refused unread', () => {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(4096, 0x61));
    expect(() => readRegularFile(big, 1024, (size) => new AppError('TOO_LARGE', `too large: ${size}`))).toThrow(
      'too large: 4096',
    );
    expect(readRegularFile(big, 4096, () => new AppError('TOO_LARGE', 'no')).length).toBe(4096);
  });
});

describe('files too big to read', () => {
  it('refuses a 180 KB DOCX that unpacks to 120 MB while inflating it, in the CLI', async () => {
    const bomb = path.join(dir, 'bomb.docx');
    fs.writeFileSync(bomb, docxOf(120 * 1024 * 1024, 'flood'));
    expect(fs.statSync(bomb).size).toBeLessThan(400 * 1024);
    const result = await cliImport(bomb);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bomb\.docx holds more text and formatting than Groundwork can read in one go/);
    expect(await interviewCount()).toBe(0);
  });

  it('refuses a legal WebVTT with a million cues before parsing it', async () => {
    const flood = path.join(dir, 'million.vtt');
    writeCueFlood(flood, 1_000_000);
    expect(fs.statSync(flood).size).toBeLessThan(50 * 1024 * 1024);
    const result = await cliImport(flood);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('million.vtt has 1,000,000 captions; Groundwork imports up to 200,000 captions');
    expect(await interviewCount()).toBe(0);
    fs.rmSync(flood);
  });

  it('refuses a file whose parse would pass the worker’s heap limit, naming it, and reads the next file', async () => {
    // A real, accepted DOCX under a heap far smaller than the app's: the worker dies, the caller does not.
    const tight = workerParser({
      file: WORKER,
      resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 8 },
    });
    try {
      await expect(tight.parse(docxOf(1024 * 1024, 'word'), 'long-call.docx')).rejects.toMatchObject({
        code: 'TOO_LARGE',
        message: expect.stringContaining('long-call.docx needs more memory to read than Groundwork gives one import'),
      });
      const next = await tight.parse(Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Maya>Hello\n'), 'next.vtt');
      expect(next.turns).toHaveLength(1);
    } finally {
      await tight.close();
    }
  });
});

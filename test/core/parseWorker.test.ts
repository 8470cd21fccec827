/** The worker-thread parser gives what the inline parser gives, errors included, and survives many files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineParser, workerParser } from '../../electron/core/services/transcripts/parser';

const FIXTURES = path.resolve('test/fixtures/transcripts');
const worker = workerParser({ file: path.resolve('electron/core/services/import/worker.dev.mjs') });
afterAll(() => worker.close());

describe('worker parser', () => {
  it('returns the same transcript as the inline parser for every fixture', async () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => /\.(vtt|srt|txt|md|docx)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const results = await Promise.allSettled(
      files.map((f) => worker.parse(fs.readFileSync(path.join(FIXTURES, f)), f)),
    );
    for (const [i, f] of files.entries()) {
      const inline = await inlineParser.parse(fs.readFileSync(path.join(FIXTURES, f)), f).then(
        (v) => ({ status: 'fulfilled' as const, value: v }),
        (e: Error) => ({ status: 'rejected' as const, reason: e }),
      );
      const viaWorker = results[i]!;
      expect(viaWorker.status, f).toBe(inline.status);
      if (viaWorker.status === 'fulfilled' && inline.status === 'fulfilled')
        expect(viaWorker.value, f).toEqual(inline.value);
    }
  });

  it('passes parse errors back with their code and message', async () => {
    await expect(worker.parse(Buffer.from('WEBVTX\n\n'), 'call-3.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringContaining('call-3.vtt'),
    });
  });
});

/**
 * PDF and DOCX files are written in a worker thread in the app and the web host: the worker gives the
 * same document as the inline renderer, passes failures back as AppErrors, and while it writes a
 * 500-quote PDF the thread that answers the UI keeps running (no stall over 150 ms).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { exportDocument, FIRST_RENDER_STEP } from '../../electron/core/services/export/exportFile';
import { inlineRenderer, workerRenderer } from '../../electron/core/services/export/renderDocument';
import { tempDir } from '../support/core';
import { syntheticDocument } from '../support/exportStudy';

const worker = workerRenderer({ file: path.resolve('electron/core/services/export/renderWorker.dev.mjs') });
afterAll(() => worker.close());

function pdfText(bytes: Uint8Array): string {
  const file = path.join(tempDir(), 'w.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Runs `work` while a 5 ms timer measures the longest gap between its ticks. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(worst, performance.now() - last);
}

describe('document writer worker', () => {
  it('writes the same PDF text and DOCX text as the inline renderer', async () => {
    const doc = syntheticDocument(40);
    expect(pdfText(await worker.render('pdf', doc))).toBe(pdfText(await inlineRenderer.render('pdf', doc)));
    const viaWorker = await mammoth.extractRawText({ buffer: Buffer.from(await worker.render('docx', doc)) });
    const inline = await mammoth.extractRawText({ buffer: Buffer.from(await inlineRenderer.render('docx', doc)) });
    expect(viaWorker.value).toBe(inline.value);
  });

  it('keeps the answering thread free while it writes a 500-quote PDF', async () => {
    const doc = syntheticDocument(500);
    await worker.render('pdf', syntheticDocument(5)); // the worker is started and warm
    let bytes: Uint8Array | null = null;
    const stall = await longestStall(async () => {
      bytes = await worker.render('pdf', doc);
    });
    expect(Buffer.from(bytes!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(stall).toBeLessThan(150);
  });

  it('passes a failure back as an error and keeps working afterwards', async () => {
    await expect(worker.render('pdf', { ...syntheticDocument(1), sections: null } as never)).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    expect((await worker.render('docx', syntheticDocument(3))).byteLength).toBeGreaterThan(1000);
  });

  it('says the first PDF of a run is loading its fonts, and later ones do not (issue 15: progress over ~300 ms)', async () => {
    const fresh = workerRenderer({ file: path.resolve('electron/core/services/export/renderWorker.dev.mjs') });
    const db = new Database(':memory:');
    const steps: (string | undefined)[][] = [];
    const exportOnce = async (format: 'pdf' | 'docx' | 'md') => {
      const seen: (string | undefined)[] = [];
      const emit = ((name: string, payload: { step?: string }) => {
        if (name === 'task.progress') seen.push(payload.step);
      }) as never;
      await exportDocument({ db, emit }, () => syntheticDocument(3), { format, pseudonymise: false }, fresh);
      steps.push(seen);
    };
    try {
      expect(fresh.warm()).toBe(false);
      await exportOnce('md'); // Markdown needs no document writer: nothing to load, nothing said
      await exportOnce('pdf');
      await exportOnce('pdf');
      await exportOnce('docx');
      expect(steps).toEqual([
        [undefined, undefined, undefined],
        [undefined, FIRST_RENDER_STEP, undefined],
        [undefined, undefined, undefined],
        [undefined, undefined, undefined],
      ]);
      expect(fresh.warm()).toBe(true);
    } finally {
      db.close();
      await fresh.close();
    }
  });
});

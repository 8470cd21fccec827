/** Size caps, zip bombs, long lines, tag floods and cancellation: refused fast and clearly. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../electron/core/services/import';
import { buildDocx, writeZip } from './support/zip';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('limits', () => {
  it('refuses a 200 MB file at once, before decoding it', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024);
    const t0 = performance.now();
    await expect(parseTranscript(huge, 'big.txt')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'big.txt is 200 MB; transcripts larger than 50 MB cannot be imported.',
    });
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('honours a smaller maxBytes', async () => {
    await expect(parseTranscript(utf8('Maya: hello there'), 'a.txt', { maxBytes: 5 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });

  it('refuses a 10 MB single line with its line number', async () => {
    const t0 = performance.now();
    const text = `Maya: hi\n${'a'.repeat(10 * 1024 * 1024)}\n`;
    await expect(parseTranscript(utf8(text), 'long.txt')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/^Line 2 of long\.txt is 10 MB long; lines longer than 1 MB are not supported/),
    });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('refuses a DOCX whose central directory claims more than the cap', async () => {
    const bomb = writeZip([
      { name: 'word/document.xml', data: '<w:document/>', declaredSize: 150 * 1024 * 1024 },
      { name: 'word/media/x.bin', data: 'x', declaredSize: 100 * 1024 * 1024 },
    ]);
    await expect(parseTranscript(bomb, 'bomb.docx')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/would expand to more than/),
    });
  });

  it('refuses a DOCX whose entry inflates past the size it declares (lying directory)', async () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const liar = writeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    expect(liar.length).toBeLessThan(20_000);
    await expect(parseTranscript(liar, 'liar.docx')).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a DOCX that really expands past a (lowered) cap', async () => {
    const doc = buildDocx(['Maya: hi', 'Tom: hello', 'x'.repeat(200_000)]);
    await expect(parseTranscript(doc, 'a.docx', { maxDocxUncompressedBytes: 100_000 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });

  it('refuses a zip that is not a Word document, and a damaged one', async () => {
    await expect(parseTranscript(writeZip([{ name: 'notes.txt', data: 'hi' }]), 'a.docx')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/not a Word document/),
    });
    const doc = buildDocx(['Maya: hi']);
    await expect(parseTranscript(doc.subarray(0, doc.length - 30), 'cut.docx')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/damaged/),
    });
  });

  it('refuses a WebVTT cue with thousands of nested tags instead of overflowing the stack', async () => {
    const text = `WEBVTT\n\n00:00.000 --> 00:01.000\n${'<c>'.repeat(50_000)}<v A>x\n`;
    await expect(parseTranscript(utf8(text), 'tags.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/thousands of tags/),
    });
  });

  it('stops with CANCELLED when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseTranscript(utf8('Maya: hi'), 'a.txt', { signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('parses a large, realistic transcript quickly', async () => {
    const cues = Array.from({ length: 5_000 }, (_, i) => {
      const s = i * 3;
      const clock = (n: number): string =>
        `${String(Math.floor(n / 3600)).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000`;
      return `${i + 1}\n${clock(s)} --> ${clock(s + 3)}\n${i % 3 === 0 ? 'Maya Chen' : 'Tom Okafor'}: Invoice number ${i} did not match the rate confirmation.\n`;
    });
    const t0 = performance.now();
    const r = await parseTranscript(utf8(`WEBVTT\n\n${cues.join('\n')}`), 'long.vtt');
    expect(r.flavour).toBe('zoom');
    expect(r.turns.length).toBeGreaterThan(2_500);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

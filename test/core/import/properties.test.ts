/**
 * Property tests: whatever the bytes, parseTranscript resolves or rejects with AppError
 * PARSE/TOO_LARGE, for every file-name hint, and never hangs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { parseTranscript } from '../../../electron/core/services/import';

const HINTS = ['a.vtt', 'a.srt', 'a.txt', 'a.md', 'a.docx'] as const;
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
const fixtures = readdirSync(dir).map((f) => new Uint8Array(readFileSync(join(dir, f))));

async function settlesCleanly(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const r = await parseTranscript(bytes, name);
    expect(Array.isArray(r.turns)).toBe(true);
    for (const t of r.turns) {
      expect(typeof t.text).toBe('string');
      if (t.startMs !== null && t.endMs !== null) expect(t.endMs).toBeGreaterThanOrEqual(t.startMs);
    }
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect(['PARSE', 'TOO_LARGE']).toContain((err as AppError).code);
  }
}

const hint = fc.constantFrom(...HINTS);
/** Text made of the characters transcripts are built from, so parsers get past their first checks. */
const transcriptish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'WEBVTT\n',
        '\n',
        '\r\n',
        '\n\n',
        ' --> ',
        '00:00:01.000',
        '00:00:02,500',
        '1:02:03',
        '0:03',
        ': ',
        '[',
        ']',
        '<v ',
        '<c.x>',
        '</v>',
        '<b>',
        '&amp;',
        '&',
        '**',
        '# ',
        'Maya Chen',
        'Tom',
        'Speaker 1',
        'NOTE ',
        '-',
        '\t',
        '\u0000',
        '\uFEFF',
        'é',
        '👩🏽‍💼',
        '1\n',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parseTranscript never throws anything but PARSE/TOO_LARGE', () => {
  it('arbitrary bytes, every hint', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), hint, settlesCleanly), { numRuns: 200 });
  });

  it('arbitrary strings, every hint', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), hint, (s, name) =>
        settlesCleanly(new TextEncoder().encode(s), name),
      ),
      { numRuns: 200 },
    );
  });

  it('transcript-shaped strings, every hint', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptish, hint, (s, name) => settlesCleanly(new TextEncoder().encode(s), name)),
      { numRuns: 300 },
    );
  });

  it('mutations of the real fixtures (byte flips, cuts, splices), every hint', async () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
      )
      .map(([base, flips, cut]) => {
        const copy = new Uint8Array(base);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        return cut === null ? copy : copy.subarray(0, cut % (copy.length + 1));
      });
    await fc.assert(fc.asyncProperty(mutated, hint, settlesCleanly), { numRuns: 300 });
  });
});

describe('speed on hostile input', () => {
  it('1 MB of random bytes or random text finishes in well under a second', async () => {
    const random = fc.sample(fc.uint8Array({ minLength: 1_000_000, maxLength: 1_000_000 }), {
      numRuns: 1,
      seed: 42,
    })[0]!;
    const text = new TextEncoder().encode(
      fc.sample(fc.string({ minLength: 1_000_000, maxLength: 1_000_000 }), { numRuns: 1, seed: 7 })[0]!,
    );
    const vttish = new TextEncoder().encode(
      `WEBVTT\n\n00:00.000 --> 00:01.000\n${'&amp;<c.a>x</c>&zz; <v A>y '.repeat(40_000)}\n`,
    );
    for (const name of HINTS) {
      for (const bytes of [random, text.subarray(0, 1_000_000), vttish]) {
        const t0 = performance.now();
        await settlesCleanly(bytes, name);
        expect(performance.now() - t0, `${name} ${bytes.length}`).toBeLessThan(1000);
      }
    }
  });
});

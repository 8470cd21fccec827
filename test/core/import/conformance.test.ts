/** W3C/WPT WebVTT conformance: raw cue layer, invalid signatures, and cue-text parsing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript, parseWebVttCues } from '../../../electron/core/services/import';
import { cueTreeToPieces } from '../../../electron/core/services/import/formats/webvtt/cueText';

const root = '/work/shared/conformance/webvtt';
const decode = (path: string): string => new TextDecoder('utf-8').decode(readFileSync(path));

interface Expected {
  load_error_expected: boolean;
  cue_count: number;
  cues: { id: string; start: number; end: number; text: string }[];
}

describe('WebVTT file parsing (web-platform-tests)', () => {
  const cases = readdirSync(join(root, 'file-parsing')).filter((f) => f.endsWith('.vtt'));
  it('has the cases on disk', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s gives the expected cue list', (file) => {
    const expected = JSON.parse(
      readFileSync(join(root, 'expected', file.replace(/\.vtt$/, '.json')), 'utf8'),
    ) as Expected;
    const { cues } = parseWebVttCues(decode(join(root, 'file-parsing', file)), file);
    expect(cues).toHaveLength(expected.cue_count);
    expected.cues.forEach((want, i) => {
      const got = cues[i]!;
      expect(got.id).toBe(want.id);
      expect(got.text).toBe(want.text);
      expect(Math.abs(got.start - want.start)).toBeLessThan(1e-6);
      expect(Math.abs(got.end - want.end)).toBeLessThan(1e-6);
    });
  });

  const invalid = readdirSync(join(root, 'invalid-signature'));
  it.each(invalid)('invalid-signature/%s is refused with a PARSE error', async (file) => {
    const bytes = readFileSync(join(root, 'invalid-signature', file));
    await expect(parseTranscript(bytes, file)).rejects.toMatchObject({ name: 'AppError', code: 'PARSE' });
    expect(() => parseWebVttCues(decode(join(root, 'invalid-signature', file)), file)).toThrow();
  });

  it('keeps NUL as U+FFFD and imports the nulls case through the public API', async () => {
    const r = await parseTranscript(readFileSync(join(root, 'file-parsing', 'nulls.vtt')), 'nulls.vtt');
    expect(r.format).toBe('webvtt');
    expect(r.turns.map((t) => t.text).join(' ')).toContain('\uFFFD');
  });
});

/** Flattens a WPT tree dump to its text (minus <rt> readings) and its voice titles. */
function flattenExpectedTree(tree: string): { text: string; voices: string[] } {
  const lines = tree.split('\n');
  let text = '';
  const voices: string[] = [];
  let rtDepth: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = /^\| ( *)(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const depth = m[1]!.length / 2;
    let content = m[2]!;
    if (rtDepth !== null && depth <= rtDepth) rtDepth = null;
    if (content.startsWith('"')) {
      while (!(content.length > 1 && content.endsWith('"')) && i + 1 < lines.length) content += `\n${lines[++i]}`;
      if (rtDepth === null) text += content.slice(1, -1);
    } else if (content === '<rt>') {
      rtDepth ??= depth;
    } else if (content.startsWith('title="') && rtDepth === null) {
      const title = content.slice(7, -1);
      if (title) voices.push(title);
    }
  }
  return { text, voices };
}

describe('WebVTT cue text parsing (web-platform-tests, where an importer cares)', () => {
  const files = readdirSync(join(root, 'cue-text-parsing')).filter((f) => f.endsWith('.json'));
  const cases = files.flatMap((f) =>
    (JSON.parse(readFileSync(join(root, 'cue-text-parsing', f), 'utf8')) as { text: string; expectedTree: string }[])
      .map((c, i) => ({ name: `${f}#${i}`, input: c.text.replace(/\n$/, ''), tree: c.expectedTree }))
      // A cue cannot hold a blank line or an arrow, and CR would split lines: not representable in a file.
      .filter(
        (c) =>
          c.input.length > 0 &&
          !/\n\s*\n|-->|\r|^\s*$/.test(c.input) &&
          !c.input.startsWith('\n') &&
          !c.input.endsWith('\n'),
      ),
  );
  it('covers the representable cases', () => expect(cases.length).toBeGreaterThanOrEqual(75));

  it.each(cases.map((c) => [c.name, c] as const))('%s: text and voices match the expected tree', (_name, c) => {
    const { cues } = parseWebVttCues(`WEBVTT\n\n00:00.000 --> 00:01.000\n${c.input}\n`, 'case.vtt');
    expect(cues).toHaveLength(1);
    const pieces = cueTreeToPieces(cues[0]!.tree.children);
    const want = flattenExpectedTree(c.tree);
    expect(pieces.map((p) => p.text).join('')).toBe(want.text);
    const gotVoices = [...new Set(pieces.map((p) => p.voice).filter((v): v is string => v !== null))];
    expect(gotVoices).toEqual([...new Set(want.voices)]);
  });
});

/** Speaker heuristics, encodings, detection and refusals: the rules that avoid wrong imports. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../electron/core/services/import';
import { normaliseSpeakerLabel, isPlausibleSpeakerLabel } from '../../../electron/core/services/import/speakers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const speakersOf = async (text: string, name = 'x.txt'): Promise<(string | null)[]> =>
  (await parseTranscript(utf8(text), name)).speakers.map((s) => s.label);

describe('false speakers are avoided', () => {
  it('"Note:" in prose and URLs never become speakers', async () => {
    expect(
      await speakersOf(
        'We met Tom on Monday.\nNote: this is the important bit.\nSee https://example.com/x for details.\n',
      ),
    ).toEqual([null]);
  });
  it('a label seen once in prose is text, a repeated one is a speaker', async () => {
    expect(await speakersOf('Answer: maybe later.\nThe rest is prose.')).toEqual([null]);
    expect(await speakersOf('Maya: Hi.\nTom: Hello.\nMaya: How are invoices?\nTom: Slow.')).toEqual(['Maya', 'Tom']);
  });
  it('long or lowercase or sentence-like labels are refused', () => {
    expect(isPlausibleSpeakerLabel('The main thing I would say is this')).toBe(false);
    expect(isPlausibleSpeakerLabel('well')).toBe(false);
    expect(isPlausibleSpeakerLabel('Thanks. So')).toBe(false);
    expect(isPlausibleSpeakerLabel('Step 1')).toBe(false);
    expect(isPlausibleSpeakerLabel('Dr. Ana Ruiz')).toBe(true);
    expect(isPlausibleSpeakerLabel('Speaker 2')).toBe(true);
  });
  it('a prose line ending in a time is not an Otter header', async () => {
    expect(await speakersOf('We met in the depot at 10:30\nand talked about invoices.\n')).toEqual([null]);
  });
});

describe('speaker labels are tidied', () => {
  it('turns "Surname, Given" round, keeps a parenthetical, maps unknowns to null', () => {
    expect(normaliseSpeakerLabel('Okafor, Tom')).toBe('Tom Okafor');
    expect(normaliseSpeakerLabel('Raman, Priya (Finance)')).toBe('Priya Raman (Finance)');
    expect(normaliseSpeakerLabel('Acme, Inc.')).toBe('Acme, Inc.');
    expect(normaliseSpeakerLabel('Unknown Speaker')).toBeNull();
    expect(normaliseSpeakerLabel('**Maya**')).toBe('Maya');
  });
  it('one person written both ways is one speaker', async () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Okafor, Tom>Hi\n\n00:03.000 --> 00:04.000\n<v Maya Chen>Yo\n\n00:05.000 --> 00:06.000\n<v Tom Okafor>Bye\n';
    expect(await speakersOf(vtt, 'a.vtt')).toEqual(['Tom Okafor', 'Maya Chen']);
  });
  it('keeps code units as written: no Unicode normalisation, emoji and combining marks intact', async () => {
    const decomposed = 'Cafe\u0301 👩🏽‍💼';
    const r = await parseTranscript(utf8(`Maya: ${decomposed}\nTom: ok\nMaya: again\n`), 'x.txt');
    expect(r.turns[0]!.text).toBe(decomposed);
  });
});

describe('format detection from content', () => {
  it('a .txt holding WebVTT or SRT is read as such; a .srt holding prose is text with a warning', async () => {
    expect((await parseTranscript(utf8('WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n'), 'a.txt')).format).toBe('webvtt');
    expect((await parseTranscript(utf8('1\n00:00:01,000 --> 00:00:02,000\nhi\n'), 'a.txt')).format).toBe('srt');
    const prose = await parseTranscript(utf8('Just some notes.'), 'a.srt');
    expect(prose.format).toBe('text');
    expect(prose.warnings[0]).toMatch(/no subtitle timings/);
  });
  it('a .vtt name demands the WebVTT signature', async () => {
    await expect(parseTranscript(utf8('00:00:01.000 --> 00:00:02.000\nhi\n'), 'a.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/WEBVTT/),
    });
  });
  it('refuses .doc, PDF, RTF and a .docx that is not a zip, with advice', async () => {
    await expect(
      parseTranscript(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'a.doc'),
    ).rejects.toMatchObject({ code: 'PARSE', message: expect.stringMatching(/\.docx/) });
    await expect(parseTranscript(utf8('%PDF-1.7\n...'), 'a.pdf')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/PDF/),
    });
    await expect(parseTranscript(utf8('{\\rtf1\\ansi hi}'), 'a.rtf')).rejects.toMatchObject({ code: 'PARSE' });
    await expect(parseTranscript(utf8('Maya: hi'), 'a.docx')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/not a Word document/),
    });
  });
  it('empty and whitespace-only files are refused', async () => {
    await expect(parseTranscript(new Uint8Array(), 'a.txt')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'a.txt is empty.',
    });
    await expect(parseTranscript(utf8(' \n\n\t'), 'a.txt')).rejects.toMatchObject({ code: 'PARSE' });
  });
  it('a valid WebVTT file with no cues is refused with the reason (not "imported, 0 turns")', async () => {
    await expect(parseTranscript(utf8('WEBVTT\n'), 'a.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'Nothing was imported from a.vtt: it is a valid WebVTT file but holds no captions.',
    });
  });
});

describe('encodings', () => {
  const text = 'Maya: Café “quotes” €5\nTom: naïve\nMaya: ok\n';
  it('valid UTF-8 wins over chardet, with or without BOM', async () => {
    expect((await parseTranscript(utf8(text), 'a.txt')).encoding).toBe('utf-8');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const r = await parseTranscript(withBom, 'a.txt');
    expect(r.turns[0]!.text).toBe('Café “quotes” €5');
  });
  it('Windows-1252 is detected and decoded, including the 0x80-0x9F punctuation', async () => {
    const r = await parseTranscript(iconv.encode(text, 'windows-1252'), 'a.txt');
    expect(r.encoding).toBe('windows-1252');
    expect(r.turns[0]!.text).toBe('Café “quotes” €5');
  });
  it('UTF-16 with a BOM, and English UTF-16LE without one', async () => {
    const le = await parseTranscript(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]), 'a.txt');
    expect([le.encoding, le.turns[1]!.text]).toEqual(['utf-16le', 'naïve']);
    const be = await parseTranscript(new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]), 'a.txt');
    expect(be.encoding).toBe('utf-16be');
    const bare = await parseTranscript(iconv.encode(text, 'utf-16le'), 'a.txt');
    expect(bare.encoding).toBe('utf-16le');
  });
  it('binary garbage is refused as "does not look like a text transcript"', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(parseTranscript(bytes, 'x.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'x.vtt does not look like a text transcript (it contains binary data).',
    });
  });
  it('UTF-32 is refused with advice to save as UTF-8', async () => {
    await expect(parseTranscript(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'a.txt')).rejects.toMatchObject({
      code: 'PARSE',
      message: expect.stringMatching(/UTF-8/),
    });
  });
});

describe('SRT tolerance', () => {
  it('reads files without index lines, with "." milliseconds and bare CR line ends', async () => {
    const r = await parseTranscript(
      utf8(
        '00:00:01.5 --> 00:00:02.000\rMaya: one\r\r00:00:03.000 --> 00:00:04.250\rTom: two\r\r00:00:05.000 --> 00:00:06.000\rMaya: three\r',
      ),
      'a.srt',
    );
    expect(r.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual([
      ['Maya', 1500, 2000],
      ['Tom', 3000, 4250],
      ['Maya', 5000, 6000],
    ]);
  });
  it('warns with line numbers for unreadable timecodes and keeps the text', async () => {
    const r = await parseTranscript(
      utf8(
        '1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:xx,000 --> 00:00:03,000\nsecond\n\n3\n00:00:05,000 --> 00:00:04,000\nthird\n',
      ),
      'a.srt',
    );
    expect(r.warnings).toEqual([
      "line 6: timecode '00:00:xx,000' is not a timecode; text kept without a time",
      'line 10: subtitle ends (00:00:04,000) before it starts (00:00:05,000); end time dropped',
    ]);
    expect(r.turns.map((t) => t.text).join(' ')).toBe('first second third');
  });
});

describe('timings that run backwards', () => {
  it('keeps a cue that ends before it starts without a negative duration (found by the property test)', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Maya Chen>Hi.\n\n100:00:03.000 --> 00:00:04.000\n<v Tom Okafor>Hello.\n';
    const r = await parseTranscript(new TextEncoder().encode(vtt), 'a.vtt');
    const tom = r.turns.find((t) => t.speaker === 'Tom Okafor')!;
    expect(tom.text).toBe('Hello.');
    expect(tom.endMs).toBe(tom.startMs);
    expect(r.warnings.join('\n')).toMatch(/ends before it starts; cue kept/);
  });
});

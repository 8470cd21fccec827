/**
 * Import honesty (issue 11, found item 7): a file that yields no speech fails with its reason; Teams'
 * one-digit WebVTT timings and the legacy Teams Word layout import with their speakers; a document's
 * title page is its preface, not a turn; every merged cue keeps where its words begin and when.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript, parseWebVttCues, type ParsedTranscript } from '../../../electron/core/services/import';
import { padLooseTimings } from '../../../electron/core/services/import/formats/webvtt/looseTimings';
import { timeAtOffset } from '../../../shared/domain/cueTimes';
import { buildDocx } from './support/zip';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
const load = (name: string): Promise<ParsedTranscript> => parseTranscript(readFileSync(join(dir, name)), name);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a file that yields no turns is a failure with a reason', () => {
  it('WebVTT whose every timing is unreadable', async () => {
    const vtt =
      'WEBVTT\n\n00:61:00.000 --> 00:61:02.000\n<v Maya>Hi.</v>\n\n00:62:00.000 --> 00:62:02.000\n<v Tom>Hello.</v>\n';
    await expect(parseTranscript(utf8(vtt), 'broken.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message:
        "Nothing was imported from broken.vtt: all 2 of its caption timings could not be read (line 3: timing '00:61:00.000 --> 00:61:02.000' could not be read (you cannot have more than 59 minutes)).",
    });
  });
  it('WebVTT whose captions hold no words', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i></i>\n';
    await expect(parseTranscript(utf8(vtt), 'blank.vtt')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'Nothing was imported from blank.vtt: its captions hold no words.',
    });
  });
  it('SRT whose subtitles hold no words', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:03,000 --> 00:00:04,000\n{\\an8}\n';
    await expect(parseTranscript(utf8(srt), 'blank.srt')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'Nothing was imported from blank.srt: its subtitles hold no words.',
    });
  });
});

describe('Teams WebVTT with one-digit timing fields', () => {
  it('imports every cue at its time, with one warning that says what was read', async () => {
    const r = await load('teams-one-digit.vtt');
    expect(r.turns.map((t) => [t.speaker, t.startMs, t.endMs])).toEqual([
      ['Maya Chen', 1000, 6120],
      ['Tom Okafor', 7400, 15800],
      ['Maya Chen', 63500, 68000],
    ]);
    expect(r.turns[1]!.cues).toEqual([[43, 12000]]);
    expect(r.warnings).toEqual([
      "line 3: 5 timing lines are written with one-digit fields ('0:0:1.0 --> 0:0:2.5'), as some versions of Teams do; read as ordinary times (0:0:1.0 = 00:00:01.000)",
    ]);
  });
  it('padding touches only loose timing lines: a strict file and its cue text stay byte for byte', () => {
    const strict = readFileSync(join(dir, 'teams.vtt'), 'utf8');
    expect(padLooseTimings(strict)).toEqual({ text: strict, count: 0, first: null });
    const mixed = 'WEBVTT\r\n\r\n0:0:1.5 --> 00:00:02.000 align:start\r\nsays 0:0:1 --> no\r\n';
    expect(padLooseTimings(mixed).text).toBe(
      'WEBVTT\r\n\r\n00:00:01.500 --> 00:00:02.000 align:start\r\nsays 0:0:1 --> no\r\n',
    );
  });
  it('out-of-range fields are not guessed: the cue is skipped with the reason, as the W3C rules say', async () => {
    const r = await parseTranscript(
      utf8('WEBVTT\n\n0:0:1.0 --> 0:0:2.0\n<v A>One.</v>\n\n0:61:1.0 --> 0:61:2.0\n<v A>Two.</v>\n'),
      'x.vtt',
    );
    expect(r.turns.map((t) => t.text)).toEqual(['One.']);
    expect(r.warnings[1]).toMatch(/^line 6: timing '0:61:1\.0 --> 0:61:2\.0' could not be read/);
  });
  it('the raw cue layer stays strict (W3C conformance: one-digit minutes are not a timestamp)', () => {
    expect(parseWebVttCues('WEBVTT\n\n0:0:1.0 --> 0:0:2.5\nx\n', 'x.vtt').cues).toEqual([]);
  });
});

describe('legacy Teams Word layout (timing line, name line, text line)', () => {
  it('recognises every speaker, even one who speaks once, and keeps the title as the preface', async () => {
    const r = await load('teams-legacy.docx');
    expect(r.flavour).toBe('teams');
    expect(r.speakers.map((s) => [s.label, s.turnCount])).toEqual([
      ['Maya Chen', 2],
      ['Tom Okafor (Northwind Freight Group Ltd.)', 1],
      ['José Ñúñez-O’Neil', 1],
    ]);
    expect(r.turns.map((t) => [t.startMs, t.endMs, t.text])).toEqual([
      [0, 4200, 'Thanks for joining, both of you.'],
      [4200, 9800, 'Happy to. Detention charges are most of my week.'],
      [10100, 15600, 'And disputes take me three weeks to close.'],
      [15600, 18000, 'Three weeks, every time?'],
    ]);
    expect(r.preface).toBe('Northwind Freight – carrier invoices\n\nRecorded 14 March 2024');
  });
  it('timed captions pasted into Word are not taken for names: their first lines all differ', async () => {
    const lines = ['So the biggest', 'Problem with invoices', 'Every single week', 'Nobody checks them'];
    const doc = buildDocx(
      lines.flatMap((l, i) => [`0:0:${i * 2}.0 --> 0:0:${i * 2 + 2}.0`, l, 'and then some more words']),
    );
    const r = await parseTranscript(doc, 'captions.docx');
    expect(r.speakers.map((s) => s.label)).toEqual([null]);
  });
});

describe('title and header paragraphs before the first speaker', () => {
  it('are the preface of a Teams Word export, and no turn is left without a speaker', async () => {
    const r = await load('teams-export.docx');
    expect(r.preface).toBe(
      'Transcript\n\nNorthwind Freight – invoicing interview\n\n12 March 2024, 10:02AM\n\n42m 10s',
    );
    expect(r.turns.every((t) => t.speaker !== null)).toBe(true);
    expect(r.speakers.some((s) => s.label === null)).toBe(false);
  });
  it('a document without any speaker keeps its paragraphs as speech (no preface to take)', async () => {
    const r = await load('prose-notes.txt');
    expect(r.preface).toBe('');
    expect(r.turns.length).toBe(4);
  });
  it('a Word document with no words at all is a failure with the reason', async () => {
    await expect(parseTranscript(buildDocx(['', '\t', '']), 'blank.docx')).rejects.toMatchObject({
      code: 'PARSE',
      message: 'Nothing was imported from blank.docx: it contains no transcript text.',
    });
  });
});

describe('every merged cue keeps its start inside the turn', () => {
  it.each(['teams.vtt', 'zoom-transcript.vtt', 'zoom-captions.vtt', 'tags-entities.vtt', 'teams-one-digit.vtt'])(
    '%s: each cue’s words start at its offset and are timed by that cue',
    async (file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const { cues } = parseWebVttCues(padLooseTimings(text).text, file);
      const r = await load(file);
      let checked = 0;
      for (const cue of cues) {
        const words = cue.text
          .replace(/<[^>]*>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/^[^:\n]{1,40}: /, '')
          .trim();
        const first = words.split(/\s+/)[0]!;
        const ms = Math.round(cue.start * 1000);
        // The turn holding this cue: the one whose text has the cue's words at a cue boundary.
        const turn = r.turns.find((t) => t.startMs === ms || t.cues?.some(([, m]) => m === ms));
        if (first === '') continue;
        expect(turn, `the cue at ${ms} ms is the start of a turn or one of its cues`).toBeDefined();
        if (!turn) continue;
        const at = turn.startMs === ms ? 0 : turn.cues!.find(([, m]) => m === ms)![0];
        expect(turn.text.slice(at, at + first.length)).toBe(first);
        expect(timeAtOffset(turn.startMs, turn.cues ?? [], at + first.length - 1)).toBe(ms);
        checked++;
      }
      expect(checked).toBe(cues.filter((c) => c.text.replace(/<[^>]*>/g, '').trim() !== '').length);
    },
  );
});

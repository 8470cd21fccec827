/** Every fixture format, flavour and encoding: what is detected and which turns come out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParsedTranscript } from '../../../electron/core/services/import';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'transcripts');
const load = (name: string): Promise<ParsedTranscript> => parseTranscript(readFileSync(join(dir, name)), name);

interface Expectation {
  file: string;
  format: ParsedTranscript['format'];
  flavour?: ParsedTranscript['flavour'];
  encoding: ParsedTranscript['encoding'];
  /** label -> turn count */
  speakers: [string | null, number][];
  first: {
    speaker: string | null;
    startMs: number | null;
    endMs: number | null;
    text: string;
    cues?: [number, number][];
  };
  last: {
    speaker: string | null;
    startMs: number | null;
    endMs: number | null;
    text: string;
    cues?: [number, number][];
  };
  /** Title and header paragraphs before the first speaker ("" when none). */
  preface?: string;
  durationMs: number | null;
  warnings?: RegExp[];
}

const TXT_FIRST = {
  speaker: 'Maya Chen',
  startMs: null,
  endMs: null,
  text: 'Thanks for making time, Tom. Could you start with your role at Northwind Freight?',
};
const TXT_LAST = { speaker: 'Priya Raman', startMs: null, endMs: null, text: 'Nine working days. Our target is five.' };
const TXT_SPEAKERS: Expectation['speakers'] = [
  ['Maya Chen', 3],
  ['Tom Okafor', 2],
  ['Priya Raman', 2],
];
const SRT_NOINDEX = {
  speakers: [
    ['Maya Chen', 1],
    ['Priya Raman', 1],
  ] as Expectation['speakers'],
  first: { speaker: 'Maya Chen', startMs: 1000, endMs: 3500, text: 'What does month-end look like?' },
  last: {
    speaker: 'Priya Raman',
    startMs: 3500,
    endMs: 10000,
    text: 'Nine days of chasing carriers. We want five.',
    cues: [[31, 8000]] as [number, number][],
  },
  durationMs: 10000,
};

const cases: Expectation[] = [
  {
    file: 'zoom-transcript.vtt',
    format: 'webvtt',
    flavour: 'zoom',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 3],
      ['Tom Okafor', 2],
      ['Priya Raman', 2],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: 2140,
      endMs: 6830,
      text: 'Thanks for making time, Tom. Could you start with your role at Northwind Freight?',
    },
    last: { speaker: 'Priya Raman', startMs: 40500, endMs: 44980, text: 'Nine working days. Our target is five.' },
    durationMs: 44980,
  },
  {
    file: 'zoom-captions.vtt',
    format: 'webvtt',
    flavour: 'zoom-captions',
    encoding: 'utf-8',
    speakers: [[null, 2]],
    first: {
      speaker: null,
      startMs: 2140,
      endMs: 12020,
      text: 'Thanks for making time, Tom. Could you start with your role? Sure. I run accounts payable at Northwind Freight.',
      cues: [
        [29, 4500],
        [61, 7310],
      ],
    },
    last: { speaker: null, startMs: 16000, endMs: 18450, text: 'Every carrier invoice lands on my desk.' },
    durationMs: 18450,
  },
  {
    file: 'teams.vtt',
    format: 'webvtt',
    flavour: 'teams',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 1],
      ['Priya Raman (Finance)', 1],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: 1520,
      endMs: 8900,
      text: 'Thanks for joining, Tom. Tell me about the last invoice that went wrong.',
      cues: [[25, 5210]],
    },
    last: {
      speaker: 'Priya Raman (Finance)',
      startMs: 24000,
      endMs: 29500,
      text: 'I did, during the month-end accrual review.',
    },
    durationMs: 29500,
  },
  {
    file: 'youtube-rolling.vtt',
    format: 'webvtt',
    flavour: 'youtube',
    encoding: 'utf-8',
    speakers: [[null, 1]],
    first: {
      speaker: null,
      startMs: 960,
      endMs: 12000,
      text: 'so the biggest problem with carrier invoices is matching them to the rate confirmation every single week',
      cues: [
        [23, 3120],
        [57, 6080],
        [87, 9360],
      ],
    },
    last: {
      speaker: null,
      startMs: 960,
      endMs: 12000,
      text: 'so the biggest problem with carrier invoices is matching them to the rate confirmation every single week',
      cues: [
        [23, 3120],
        [57, 6080],
        [87, 9360],
      ],
    },
    durationMs: 12000,
  },
  {
    file: 'tags-entities.vtt',
    format: 'webvtt',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 2],
    ],
    first: { speaker: 'Maya Chen', startMs: 1000, endMs: 4000, text: "Welcome back — let's talk invoices." },
    last: { speaker: 'Tom Okafor', startMs: 11000, endMs: 13000, text: 'Pretty much.' },
    durationMs: 13000,
  },
  {
    file: 'bad-timing.vtt',
    format: 'webvtt',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 1],
      ['Tom Okafor', 1],
    ],
    first: { speaker: 'Maya Chen', startMs: 1000, endMs: 2000, text: 'Hi.' },
    last: { speaker: 'Tom Okafor', startMs: 3000, endMs: 4000, text: 'Hello.' },
    durationMs: 4000,
    warnings: [
      /^line 6: timing '00:61:00\.000 --> 00:61:02\.000' could not be read \(you cannot have more than 59 minutes\); cue skipped$/,
    ],
  },
  {
    file: 'interview.srt',
    format: 'srt',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 3],
      ['Tom Okafor', 3],
    ],
    first: { speaker: 'Maya Chen', startMs: 1200, endMs: 4800, text: 'Thanks for joining, Tom.' },
    last: { speaker: 'Tom Okafor', startMs: 24500, endMs: 26000, text: 'Every week.' },
    durationMs: 26000,
    warnings: [/^line 15: timecode '00:61:00,000' has minutes above 59; text kept without a time$/],
  },
  { file: 'interview-noindex.srt', format: 'srt', encoding: 'utf-8', ...SRT_NOINDEX },
  { file: 'interview-utf16be.srt', format: 'srt', encoding: 'utf-16be', ...SRT_NOINDEX },
  {
    file: 'interview.txt',
    format: 'text',
    encoding: 'utf-8',
    speakers: TXT_SPEAKERS,
    first: TXT_FIRST,
    last: TXT_LAST,
    durationMs: null,
  },
  {
    file: 'interview-utf8-bom.txt',
    format: 'text',
    encoding: 'utf-8',
    speakers: TXT_SPEAKERS,
    first: TXT_FIRST,
    last: TXT_LAST,
    durationMs: null,
  },
  {
    file: 'interview-utf16le.txt',
    format: 'text',
    encoding: 'utf-16le',
    speakers: TXT_SPEAKERS,
    first: TXT_FIRST,
    last: TXT_LAST,
    durationMs: null,
  },
  {
    file: 'interview-1252.txt',
    format: 'text',
    encoding: 'windows-1252',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 2],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: null,
      endMs: null,
      text: 'Ça va? Let’s talk about the “fuel surcharge” problem.',
    },
    last: { speaker: 'Tom Okafor', startMs: null, endMs: null, text: 'A rate table the carriers can’t argue with.' },
    durationMs: null,
  },
  {
    file: 'otter.txt',
    format: 'text',
    flavour: 'otter',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 3],
      ['Tom Okafor', 3],
      [null, 1],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: 3000,
      endMs: null,
      text: 'Thanks for making time, Tom. Could you start with your role?',
    },
    last: { speaker: 'Tom Okafor', startMs: 3729000, endMs: null, text: 'Just that we need fewer spreadsheets.' },
    durationMs: null,
  },
  {
    file: 'zoom-saved-captions.txt',
    format: 'text',
    flavour: 'zoom-captions',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 1],
    ],
    first: { speaker: 'Maya Chen', startMs: 0, endMs: null, text: 'Thanks for joining, Tom.' },
    last: { speaker: 'Maya Chen', startMs: 14000, endMs: null, text: 'Why detention?' },
    durationMs: null,
  },
  {
    file: 'bracketed.txt',
    format: 'text',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 2],
      ['Speaker 1', 2],
      ['Speaker 2', 2],
    ],
    first: { speaker: 'Maya Chen', startMs: 4000, endMs: null, text: "Let's start with the invoice backlog." },
    last: { speaker: 'Speaker 2', startMs: null, endMs: null, text: 'Any time.' },
    durationMs: null,
  },
  {
    file: 'prose-notes.txt',
    format: 'text',
    encoding: 'utf-8',
    speakers: [[null, 4]],
    first: { speaker: null, startMs: null, endMs: null, text: 'Interview notes, Northwind Freight, 12 March.' },
    last: {
      speaker: null,
      startMs: null,
      endMs: null,
      text: 'Follow-up: ask Priya for the month-end close checklist.',
    },
    durationMs: null,
  },
  {
    file: 'interview.md',
    format: 'markdown',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 3],
      ['Tom Okafor', 2],
      ['Priya Raman', 1],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: null,
      endMs: null,
      text: 'Thanks for making time. What does a normal week look like?',
    },
    last: { speaker: 'Maya Chen', startMs: null, endMs: null, text: 'Thanks, both.' },
    durationMs: null,
    preface: 'Northwind Freight — invoicing interview\n\nRecorded 12 March, 45 minutes.',
    warnings: [
      /^line 3: text before the first speaker was kept as the transcript's preface \(a title or header, not speech\)$/,
    ],
  },
  {
    file: 'meet.txt',
    format: 'text',
    flavour: 'meet',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 3],
      ['Tom Okafor', 3],
    ],
    first: { speaker: 'Maya Chen', startMs: 0, endMs: null, text: 'Okay, recording is on. Thanks for joining, Tom.' },
    preface: 'Northwind Freight interview - Transcript Attendees Maya Chen, Tom Okafor\n\nTranscript',
    last: { speaker: 'Tom Okafor', startMs: null, endMs: null, text: 'After three weeks of emails.' },
    durationMs: null,
  },
  {
    file: 'teams-export.docx',
    format: 'docx',
    flavour: 'teams',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 2],
    ],
    first: {
      speaker: 'Maya Chen',
      startMs: 3000,
      endMs: null,
      text: 'Thanks for joining, Tom. Can you walk me through a carrier invoice?',
    },
    preface: 'Transcript\n\nNorthwind Freight – invoicing interview\n\n12 March 2024, 10:02AM\n\n42m 10s',
    last: {
      speaker: 'Tom Okafor',
      startMs: 69000,
      endMs: null,
      text: 'Six minutes when it matches, forty when it does not.',
    },
    durationMs: null,
  },
  {
    file: 'teams-timing.docx',
    format: 'docx',
    flavour: 'teams',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Tom Okafor', 1],
    ],
    first: { speaker: 'Maya Chen', startMs: 3420, endMs: 8150, text: 'Thanks for joining, Tom.' },
    last: { speaker: 'Maya Chen', startMs: 19500, endMs: 22000, text: 'Why detention?' },
    durationMs: 22000,
  },
  {
    file: 'word-colon.docx',
    format: 'docx',
    encoding: 'utf-8',
    speakers: [
      ['Maya Chen', 2],
      ['Priya Raman', 2],
    ],
    first: { speaker: 'Maya Chen', startMs: null, endMs: null, text: 'What slows the month-end close?' },
    preface: 'Interview with Northwind Freight, 12 March',
    last: { speaker: 'Priya Raman', startMs: null, endMs: null, text: 'Around sixty.' },
    durationMs: null,
  },
];

describe('transcript fixtures', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const r = await load(c.file);
    expect(r.format).toBe(c.format);
    expect(r.flavour).toBe(c.flavour);
    expect(r.encoding).toBe(c.encoding);
    expect(r.speakers.map((s) => [s.label, s.turnCount])).toEqual(c.speakers);
    expect(r.turns[0]).toEqual(c.first);
    expect(r.turns[r.turns.length - 1]).toEqual(c.last);
    expect(r.durationMs).toBe(c.durationMs);
    expect(r.preface).toBe(c.preface ?? '');
    if (c.warnings) {
      expect(r.warnings).toHaveLength(c.warnings.length);
      c.warnings.forEach((w, i) => expect(r.warnings[i]).toMatch(w));
    }
    expect(r.preview.length).toBeGreaterThan(0);
  });

  it('merges consecutive cues of one speaker and keeps first start and last end (Zoom)', async () => {
    const r = await load('zoom-transcript.vtt');
    expect(r.turns[1]).toEqual({
      speaker: 'Tom Okafor',
      startMs: 7310,
      endMs: 18450,
      text: "Sure. I run accounts payable, so every carrier invoice lands on my team's desk. We get about four thousand a month, and maybe a third of them don't match the rate confirmation.",
      // The second cue's words ("We get about…") start at offset 80, said at 12.02 s.
      cues: [[80, 12020]],
    });
    expect(r.turns[1]!.text.slice(80, 86)).toBe('We get');
    expect(r.speakers.find((s) => s.label === 'Tom Okafor')!.talkMs).toBe(18450 - 7310 + 31700 - 23050);
  });

  it('reads Teams voice spans with and without </v>, turns "Surname, Given" round and decodes entities', async () => {
    const r = await load('teams.vtt');
    expect(r.turns[1]!.text).toBe(
      'Last Tuesday a carrier billed us detention for four hours but the gate log says forty minutes & nobody flagged it.',
    );
  });

  it('strips cue tags, inline timestamps and ruby readings, and splits two voices in one cue', async () => {
    const r = await load('tags-entities.vtt');
    expect(r.turns.map((t) => t.text)).toEqual([
      "Welcome back — let's talk invoices.",
      'Carriers send PDFs & EDI 210s; both need checking. We call it the 帳合 step <reconciliation>.',
      'Café-style chaos?',
      'Pretty much.',
    ]);
  });

  it('SRT: drops an empty cue, strips <i>/<font>/{\\an8}, splits "- Name:" dialogue lines', async () => {
    const r = await load('interview.srt');
    expect(r.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Maya Chen', 'Thanks for joining, Tom.'],
      ['Tom Okafor', 'Happy to. Invoices are my whole week. Fuel surcharges change weekly.'],
      ['Maya Chen', 'How do you check them?'],
      ['Tom Okafor', 'By hand, against the DOE index.'],
      ['Maya Chen', 'Every week?'],
      ['Tom Okafor', 'Every week.'],
    ]);
  });

  it('Otter: "Unknown Speaker" becomes the null speaker and hour-long times are read', async () => {
    const r = await load('otter.txt');
    expect(r.turns[4]).toMatchObject({ speaker: null, startMs: 58000, text: 'Sorry, is this the AP call?' });
    expect(r.turns[5]).toMatchObject({ speaker: 'Maya Chen', startMs: 3723000 });
    expect(r.turns.some((t) => t.text.includes('otter.ai'))).toBe(false);
  });

  it('Markdown: bold labels, blockquotes and emphasis become plain speaker turns', async () => {
    const r = await load('interview.md');
    expect(r.turns.map((t) => [t.speaker, t.text])).toContainEqual([
      'Tom Okafor',
      "A third don't match the rate confirmation. The fuel surcharge is usually why.",
    ]);
    expect(r.turns.map((t) => [t.speaker, t.text])).toContainEqual(['Maya Chen', 'And the mismatches?']);
  });

  it("Google Meet: a standalone timestamp sets the next turn's start", async () => {
    const r = await load('meet.txt');
    expect(r.turns.find((t) => t.text === 'How was it resolved?')!.startMs).toBe(300_000);
  });

  it('Word: manual line breaks inside a paragraph become spaces, not glued words', async () => {
    const r = await load('word-colon.docx');
    expect(r.turns[1]!.text).toBe('Open carrier disputes. We cannot accrue what we have not agreed.');
  });
});

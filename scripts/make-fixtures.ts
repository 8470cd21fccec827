/**
 * Regenerates the binary transcript fixtures (other encodings, Word documents) from text kept
 * here, so the committed files can be reviewed and rebuilt: `npx tsx scripts/make-fixtures.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { buildDocx } from '../test/core/import/support/zip';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'transcripts');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const write = (name: string, bytes: Uint8Array): void => writeFileSync(join(dir, name), bytes);
const bom = (b: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(b), body]);

const interview = read('interview.txt');
write('interview-utf8-bom.txt', bom([0xef, 0xbb, 0xbf], Buffer.from(interview, 'utf8')));
write('interview-utf16le.txt', bom([0xff, 0xfe], iconv.encode(interview, 'utf-16le')));
write('interview-utf16be.srt', bom([0xfe, 0xff], iconv.encode(read('interview-noindex.srt'), 'utf-16be')));

// Windows-1252: the characters that differ from Latin-1 (curly quotes, euro, dashes) on purpose.
const western = [
  'Maya Chen: Ça va? Let’s talk about the “fuel surcharge” problem.',
  'Tom Okafor: Each carrier adds €40–€60 per load – it’s naïve to think we check them all.',
  'Maya Chen: Merci. What would fix it?',
  'Tom Okafor: A rate table the carriers can’t argue with.',
  '',
].join('\r\n');
write('interview-1252.txt', iconv.encode(western, 'windows-1252'));

// Teams "Download as .docx" (current): header block, then "Name   m:ss" and text paragraphs.
write(
  'teams-export.docx',
  buildDocx([
    'Transcript',
    'Northwind Freight – invoicing interview',
    '12 March 2024, 10:02AM',
    '42m 10s',
    'Maya Chen   0:03',
    'Thanks for joining, Tom. Can you walk me through a carrier invoice?',
    'Tom Okafor   0:11',
    'It arrives as a PDF in the AP inbox. We key it into the ERP by hand.',
    'Tom Okafor   0:24',
    'Then someone matches it to the rate confirmation in the TMS.',
    'Maya Chen   1:05',
    'How long does that take per invoice?',
    'Tom Okafor   1:09',
    'Six minutes when it matches, forty when it does not.',
  ]),
);

// Teams' older Word export: timing line, speaker line, text.
write(
  'teams-timing.docx',
  buildDocx([
    '0:0:3.420 --> 0:0:8.150',
    'Maya Chen',
    'Thanks for joining, Tom.',
    '0:0:8.900 --> 0:0:14.300',
    'Tom Okafor',
    'Happy to. Invoices are most of my week.',
    '0:0:14.300 --> 0:0:19.000',
    'Tom Okafor',
    'Detention charges are the worst.',
    '0:0:19.500 --> 0:0:22.000',
    'Maya Chen',
    'Why detention?',
  ]),
);

// Teams' older Word export as it comes from a short call: a title page first, every person named once
// or twice, directory names longer than a usual label, accents and apostrophes. Issue 11: this
// imported with every speaker unknown and the title as a participant's turn.
write(
  'teams-legacy.docx',
  buildDocx([
    'Northwind Freight – carrier invoices',
    'Recorded 14 March 2024',
    '0:0:0.0 --> 0:0:4.200',
    'Chen, Maya',
    'Thanks for joining, both of you.',
    '0:0:4.200 --> 0:0:9.800',
    'Okafor, Tom (Northwind Freight Group Ltd.)',
    'Happy to. Detention charges are most of my week.',
    '0:0:10.100 --> 0:0:15.600',
    'José Ñúñez-O’Neil',
    'And disputes take me three weeks to close.',
    '0:0:15.600 --> 0:0:18.000',
    'Chen, Maya',
    'Three weeks, every time?',
  ]),
);

// A researcher's own Word notes: "Name: text" paragraphs, with a line break inside one.
write(
  'word-colon.docx',
  buildDocx([
    'Interview with Northwind Freight, 12 March',
    'Maya Chen: What slows the month-end close?',
    'Priya Raman: Open carrier disputes.\nWe cannot accrue what we have not agreed.',
    'Maya Chen: How many are open now?',
    'Priya Raman: Around sixty.',
  ]),
);
console.log('fixtures written to', dir);

// The answer-keyed study (test/fixtures/study): its Word transcripts are kept as one paragraph a line.
const studyDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'study');
for (const name of readdirSync(studyDir).filter((n) => n.endsWith('.docx.txt'))) {
  const lines = readFileSync(join(studyDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  writeFileSync(join(studyDir, name.replace(/\.txt$/, '')), buildDocx(lines));
}
console.log('study fixtures written to', studyDir);

/**
 * Small REFI-QDA files imitating how each vendor writes the standard (see
 * test/fixtures/refi/README.md for which behaviour each imitates). Built from the standard's
 * elements by hand, so positions are computed here the way that vendor counts them.
 */
import { packQdpx } from './refi';

export const G = {
  code1: 'A1B2C3D4-0000-4000-8000-000000000001',
  code2: 'A1B2C3D4-0000-4000-8000-000000000002',
  code3: '{A1B2C3D4-0000-4000-8000-000000000003}',
  case1: 'C0000000-0000-4000-8000-000000000001',
  src1: 'D0000000-0000-4000-8000-000000000001',
  src2: 'D0000000-0000-4000-8000-000000000002',
  src3: 'D0000000-0000-4000-8000-000000000003',
  var1: 'E0000000-0000-4000-8000-000000000001',
  note1: 'F0000000-0000-4000-8000-000000000001',
  user1: 'B0000000-0000-4000-8000-000000000001',
  sel: (n: number) => `5E1E0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  coding: (n: number) => `C0D10000-0000-4000-8000-${String(n).padStart(12, '0')}`,
};

/** Positions of `sub` in `text` under a vendor's way of counting. */
export function positions(
  text: string,
  sub: string,
  count: 'codepoint' | 'utf16' | 'crlf-as-one' = 'codepoint',
  from = 0,
): [number, number] {
  const at = text.indexOf(sub, from);
  if (at < 0) throw new Error(`"${sub}" not in text`);
  const measure = (s: string): number =>
    count === 'utf16' ? s.length : count === 'crlf-as-one' ? [...s.replace(/\r\n/g, '\n')].length : [...s].length;
  return [measure(text.slice(0, at)), measure(text.slice(0, at + sub.length))];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

export function selection(n: number, [start, end]: [number, number], codeGuid: string, name = ''): string {
  return `<PlainTextSelection guid="${G.sel(n)}" name="${esc(name)}" startPosition="${start}" endPosition="${end}"><Coding guid="${G.coding(n)}"><CodeRef targetGUID="${codeGuid}"/></Coding></PlainTextSelection>`;
}

const CODEBOOK = `<CodeBook><Codes><Code guid="${G.code1}" name="Billing pain" isCodable="true" color="#FF0000"><Description>Trouble with invoices.</Description><Code guid="${G.code2}" name="Rework" isCodable="true" color="#0F0"/></Code><Code guid="${G.code3}" name="Wishes" isCodable="true"/></Codes></CodeBook>`;

export function project(
  origin: string,
  body: string,
  opts: { crlf?: boolean; bom?: boolean; prefix?: boolean } = {},
): string {
  let xml = `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Vendor study" origin="${origin}">\n${CODEBOOK}\n${body}\n</Project>\n`;
  if (opts.prefix) xml = xml.replace(/<(\/?)([A-Z][A-Za-z]*)/g, '<$1qda:$2').replace('xmlns="urn', 'xmlns:qda="urn');
  if (opts.crlf) xml = xml.replace(/\n/g, '\r\n');
  return (opts.bom ? '\uFEFF' : '') + xml;
}

export const TEXT = {
  emoji:
    'Interviewer: How is billing?\n\nJane Roe: Awful 😤 honestly, the invoice run 📄 fails monthly.\n\nInterviewer: Why?\n\nJane Roe: The 🙃 export drops rows.',
  crlf: 'Interviewer: Tell me more.\r\n\r\nJane Roe: We reconcile by hand.\r\nIt takes two days.\r\n\r\nInterviewer: Which tools?\r\n\r\nJane Roe: Excel and a lot of coffee.',
};

/** NVivo: positions in UTF-16 code units; sources in sources/ as internal:// files. */
export async function nvivoFixture(): Promise<Buffer> {
  const t = TEXT.emoji;
  const body = `<Sources><TextSource guid="${G.src1}" name="Jane" plainTextPath="internal://${G.src1}.txt">${selection(1, positions(t, 'the invoice run 📄 fails monthly', 'utf16'), G.code1, 'the invoice run')}${selection(2, positions(t, 'export drops rows', 'utf16'), G.code2, 'export drops rows')}</TextSource></Sources>`;
  return packQdpx('project.qde', project('NVivo 14.23.0', body), { [`${G.src1}.txt`]: t });
}

/** ATLAS.ti: CRLF line breaks in the source, each counted as one character. */
export async function atlasFixture(): Promise<Buffer> {
  const t = TEXT.crlf;
  const body = `<Sources><TextSource guid="${G.src1}" name="Jane" plainTextPath="internal://${G.src1}.txt">${selection(1, positions(t, 'It takes two days.', 'crlf-as-one'), G.code1, 'It takes two days.')}${selection(2, positions(t, 'Excel and a lot', 'crlf-as-one'), G.code3, 'Excel and a lot')}</TextSource></Sources>`;
  return packQdpx('project.qde', project('ATLAS.ti 23.2.1', body), { [`${G.src1}.txt`]: t });
}

/**
 * MAXQDA-style container: the XML named after the project with a BOM, CRLF line ends and a
 * namespace prefix, sources in a capitalised "Sources/" folder, the source file with a BOM.
 */
export async function maxqdaFixture(): Promise<Buffer> {
  const t = TEXT.emoji;
  const body = `<Sources><TextSource guid="${G.src1}" name="Jane" plainTextPath="internal://jane.txt">${selection(1, positions(t, 'Awful 😤 honestly'), G.code1, 'Awful')}</TextSource></Sources>`;
  return packQdpx(
    'Vendor study.qde',
    project('MAXQDA 2022 (Release 22.4.0)', body, { crlf: true, bom: true, prefix: true }),
    { 'jane.txt': `\uFEFF${t}` },
    'Sources',
  );
}

/**
 * QualCoder-style: sources embedded as PlainTextContent, empty <Sets/>, memos in <Description>
 * (of the source and a selection), cases linked to sources, a user who is the interviewer.
 */
export async function qualcoderFixture(): Promise<Buffer> {
  const t = TEXT.emoji;
  const body =
    `<Users><User guid="${G.user1}" name="Interviewer"/></Users>` +
    `<Variables><Variable guid="${G.var1}" name="Role" typeOfVariable="Text"/></Variables>` +
    `<Cases><Case guid="${G.case1}" name="Jane Roe"><Description>Met at the fair.</Description><VariableValue><VariableRef targetGUID="${G.var1}"/><TextValue>AP clerk</TextValue></VariableValue><SourceRef targetGUID="${G.src1}"/></Case></Cases>` +
    `<Sources><TextSource guid="${G.src1}" name="Jane interview"><Description>Memo: follow up in May.</Description><PlainTextContent>${esc(t)}</PlainTextContent>` +
    `<PlainTextSelection guid="${G.sel(1)}" startPosition="${positions(t, 'the invoice run')[0]}" endPosition="${positions(t, 'the invoice run')[1]}"><Description>Key quote</Description><Coding guid="${G.coding(1)}"><CodeRef targetGUID="${G.code1}"/></Coding></PlainTextSelection>` +
    `</TextSource></Sources><Sets/>`;
  return packQdpx('project.qde', project('QualCoder 3.5', body), {});
}

/** A project with PDF and picture sources (with codings) beside one text source. */
export async function mixedSourcesFixture(): Promise<Buffer> {
  const t = TEXT.emoji;
  const body =
    `<Sources>` +
    `<PDFSource guid="${G.src2}" name="Contract.pdf" path="internal://${G.src2}.pdf"><PDFSelection guid="${G.sel(9)}" page="1" firstX="1" firstY="1" secondX="5" secondY="5"><Coding guid="${G.coding(9)}"><CodeRef targetGUID="${G.code1}"/></Coding></PDFSelection></PDFSource>` +
    `<TextSource guid="${G.src1}" name="Jane" plainTextPath="internal://${G.src1}.txt">${selection(1, positions(t, 'export drops rows'), G.code2)}</TextSource>` +
    `<PictureSource guid="${G.src3}" name="Whiteboard.jpg" path="internal://${G.src3}.jpg"/>` +
    `</Sources>`;
  return packQdpx('project.qde', project('f4analyse 3', body), {
    [`${G.src1}.txt`]: t,
    [`${G.src2}.pdf`]: '%PDF-1.4',
    [`${G.src3}.jpg`]: 'JPEG',
  });
}

/** Taguette-style codebook: .qdc with no sets and a three-digit colour. */
export const taguetteCodebook = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1"><Codes><Code guid="${G.code1}" name="billing" isCodable="true" color="#abc"><Description>From highlights.</Description></Code><Code guid="${G.code2}" name="tools" isCodable="true"/></Codes></CodeBook>`;

/** The interview two people coded in another tool (refiCoders.test.ts, e2e/refi.test.ts). */
export const TWO_CODER_TURNS = [
  { speaker: 'Rita Researcher', text: 'How does month end go?' },
  { speaker: 'Tom Okafor', text: 'The export takes hours and breaks every month.' },
  { speaker: 'Rita Researcher', text: 'And then?' },
  { speaker: 'Tom Okafor', text: 'We redo it by hand, and I want the close done in two days.' },
];

const TWO_CODER_TEXT = TWO_CODER_TURNS.map((t) => `${t.speaker}: ${t.text}`).join('\n\n');

/** Pieces of a MAXQDA-style file in which users coded `TWO_CODER_TURNS`, kept as an external .txt. */
export const twoCoderFile = {
  jane: 'B0000000-0000-4000-8000-00000000000a',
  ken: 'B0000000-0000-4000-8000-00000000000b',
  /** A PlainTextSelection of `sub` (positions in code points) made by `user`, holding `codings`. */
  selection: (n: number, sub: string, user: string, codings: string): string => {
    const [start, end] = positions(TWO_CODER_TEXT, sub);
    return `<PlainTextSelection guid="${G.sel(n)}" startPosition="${start}" endPosition="${end}" creatingUser="${user}">${codings}</PlainTextSelection>`;
  },
  coding: (n: number, code: string, user: string): string =>
    `<Coding guid="${G.coding(n)}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding>`,
  /** The project: `users` (a <Users> element or nothing) and the selections of its one source. */
  pack: (users: string, selections: string): Promise<Buffer> =>
    packQdpx(
      'project.qde',
      project(
        'MAXQDA 24',
        `${users}<Sources><TextSource guid="${G.src1}" name="Call with Tom" plainTextPath="internal://${G.src1}.txt" creatingUser="${G.user1}">${selections}</TextSource></Sources>`,
      ),
      { [`${G.src1}.txt`]: TWO_CODER_TEXT },
    ),
};

/**
 * Jane and Ken coded one interview: both gave "Billing pain" to one selection (each keeps theirs),
 * Jane one more, Ken "Wishes" on one of his own; Ken's name is spaced oddly; the owner made nothing.
 */
export function twoCoderFixture(): Promise<Buffer> {
  const { jane, ken, selection: sel, coding } = twoCoderFile;
  return twoCoderFile.pack(
    `<Users><User guid="${jane}" name="Jane Coder"/><User guid="${ken}" name="  Ken   Coder "/><User guid="${G.user1}" name="Owner Who Made Nothing"/></Users>`,
    sel(1, 'The export takes hours', jane, coding(1, G.code1, jane) + coding(2, G.code1, ken)) +
      sel(2, 'We redo it by hand', jane, coding(3, G.code1, jane)) +
      sel(3, 'I want the close done', ken, coding(4, G.code3, ken)),
  );
}

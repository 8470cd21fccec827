/**
 * A cited document as a Word file (docx): the title in Word's Title style, sections as real Heading 1
 * paragraphs, items as bullets whose superscript [n] numbers link to a bookmark on the source, and the
 * sources as a Word numbered list in citation order (so item n of the list is citation n).
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { CitedDocument, DocCitation, DocItem } from './citedDocument';

const MUTED = '555555';
const ACCENT = '1F4FBF';
const WARN = '8A4B00';
const CONTRA = 'A11111';
const SOURCES = 'sources';

/** XML 1.0 has no place for most control characters or lone surrogates: drop them. */
function xmlSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/** A run per line, so newlines inside quotes stay line breaks. */
function runs(
  text: string,
  style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
}

function item(i: DocItem): Paragraph[] {
  const children: ParagraphChild[] = [];
  if (i.label) children.push(...runs(`${i.label}: `, { bold: true }));
  children.push(...runs(i.statement));
  for (const n of i.citations) {
    children.push(
      new InternalHyperlink({
        anchor: `c${n}`,
        children: [new TextRun({ text: `[${n}]`, superScript: true, color: ACCENT })],
      }),
    );
  }
  if (i.flag) children.push(...runs(` (${i.flag})`, { bold: true, color: WARN }));
  const out = [new Paragraph({ bullet: { level: 0 }, children, spacing: { before: 80 } })];
  for (const d of i.detail) out.push(new Paragraph({ indent: { left: 720 }, children: runs(d, { size: 20 }) }));
  if (i.note)
    out.push(
      new Paragraph({ indent: { left: 720 }, children: runs(i.note, { italics: true, color: MUTED, size: 18 }) }),
    );
  return out;
}

function source(c: DocCitation): Paragraph {
  const where = [c.who, c.interview, c.date, c.timestamp].filter(Boolean).join(' · ');
  return new Paragraph({
    numbering: { reference: SOURCES, level: 0 },
    spacing: { before: 80 },
    children: [
      new Bookmark({ id: `c${c.n}`, children: runs(`“${c.text}”`) }),
      new TextRun({ text: '', break: 1 }),
      ...runs(c.polarity === 'contradicts' ? 'Contradicts' : 'Supports', {
        bold: c.polarity === 'contradicts',
        color: c.polarity === 'contradicts' ? CONTRA : MUTED,
        size: 18,
      }),
      ...runs(` · ${where}`, { color: MUTED, size: 18 }),
    ],
  });
}

export async function documentDocx(doc: CitedDocument): Promise<Uint8Array> {
  const h1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text) });
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) })];
  // The kind under the title ("Persona"), unless the title already says it.
  if (!doc.title.toLowerCase().startsWith(doc.kind.toLowerCase()))
    body.push(
      new Paragraph({
        children: runs(doc.kind.charAt(0).toUpperCase() + doc.kind.slice(1), { color: MUTED, size: 18 }),
      }),
    );
  if (doc.subtitle)
    body.push(
      new Paragraph({
        spacing: { after: 160 },
        children: runs(doc.subtitle, { italics: true, color: MUTED, size: 24 }),
      }),
    );
  for (const [k, v] of doc.facts)
    body.push(new Paragraph({ children: [...runs(`${k}: `, { bold: true }), ...runs(v)] }));
  for (const s of doc.sections) {
    body.push(h1(s.title));
    for (const i of s.items) body.push(...item(i));
  }
  body.push(h1('Sources'));
  if (doc.citations.length === 0)
    body.push(new Paragraph({ children: runs('No quotes cited yet.', { italics: true }) }));
  for (const c of doc.citations) body.push(source(c));
  if (doc.checklist.length) {
    body.push(h1('Validation checklist'));
    for (const c of doc.checklist)
      body.push(
        new Paragraph({
          children: [
            ...runs(`${c.passed ? '☑' : '☐'} ${c.label}`, { bold: true }),
            ...runs(` — ${c.passed ? 'passes' : 'not yet'}: ${c.detail}`, { color: MUTED }),
          ],
        }),
      );
  }
  if (doc.warnings.length) {
    body.push(h1('Warnings'));
    for (const w of doc.warnings)
      body.push(new Paragraph({ bullet: { level: 0 }, children: runs(w, { color: WARN }) }));
  }
  const word = new Document({
    creator: 'Groundwork',
    title: xmlSafe(doc.title),
    description: xmlSafe(`${doc.title} — ${doc.kind}`),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: SOURCES,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.END,
              style: { paragraph: { indent: { left: 567, hanging: 425 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    color: MUTED,
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}

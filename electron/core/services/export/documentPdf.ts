/**
 * A cited document as an A4 PDF (pdfkit): title, facts, sections whose items carry bracketed citation
 * numbers that link to a numbered "Sources" list, the checklist, warnings and page numbers.
 * Text is set in DejaVu Sans, embedded and subset (pdfFonts.ts): Latin with any accents, Greek,
 * Cyrillic, Hebrew and Arabic print as themselves; characters the font lacks (emoji, CJK…) are shown
 * as "[?]" and the document says so on its first page (pdfText.ts). Lines with Hebrew or Arabic are
 * drawn in visual order (pdfBidi.ts).
 */
import PDFDocument from 'pdfkit';
import type { CitedDocument, DocCitation, DocItem } from './citedDocument';
import { drawBidiLines } from './pdfBidi';
import { BOLD, FONT, ITALIC, registerPdfFonts, type GlyphCheck } from './pdfFonts';
import { documentNeedsFallback, pdfText } from './pdfText';

const A4_MARGIN = 56; // ~2 cm
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1f4fbf';
const WARN = '#8a4b00';
const CONTRA = '#a11111';
const RULE = '#cccccc';

/** Each document's glyph checks: text set in bold is checked against the bold face. */
const faces = new WeakMap<PDFKit.PDFDocument, Record<'regular' | 'bold', GlyphCheck>>();
const plain = (pdf: PDFKit.PDFDocument, text: string) => pdfText(text, faces.get(pdf)!.regular);
const bold = (pdf: PDFKit.PDFDocument, text: string) => pdfText(text, faces.get(pdf)!.bold);

export interface PdfOptions {
  /** Fixed creation date (tests, reproducible output); now when absent. */
  creationDate?: Date;
}

export function documentPdf(doc: CitedDocument, opts: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: A4_MARGIN, bottom: A4_MARGIN + 14, left: A4_MARGIN, right: A4_MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: doc.title,
      Subject: `${doc.title} — ${doc.kind}`,
      Creator: 'Groundwork',
      CreationDate: opts.creationDate ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  faces.set(pdf, registerPdfFonts(pdf));
  drawBidiLines(pdf);
  layout(pdf, doc);
  numberPages(pdf, doc);
  pdf.end();
  return done;
}

function width(pdf: PDFKit.PDFDocument): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

/** Starts a new page when less than `needed` points remain, so a heading never ends a page. */
function keep(pdf: PDFKit.PDFDocument, needed: number): void {
  if (pdf.y + needed > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

function heading(pdf: PDFKit.PDFDocument, text: string): void {
  keep(pdf, 70);
  pdf.moveDown(0.8);
  const left = pdf.page.margins.left;
  pdf
    .font(BOLD)
    .fontSize(14)
    .fillColor(INK)
    .text(bold(pdf, text), left, pdf.y, { width: width(pdf) });
  const y = pdf.y + 2;
  pdf
    .moveTo(left, y)
    .lineTo(left + width(pdf), y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  pdf.y = y + 6;
}

function layout(pdf: PDFKit.PDFDocument, doc: CitedDocument): void {
  const left = pdf.page.margins.left;
  pdf
    .font(BOLD)
    .fontSize(22)
    .fillColor(INK)
    .text(bold(pdf, doc.title), left, pdf.y, { width: width(pdf) });
  if (!doc.title.toLowerCase().startsWith(doc.kind.toLowerCase()))
    pdf
      .font(FONT)
      .fontSize(9)
      .fillColor(MUTED)
      .text(doc.kind.charAt(0).toUpperCase() + doc.kind.slice(1), { width: width(pdf) });
  if (doc.subtitle)
    pdf
      .moveDown(0.4)
      .font(FONT)
      .fontSize(12)
      .fillColor(MUTED)
      .text(plain(pdf, doc.subtitle), { width: width(pdf) });
  pdf.moveDown(0.8);
  facts(pdf, doc.facts);
  const glyphs = faces.get(pdf)!;
  const both: GlyphCheck = (cp) => glyphs.regular(cp) && glyphs.bold(cp);
  if (documentNeedsFallback(doc, both)) {
    pdf
      .moveDown(0.6)
      .font(ITALIC)
      .fontSize(9)
      .fillColor(WARN)
      .text(
        'Some characters (such as emoji) cannot be shown with this PDF’s font and appear as [?]. The Word, HTML and Markdown exports keep them.',
        left,
        pdf.y,
        { width: width(pdf) },
      );
  }
  for (const s of doc.sections) {
    heading(pdf, s.title);
    for (const item of s.items) itemBlock(pdf, item);
  }
  heading(pdf, 'Sources');
  if (doc.citations.length === 0)
    pdf
      .font(ITALIC)
      .fontSize(10.5)
      .fillColor(MUTED)
      .text('No quotes cited yet.', left, pdf.y, { width: width(pdf) });
  for (const c of doc.citations) source(pdf, c);
  if (doc.checklist.length) {
    heading(pdf, 'Validation checklist');
    for (const c of doc.checklist) checkLine(pdf, c);
  }
  if (doc.warnings.length) {
    heading(pdf, 'Warnings');
    for (const w of doc.warnings)
      bullet(pdf, () =>
        pdf
          .font(FONT)
          .fontSize(10.5)
          .fillColor(WARN)
          .text(plain(pdf, w), { width: width(pdf) - 14 }),
      );
  }
}

function facts(pdf: PDFKit.PDFDocument, rows: [string, string][]): void {
  const left = pdf.page.margins.left;
  const labelWidth = 100;
  for (const [k, v] of rows) {
    const value = plain(pdf, v);
    const h = Math.max(
      pdf
        .font(FONT)
        .fontSize(10.5)
        .heightOfString(value, { width: width(pdf) - labelWidth }),
      12,
    );
    keep(pdf, h + 4);
    const y = pdf.y;
    pdf
      .font(FONT)
      .fontSize(10.5)
      .fillColor(MUTED)
      .text(plain(pdf, k), left, y, { width: labelWidth - 8 });
    pdf
      .font(FONT)
      .fontSize(10.5)
      .fillColor(INK)
      .text(value, left + labelWidth, y, { width: width(pdf) - labelWidth });
    pdf.x = left;
    pdf.y = y + h + 3;
  }
}

/** A bullet at the left margin, with `body` set 14 points in (the body writes at pdf.y). */
function bullet(pdf: PDFKit.PDFDocument, body: () => void): void {
  keep(pdf, 30);
  const left = pdf.page.margins.left;
  const y = pdf.y;
  pdf
    .font(FONT)
    .fontSize(10.5)
    .fillColor(MUTED)
    .text('•', left + 2, y, { lineBreak: false });
  pdf.x = left + 14;
  pdf.y = y;
  body();
  pdf.x = left;
}

function itemBlock(pdf: PDFKit.PDFDocument, item: DocItem): void {
  const left = pdf.page.margins.left;
  const w = width(pdf) - 14;
  pdf.moveDown(0.35);
  bullet(pdf, () => {
    const x = left + 14;
    const refs = item.citations.length ? ` [${item.citations.join('] [')}]` : '';
    const flag = item.flag ? ` (${bold(pdf, item.flag)})` : '';
    if (item.label)
      pdf
        .font(BOLD)
        .fontSize(10.5)
        .fillColor(INK)
        .text(`${bold(pdf, item.label)}: `, x, pdf.y, { width: w, continued: true });
    pdf
      .font(FONT)
      .fontSize(10.5)
      .fillColor(INK)
      .text(plain(pdf, item.statement), x, pdf.y, { width: w, continued: !!(refs || flag) });
    // Each number links to its source; pdfkit joins continued runs on one line and wraps them together.
    item.citations.forEach((n, i) => {
      const last = i === item.citations.length - 1 && !flag;
      pdf
        .font(FONT)
        .fontSize(8.5)
        .fillColor(ACCENT)
        .text(` [${n}]`, { continued: !last, goTo: `c${n}`, underline: false });
    });
    if (flag) pdf.font(BOLD).fontSize(9.5).fillColor(WARN).text(flag, { continued: false });
    for (const d of item.detail) pdf.font(FONT).fontSize(10).fillColor(INK).text(plain(pdf, d), x, pdf.y, { width: w });
    if (item.note)
      pdf
        .font(FONT)
        .fontSize(9)
        .fillColor(MUTED)
        .text(plain(pdf, item.note), x, pdf.y + 1, { width: w });
  });
}

function source(pdf: PDFKit.PDFDocument, c: DocCitation): void {
  const left = pdf.page.margins.left;
  const indent = 28;
  const w = width(pdf) - indent;
  const quote = `“${plain(pdf, c.text)}”`;
  const where = [c.who, c.interview, c.date, c.timestamp]
    .filter(Boolean)
    .map((s) => plain(pdf, s))
    .join(' · ');
  // Estimated from the text's width rather than laid out twice (heightOfString wraps the whole quote).
  const lines = quote
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(pdf.font(FONT).fontSize(10).widthOfString(line) / w)), 0);
  keep(pdf, Math.min(lines * 12.5, 80) + 16);
  pdf.moveDown(0.3);
  const y = pdf.y;
  pdf.addNamedDestination(`c${c.n}`, 'FitH', pdf.page.height - y + 4);
  pdf
    .font(BOLD)
    .fontSize(10)
    .fillColor(INK)
    .text(`${c.n}.`, left, y, { width: indent - 6, align: 'right' });
  pdf
    .font(FONT)
    .fontSize(10)
    .fillColor(INK)
    .text(quote, left + indent, y, { width: w });
  const polarity = c.polarity === 'contradicts' ? 'Contradicts' : 'Supports';
  pdf
    .font(c.polarity === 'contradicts' ? BOLD : FONT)
    .fontSize(8.5)
    .fillColor(c.polarity === 'contradicts' ? CONTRA : MUTED)
    .text(`${polarity} · `, left + indent, pdf.y + 1, { width: w, continued: true });
  pdf.font(FONT).fontSize(8.5).fillColor(MUTED).text(where, { continued: false });
  pdf.x = left;
}

function checkLine(pdf: PDFKit.PDFDocument, c: { label: string; passed: boolean; detail: string }): void {
  const left = pdf.page.margins.left;
  keep(pdf, 28);
  pdf.moveDown(0.25);
  const y = pdf.y;
  // Drawn boxes: they line up with the label whatever the font's ✓ looks like.
  pdf
    .lineWidth(0.8)
    .strokeColor(MUTED)
    .rect(left + 1, y + 1, 8, 8)
    .stroke();
  if (c.passed)
    pdf
      .lineWidth(1.4)
      .strokeColor(INK)
      .moveTo(left + 2.5, y + 5)
      .lineTo(left + 4.5, y + 7.5)
      .lineTo(left + 8.5, y + 2)
      .stroke();
  pdf
    .font(BOLD)
    .fontSize(10.5)
    .fillColor(INK)
    .text(`${bold(pdf, c.label)} `, left + 16, y, { width: width(pdf) - 16, continued: true });
  pdf
    .font(FONT)
    .fontSize(10)
    .fillColor(MUTED)
    .text(`— ${c.passed ? 'passes' : 'not yet'}: ${plain(pdf, c.detail)}`, { continued: false });
  pdf.x = left;
}

function numberPages(pdf: PDFKit.PDFDocument, doc: CitedDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the margin must not start a new page
    const y = pdf.page.height - A4_MARGIN + 16;
    const left = pdf.page.margins.left;
    pdf.font(FONT).fontSize(8.5).fillColor(MUTED);
    pdf.text(plain(pdf, doc.title), left, y, { width: width(pdf) / 2, lineBreak: false, ellipsis: true });
    pdf.text(`Page ${i + 1} of ${range.count}`, left, y, { width: width(pdf), align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

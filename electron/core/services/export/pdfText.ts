/**
 * Text for the PDF standard fonts, which encode WinAnsi (Latin-1 plus curly quotes, dashes, € …).
 * A character outside it is first tried without its accents ("ő" → "o"); what still cannot be shown
 * (emoji, Hebrew, Arabic, CJK…) becomes one "[?]" per run, never garbage glyphs or a crash.
 */
import type { CitedDocument } from './citedDocument';

/** WinAnsi's characters above Latin-1's printable ranges (code point → what pdfkit maps them to). */
const WIN_ANSI_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

export const PDF_MISSING_GLYPH = '[?]';

function encodable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRAS.has(cp);
}

/** Joiners, variation selectors and emoji modifiers belong to the character before them. */
function isJoining(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

export function pdfText(text: string): string {
  let out = '';
  let missing = false;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0d || cp === 0x09) {
      out += cp === 0x09 ? ' ' : '';
      continue;
    }
    if (encodable(cp)) {
      out += ch;
      missing = false;
      continue;
    }
    if (isJoining(cp) || (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp < 0xa0)) continue;
    const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (plain && [...plain].every((c) => encodable(c.codePointAt(0)!))) {
      out += plain;
      missing = false;
      continue;
    }
    if (!missing) out += PDF_MISSING_GLYPH;
    missing = true;
  }
  return out;
}

/** Whether any text of the document loses characters in the PDF (then the PDF says so). */
export function documentNeedsFallback(doc: CitedDocument): boolean {
  const strings = [
    doc.title,
    doc.subtitle,
    ...doc.facts.flat(),
    ...doc.sections.flatMap((s) => [
      s.title,
      ...s.items.flatMap((i) => [i.label ?? '', i.statement, i.note, i.flag ?? '', ...i.detail]),
    ]),
    ...doc.citations.flatMap((c) => [c.text, c.who, c.interview]),
    ...doc.checklist.flatMap((c) => [c.label, c.detail]),
    ...doc.warnings,
  ];
  return strings.some((s) => pdfText(s).includes(PDF_MISSING_GLYPH) && !s.includes(PDF_MISSING_GLYPH));
}

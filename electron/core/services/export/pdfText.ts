/**
 * Text for the PDF's embedded font (DejaVu Sans, see pdfFonts.ts). Every character the font has prints
 * as itself; one that it lacks is tried decomposed (a base letter plus combining accents the font has),
 * and what still cannot be shown (emoji, CJK…) becomes one "[?]" per run, never an empty box or a crash.
 */
import type { CitedDocument } from './citedDocument';
import type { GlyphCheck } from './pdfFonts';

export const PDF_MISSING_GLYPH = '[?]';

/** Joiners, variation selectors and emoji modifiers belong to the character before them. */
function isJoining(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

const PLAIN_ASCII = /^[\x20-\x7e\n]*$/;

export function pdfText(text: string, has: GlyphCheck): string {
  if (PLAIN_ASCII.test(text)) return text;
  let out = '';
  let missing = false;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0d || cp === 0x09) {
      out += cp === 0x09 ? ' ' : '';
      continue;
    }
    if (cp === 0x0a || (cp >= 0x20 && cp < 0x7f)) {
      out += ch;
      missing = false;
      continue;
    }
    if ((cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp < 0xa0)) continue;
    if (isJoining(cp) && (missing || !has(cp))) continue;
    if (has(cp)) {
      out += ch;
      missing = false;
      continue;
    }
    const parts = ch.normalize('NFD');
    if (parts !== ch && [...parts].every((c) => has(c.codePointAt(0)!))) {
      out += parts;
      missing = false;
      continue;
    }
    if (!missing) out += PDF_MISSING_GLYPH;
    missing = true;
  }
  return out;
}

/** Whether any text of the document loses characters in the PDF (then the PDF says so on page 1). */
export function documentNeedsFallback(doc: CitedDocument, has: GlyphCheck): boolean {
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
  return strings.some((s) => pdfText(s, has).includes(PDF_MISSING_GLYPH) && !s.includes(PDF_MISSING_GLYPH));
}

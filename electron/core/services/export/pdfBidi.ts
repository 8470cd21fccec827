/**
 * Right-to-left text in the PDF. pdfkit writes a line in the order it was typed; fontkit shapes each
 * word (Arabic letters join) and flips a Hebrew or Arabic word's glyphs, but not the order of words.
 * So each wrapped line that holds right-to-left letters is split with the Unicode bidi algorithm
 * (bidi-js) into pieces in visual order, left to right, and the pieces are drawn one after another.
 * Each piece is given to pdfkit in logical order when fontkit will flip it (it holds RTL letters) and
 * in visual order otherwise. The base direction is found per line (first strong letter).
 */
import bidiFactory, { type Bidi } from 'bidi-js';

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

let bidi: Bidi | null = null;

/** A line's pieces left to right, each ready for pdfkit; null when the line has no right-to-left letter. */
export function visualPieces(line: string): string[] | null {
  if (!RTL_LETTER.test(line)) return null;
  bidi ??= bidiFactory();
  const embedding = bidi.getEmbeddingLevels(line);
  const levels = embedding.levels;
  const order = bidi.getReorderedIndices(line, embedding);
  const pieces: string[] = [];
  let i = 0;
  while (i < order.length) {
    const rtl = levels[order[i]!]! & 1;
    let piece = '';
    // Right-to-left runs are split at spaces: every word is drawn in its place.
    if (rtl && line[order[i]!] === ' ') {
      pieces.push(' ');
      i++;
      continue;
    }
    while (i < order.length && (levels[order[i]!]! & 1) === rtl && !(rtl && line[order[i]!] === ' ')) {
      const ch = line[order[i]!]!;
      piece += rtl ? (bidi.getMirroredCharacter(ch) ?? ch) : ch;
      i++;
    }
    pieces.push(rtl && RTL_LETTER.test(piece) ? [...piece].reverse().join('') : piece);
  }
  return pieces;
}

type Fragment = (text: string, x: number, y: number, options: Record<string, unknown>) => void;

/** Makes a document draw every line that holds right-to-left letters in visual order. */
export function drawBidiLines(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as { _fragment: Fragment };
  const draw = doc._fragment.bind(pdf);
  doc._fragment = (text, x, y, options) => {
    const pieces = options['align'] === 'justify' ? null : visualPieces(text);
    if (!pieces) return draw(text, x, y, options);
    const width = (s: string) => pdf.widthOfString(s, options);
    const lineWidth = Number(options['lineWidth'] ?? 0);
    if (options['width'] && options['align'] === 'right') x += lineWidth - width(text.trimEnd());
    if (options['width'] && options['align'] === 'center') x += lineWidth / 2 - width(text) / 2;
    const left = { ...options, align: 'left' };
    for (const piece of pieces) {
      draw(piece, x, y, left);
      x += width(piece);
    }
  };
}

/**
 * Folding text for name matching: lower case, no diacritics (NFC and NFD alike), one apostrophe and
 * one hyphen, letters that do not decompose (ø, ł, ß…) spelt out — and, for a folded text, where each
 * folded character came from in the original, so a match can be replaced in the text as written.
 */

const SPELT: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
};

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u2032', '\u0060', '\u00B4', '\uFF07']);
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u00AD', '\uFE63', '\uFF0D']);
const MARK = /\p{M}/u;

/** One code point, folded (may be empty: a combining mark, or several letters: æ → ae). */
export function foldCodePoint(cp: string): string {
  const code = cp.codePointAt(0)!;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp === '`' ? "'" : cp;
  if (APOSTROPHES.has(cp)) return "'";
  if (HYPHENS.has(cp)) return '-';
  let out = '';
  for (const c of cp.toLowerCase().normalize('NFKD')) {
    if (MARK.test(c)) continue;
    out += SPELT[c] ?? (APOSTROPHES.has(c) ? "'" : c);
  }
  return out;
}

/** A string folded for comparison. */
export function fold(s: string): string {
  let out = '';
  for (const cp of s) out += foldCodePoint(cp);
  return out;
}

/** A folded text that remembers, for each folded code unit, the original range it came from. */
export interface FoldedText {
  folded: string;
  /** Original start of folded unit i. */
  start: Int32Array;
  /** Original end (exclusive) of folded unit i, combining marks that follow it included. */
  end: Int32Array;
}

export function foldWithMap(original: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of original) {
    const next = i + cp.length;
    const piece = foldCodePoint(cp);
    if (piece.length === 0) {
      // A combining mark (or an ignorable): it belongs to the character before it.
      if (end.length) end[end.length - 1] = next;
    } else {
      for (let k = 0; k < piece.length; k++) {
        start.push(i);
        end.push(next);
      }
      folded += piece;
    }
    i = next;
  }
  return { folded, start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** The words of a folded string: maximal runs of letters and digits, with their folded offsets. */
export function foldedWords(folded: string): { word: string; at: number; end: number }[] {
  const out: { word: string; at: number; end: number }[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], at: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Offsets at the REFI boundary. Groundwork counts UTF-16 code units (DESIGN.md §3); REFI-QDA
 * counts Unicode code points. Vendors differ: NVivo writes UTF-16 code units, ATLAS.ti counts a
 * CRLF line break as one character. A `Units` scheme says how a file counts; `toUtf16` maps its
 * positions into the text as JavaScript holds it.
 */

export interface Units {
  /** 'codepoint' is the standard; 'utf16' is NVivo's habit. */
  unit: 'codepoint' | 'utf16';
  /** True when "\r\n" counts as one position (ATLAS.ti). */
  crlfAsOne: boolean;
}

export const STANDARD_UNITS: Units = { unit: 'codepoint', crlfAsOne: false };

/**
 * For every position a file can name under `units`, the UTF-16 offset it stands for. Positions
 * inside a surrogate pair or a CRLF cannot be named and simply do not occur.
 */
export function positionTable(text: string, units: Units): Uint32Array {
  const out: number[] = [0];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let step = 1;
    if (units.unit === 'codepoint' && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) step = 2;
    }
    if (units.crlfAsOne && c === 0x0d && text.charCodeAt(i + 1) === 0x0a) step = 2;
    i += step;
    out.push(i);
  }
  return Uint32Array.from(out);
}

/** UTF-16 offset -> code point offset (the standard's unit), for export. */
export function codePointOffsets(text: string): (utf16: number) => number {
  // Prefix counts of low surrogates: each pair is one code point but two code units.
  const lows = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLowOfPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1));
    lows[i + 1] = lows[i]! + (isLowOfPair ? 1 : 0);
  }
  return (utf16) => utf16 - lows[Math.max(0, Math.min(utf16, text.length))]!;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function codePointLength(text: string): number {
  return codePointOffsets(text)(text.length);
}

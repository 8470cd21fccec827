/**
 * Bytes -> text. Transcripts come from Windows tools (UTF-16 with a BOM, Windows-1252) as often
 * as from web tools (UTF-8), so the encoding is detected, never assumed from the file name.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppError, assertNever } from '../../../../shared/errors';
import type { TextEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: string[];
}

/** Encodings chardet may report that we must not read as Windows-1252 (they would be mojibake). */
const UNSUPPORTED_MULTIBYTE = /^(Shift_JIS|EUC-JP|EUC-KR|GB18030|Big5|ISO-2022-.*|UTF-32.*)$/i;
const CHARDET_SAMPLE_BYTES = 64 * 1024;

export function decodeTranscriptBytes(bytes: Uint8Array, fileName: string): DecodedText {
  const warnings: string[] = [];
  const { encoding, bomLength } = detectEncoding(bytes, fileName);
  const body = bytes.subarray(bomLength);
  let text: string;
  switch (encoding) {
    case 'utf-8': {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      // Only reached with a BOM and broken bytes: the BOM is a stronger signal than the breakage.
      const lost = countReplacement(text);
      if (lost > 0 && bomLength > 0 && !isValidUtf8(body)) {
        warnings.push(`${lost} character(s) could not be read as UTF-8 and are shown as \uFFFD.`);
      }
      break;
    }
    case 'utf-16le':
    case 'utf-16be':
      text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
      break;
    case 'windows-1252':
      text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252');
      break;
    default:
      return assertNever(encoding, 'encoding');
  }
  refuseBinary(text, fileName);
  return { text, encoding, warnings };
}

function detectEncoding(bytes: Uint8Array, fileName: string): { encoding: TextEncoding; bomLength: number } {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) {
    if (b2 === 0 && b3 === 0) throw unsupported(fileName, 'UTF-32');
    return { encoding: 'utf-16le', bomLength: 2 };
  }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return { encoding: bomless, bomLength: 0 };
  // Valid UTF-8 wins over any statistical guess: ASCII and real UTF-8 are never misread.
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  const best = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES))[0];
  if (best && best.confidence >= 50 && UNSUPPORTED_MULTIBYTE.test(best.name)) {
    throw unsupported(fileName, best.name);
  }
  // Everything else that is not UTF-8 is, in practice, Western Windows text (Word, Notepad, old
  // caption tools). Windows-1252 decodes every byte, so mislabelled text is still readable.
  return { encoding: 'windows-1252', bomLength: 0 };
}

/** English-heavy UTF-16 without a BOM has a zero byte in every other position. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * A text transcript has almost no control characters. WebVTT test files carry a few NULs on
 * purpose, so the rule is a proportion, not "any NUL".
 */
function refuseBinary(text: string, fileName: string): void {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isControl = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f;
    if (isControl || c === 0xfffd) bad++;
  }
  if (bad >= 4 && bad / text.length > 0.05) {
    throw new AppError('PARSE', `${fileName} does not look like a text transcript (it contains binary data).`);
  }
}

function unsupported(fileName: string, encoding: string): AppError {
  return new AppError(
    'PARSE',
    `${fileName} looks like ${encoding} text, which Groundwork cannot read. Save it as UTF-8 and import it again.`,
  );
}

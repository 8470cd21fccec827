/**
 * Zip-bomb guard for DOCX. Reads the zip central directory (without unpacking) to refuse files
 * that claim to expand past the cap, then inflates each entry as a stream under hard limits,
 * because the sizes a central directory claims can lie, and because what mammoth parses costs
 * memory per XML tag. Only after this does mammoth (JSZip) see the file.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import { formatSize, MAX_DOCX_ENTRIES, type Limits } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** How refusals name the archive: a Word document by default; REFI-QDA projects say their own words. */
export interface ZipWords {
  zip64: string;
  tooMany: (count: number) => string;
}

const WORD: ZipWords = {
  zip64: 'uses the ZIP64 format for huge archives; a Word transcript never needs it.',
  tooMany: (count) => `holds ${count} parts; a Word document has far fewer.`,
};

export function readZipDirectory(
  bytes: Uint8Array,
  fileName: string,
  words: ZipWords = WORD,
  maxEntries = MAX_DOCX_ENTRIES,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (): AppError => new AppError('PARSE', `${fileName} is damaged: its zip directory cannot be read.`);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw damaged();
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) {
    throw new AppError('TOO_LARGE', `${fileName} ${words.zip64}`);
  }
  if (count > maxEntries) {
    throw new AppError('TOO_LARGE', `${fileName} ${words.tooMany(count)}`);
  }
  if (dirOffset + dirSize > bytes.length) throw damaged();
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw damaged();
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) throw damaged();
    entries.push({
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Throws TOO_LARGE when a part would unpack past the caps. Every part is inflated here as a
 * stream — a bounded chunk at a time, never held whole, stopped as soon as a cap is passed — and
 * measured: its real size (a central directory can lie), and, when it holds XML (whatever its
 * name, since a relationship can point mammoth at any part), its bytes and tags. Images and
 * fonts count only towards the overall cap; XML, which mammoth parses into memory, towards the
 * XML caps too.
 */
export async function checkZipExpansion(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  limits: Limits,
): Promise<void> {
  const cap = limits.maxDocxUncompressedBytes;
  const tooLarge = (size: number): AppError =>
    new AppError(
      'TOO_LARGE',
      `${fileName} would expand to more than ${formatSize(Math.max(size, cap + 1))} when opened; Word documents larger than ${formatSize(cap)} uncompressed cannot be imported.`,
    );
  const tooMuchXml = (): AppError =>
    new AppError(
      'TOO_LARGE',
      `${fileName} holds more text and formatting than Groundwork can read in one go (over ${formatSize(limits.maxDocxXmlBytes)} or ${limits.maxDocxXmlTags.toLocaleString('en-GB')} elements unpacked). Save it as plain text (.txt) or split it, then import it again.`,
    );
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > cap) throw tooLarge(declared);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = { bytes: 0, xmlBytes: 0, xmlTags: 0 };
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL_SIGNATURE) {
      throw new AppError('PARSE', `${fileName} is damaged: the part ${e.name} cannot be found.`);
    }
    const dataStart = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    if (e.method !== 0 && e.method !== 8) {
      throw new AppError('PARSE', `${fileName} uses a zip compression Word never writes (method ${e.method}).`);
    }
    // A little headroom over the claim: passing it means the directory lied.
    const allowed = Math.min(e.uncompressedSize, cap - total.bytes) + 1;
    const part = e.method === 0 ? measure(data, allowed) : await inflateMeasured(data, allowed, fileName, e.name);
    if (part === null) throw tooLarge(total.bytes + e.uncompressedSize + 1);
    if (part.size > e.uncompressedSize) throw tooLarge(total.bytes + part.size);
    total.bytes += part.size;
    if (total.bytes > cap) throw tooLarge(total.bytes);
    if (part.xml) {
      total.xmlBytes += part.size;
      total.xmlTags += part.tags;
      if (total.xmlBytes > limits.maxDocxXmlBytes || total.xmlTags > limits.maxDocxXmlTags) throw tooMuchXml();
    }
  }
}

interface Measured {
  size: number;
  /** "<" bytes: every element costs one, the unit mammoth's memory grows by. */
  tags: number;
  /** The part's first non-blank byte is "<" (after an optional UTF-8 byte order mark). */
  xml: boolean;
}

class Meter {
  size = 0;
  tags = 0;
  xml: boolean | null = null;

  add(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x3c) this.tags++;
      if (
        this.xml === null &&
        !(b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf)
      ) {
        this.xml = b === 0x3c;
      }
    }
    this.size += chunk.length;
  }

  result(): Measured {
    return { size: this.size, tags: this.tags, xml: this.xml === true };
  }
}

function measure(data: Uint8Array, allowed: number): Measured | null {
  if (data.length > allowed) return null;
  const meter = new Meter();
  meter.add(data);
  return meter.result();
}

/** Inflates `data` chunk by chunk, keeping none of it; null as soon as it passes `allowed` bytes. */
function inflateMeasured(data: Uint8Array, allowed: number, fileName: string, part: string): Promise<Measured | null> {
  return new Promise((resolve, reject) => {
    const meter = new Meter();
    const inflater = createInflateRaw();
    let settled = false;
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      meter.add(chunk);
      if (meter.size > allowed) {
        settled = true;
        inflater.destroy();
        resolve(null);
      }
    });
    inflater.on('error', () => {
      if (settled) return;
      settled = true;
      reject(new AppError('PARSE', `${fileName} is damaged: the part ${part} cannot be unpacked.`));
    });
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(meter.result());
    });
    inflater.end(data);
  });
}

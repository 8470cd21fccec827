/**
 * Zip-bomb guard for DOCX. Reads the zip central directory (without unpacking) to refuse files
 * that claim to expand past the cap, then inflates each entry with a hard output limit, because
 * the sizes a central directory claims can lie. Only after this does mammoth (JSZip) see the file.
 */
import { inflateRawSync } from 'node:zlib';
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

export function readZipDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
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
    throw new AppError('TOO_LARGE', `${fileName} uses the ZIP64 format for huge archives; a Word transcript never needs it.`);
  }
  if (count > MAX_DOCX_ENTRIES) {
    throw new AppError('TOO_LARGE', `${fileName} holds ${count} parts; a Word document has far fewer.`);
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

/** Throws TOO_LARGE when the declared or the real expanded size passes the cap. */
export function checkZipExpansion(bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string, limits: Limits): void {
  const cap = limits.maxDocxUncompressedBytes;
  const tooLarge = (size: number): AppError =>
    new AppError('TOO_LARGE', `${fileName} would expand to more than ${formatSize(Math.max(size, cap + 1))} when opened; Word documents larger than ${formatSize(cap)} uncompressed cannot be imported.`);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > cap) throw tooLarge(declared);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let actual = 0;
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL_SIGNATURE) {
      throw new AppError('PARSE', `${fileName} is damaged: the part ${e.name} cannot be found.`);
    }
    const dataStart = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    let size: number;
    if (e.method === 0) {
      size = data.length;
    } else if (e.method === 8) {
      try {
        // A little headroom over the claim: exceeding it means the directory lied.
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(e.uncompressedSize, cap - actual) + 1) }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(actual + e.uncompressedSize + 1);
        throw new AppError('PARSE', `${fileName} is damaged: the part ${e.name} cannot be unpacked.`);
      }
      if (size > e.uncompressedSize) throw tooLarge(actual + size);
    } else {
      throw new AppError('PARSE', `${fileName} uses a zip compression Word never writes (method ${e.method}).`);
    }
    actual += size;
    if (actual > cap) throw tooLarge(actual);
  }
}

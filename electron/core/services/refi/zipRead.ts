/**
 * Opening a .qdpx safely: the zip directory is read with the DOCX importer's guard (same entry
 * cap, same 200 MB cap on what the archive unpacks to), and each file is inflated with a hard
 * output limit, because sizes a directory claims can lie. The project XML is found under its
 * standard name or, as some tools write it, under the project's own name; source files are looked
 * up in sources/ whatever its capitalisation.
 */
import { inflateRaw } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES, formatSize, MAX_DOCX_ENTRIES } from '../import/limits';
import { readZipDirectory, type ZipEntry } from '../import/zipDirectory';

export const MAX_QDPX_UNPACKED_BYTES = DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES;
export const MAX_QDPX_ENTRIES = MAX_DOCX_ENTRIES;
/** One source text may be as large as a transcript file may be. */
export const MAX_SOURCE_BYTES = DEFAULT_MAX_BYTES;

const LOCAL_SIGNATURE = 0x04034b50;

export interface QdpxArchive {
  fileName: string;
  /** The project XML's name inside the archive. */
  projectEntry: string;
  readProject(): Promise<Uint8Array>;
  /** A file in the sources folder by its name (case-insensitive), or null when the archive lacks it. */
  readSource(name: string): Promise<Uint8Array | null>;
  /** True when the sources folder is not written "sources/" (e.g. "Sources/"). */
  sourcesFolder: string | null;
}

export function openQdpx(bytes: Uint8Array, fileName: string): QdpxArchive {
  const entries = readZipDirectory(
    bytes,
    fileName,
    {
      zip64: `uses ZIP64, for archives over 4 GB; projects that large cannot be imported (the limit is ${formatSize(MAX_QDPX_UNPACKED_BYTES)} unpacked).`,
      tooMany: (count) =>
        `holds ${count.toLocaleString('en-GB')} files; Groundwork imports projects of up to ${MAX_QDPX_ENTRIES.toLocaleString('en-GB')} files.`,
    },
    MAX_QDPX_ENTRIES,
  );
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_QDPX_UNPACKED_BYTES) throw tooLarge(fileName);
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const qde = files.filter((e) => /\.qde$/i.test(e.name));
  const project =
    qde.find((e) => e.name.toLowerCase() === 'project.qde') ?? qde.find((e) => !e.name.includes('/')) ?? qde[0];
  if (!project)
    throw new AppError(
      'PARSE',
      `${fileName} is a zip archive but holds no project.qde, so it is not a REFI-QDA project.`,
    );
  const sources = new Map<string, ZipEntry>();
  let folder: string | null = null;
  for (const e of files) {
    const m = /^(?:[^/]+\/)?(sources)\/(.+)$/i.exec(e.name);
    if (!m) continue;
    folder ??= m[1]!;
    sources.set(m[2]!.toLowerCase(), e);
  }
  let unpacked = 0;
  const read = async (e: ZipEntry, cap: number): Promise<Uint8Array> => {
    const data = await inflateEntry(bytes, e, fileName, Math.min(cap, MAX_QDPX_UNPACKED_BYTES - unpacked));
    unpacked += data.length;
    return data;
  };
  return {
    fileName,
    projectEntry: project.name,
    readProject: () => read(project, MAX_QDPX_UNPACKED_BYTES),
    async readSource(name) {
      const e = sources.get(name.toLowerCase());
      return e ? read(e, MAX_SOURCE_BYTES) : null;
    },
    sourcesFolder: folder,
  };
}

function tooLarge(fileName: string): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} unpacks to more than ${formatSize(MAX_QDPX_UNPACKED_BYTES)}; projects that large cannot be imported.`,
  );
}

function inflateEntry(bytes: Uint8Array, e: ZipEntry, fileName: string, cap: number): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL_SIGNATURE) {
    return Promise.reject(new AppError('PARSE', `${fileName} is damaged: ${e.name} cannot be found in it.`));
  }
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  const limit = Math.max(0, Math.min(cap, e.uncompressedSize));
  if (e.method === 0) {
    return data.length > limit ? Promise.reject(tooLargeEntry(fileName, e, cap)) : Promise.resolve(data);
  }
  if (e.method !== 8)
    return Promise.reject(
      new AppError('PARSE', `${fileName} uses a zip compression Groundwork cannot read (method ${e.method}).`),
    );
  return new Promise((resolve, reject) => {
    // One byte of headroom over the claim: passing it means the directory lied.
    inflateRaw(data, { maxOutputLength: limit + 1 }, (err, out) => {
      if (err) {
        reject(
          err instanceof RangeError || /larger than|maxOutputLength/i.test(err.message)
            ? tooLargeEntry(fileName, e, cap)
            : new AppError('PARSE', `${fileName} is damaged: ${e.name} cannot be unpacked.`),
        );
      } else if (out.length > limit) {
        reject(tooLargeEntry(fileName, e, cap));
      } else {
        resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      }
    });
  });
}

function tooLargeEntry(fileName: string, e: ZipEntry, cap: number): AppError {
  return new AppError(
    'TOO_LARGE',
    `${e.name} in ${fileName} unpacks to more than its directory says or more than ${formatSize(cap)}; it cannot be imported.`,
  );
}

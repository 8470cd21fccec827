/**
 * Files as the browser hands them over: which ones are transcripts, which are too large to try,
 * reading one as base64 in slices (never a giant string built byte by byte), and the files inside
 * dropped folders.
 */
import { formatSize } from '../../ui/duration';

export const TRANSCRIPT_EXTENSIONS = ['.vtt', '.srt', '.txt', '.md', '.docx'] as const;
export const ACCEPT_ATTRIBUTE = TRANSCRIPT_EXTENSIONS.join(',');

/** The core refuses anything larger; refusing here too means a huge file is never read at all. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

export function isTranscriptFile(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The sentence for a refused file: the same shape as the core's TOO_LARGE message. */
export function sizeProblem(name: string, size: number): string | null {
  if (size <= MAX_TRANSCRIPT_BYTES) return null;
  return `${name} is ${formatSize(size)}; transcripts larger than ${formatSize(MAX_TRANSCRIPT_BYTES)} cannot be imported.`;
}

/** A multiple of 3 bytes, so each slice encodes to base64 without padding and the pieces join cleanly. */
const SLICE_BYTES = 3 * 1024 * 1024;

export class ReadCancelled extends Error {
  constructor() {
    super('Reading was cancelled.');
    this.name = 'ReadCancelled';
  }
}

function sliceAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** The file's bytes as base64; the browser encodes each slice off the main thread. */
export async function readAsBase64(file: Blob, isCancelled: () => boolean = () => false): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < file.size; start += SLICE_BYTES) {
    if (isCancelled()) throw new ReadCancelled();
    parts.push(await sliceAsBase64(file.slice(start, start + SLICE_BYTES)));
  }
  return parts.join('');
}

/** Splits what was picked or dropped into transcripts and the number of other files passed over. */
export function sortFiles(files: readonly File[]): { transcripts: File[]; skipped: number } {
  const transcripts = files.filter((file) => isTranscriptFile(file.name));
  return { transcripts, skipped: files.length - transcripts.length };
}

/** Every file in a drop, walking into dropped folders (Chromium's file-system entries). */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) return Array.from(data.files);
  const files: File[] = [];
  for (const entry of entries) await collect(entry!, files);
  return files;
}

async function collect(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    into.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches; an empty batch means the folder is done.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await collect(child, into);
  }
}

/** True while something being dragged over the page carries files (not text or a link). */
export function draggingFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return !!event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
}

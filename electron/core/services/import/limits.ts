/** Size caps that keep an import from exhausting memory or time; all overridable per call. */
import { AppError } from '../../../../shared/errors';
import type { ParseOptions } from './types';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * A DOCX's parts other than XML (images, fonts) are never unpacked; their declared sizes may add
 * up to this much. 200 MB leaves room for embedded images.
 */
export const DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/**
 * The XML parts mammoth parses, unpacked: checked while inflating. Parsing costs about 1.3–1.6 KB
 * of memory per XML tag whatever the file's shape (measured, docs/benchmarks.md), so tags are
 * capped too: 300,000 tags keeps the parse's peak RSS near 600 MB, inside the 1 GB budget.
 * A ten-hour Teams transcript is about 2 MB and 150,000 tags.
 */
export const DEFAULT_MAX_DOCX_XML_BYTES = 12 * 1024 * 1024;
export const DEFAULT_MAX_DOCX_XML_TAGS = 300_000;
/**
 * Caption cues (WebVTT, SRT) and text lines: parsing costs ~2.4 KB per cue, so 200,000 cues
 * (two and a half days of speech) stay inside the memory budget; a million-cue file would need
 * 2.4 GB. A million one-line turns peaked at 974 MB in the CLI, too close: lines stop at 500,000.
 */
export const DEFAULT_MAX_CUES = 200_000;
export const DEFAULT_MAX_LINES = 500_000;
/** No transcript line is a megabyte long; longer lines mean a binary or minified file. */
export const DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;
/** The zip central directory of a DOCX lists a few dozen parts; thousands mean a hostile file. */
export const MAX_DOCX_ENTRIES = 5_000;
/** Warnings past this many are summarised in one line so the UI stays readable. */
export const MAX_WARNINGS = 50;
export const PREVIEW_LINES = 12;

export interface Limits {
  maxBytes: number;
  maxDocxUncompressedBytes: number;
  maxDocxXmlBytes: number;
  maxDocxXmlTags: number;
  maxLineLength: number;
  maxLines: number;
  maxCues: number;
}

export function resolveLimits(opts: ParseOptions | undefined): Limits {
  return {
    maxBytes: positive(opts?.maxBytes, DEFAULT_MAX_BYTES),
    maxDocxUncompressedBytes: positive(opts?.maxDocxUncompressedBytes, DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES),
    maxDocxXmlBytes: positive(opts?.maxDocxXmlBytes, DEFAULT_MAX_DOCX_XML_BYTES),
    maxDocxXmlTags: positive(opts?.maxDocxXmlTags, DEFAULT_MAX_DOCX_XML_TAGS),
    maxLineLength: positive(opts?.maxLineLength, DEFAULT_MAX_LINE_LENGTH),
    maxLines: positive(opts?.maxLines, DEFAULT_MAX_LINES),
    maxCues: positive(opts?.maxCues, DEFAULT_MAX_CUES),
  };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function fileTooLarge(size: number, fileName: string, limits: Limits): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} is ${formatSize(size)}; transcripts larger than ${formatSize(limits.maxBytes)} cannot be imported.`,
  );
}

export function checkByteSize(size: number, fileName: string, limits: Limits): void {
  if (size > limits.maxBytes) throw fileTooLarge(size, fileName, limits);
}

/** Throws CANCELLED when the caller aborted; called between stages, never mid-loop. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The import was cancelled.');
}

/** Size caps that keep an import from exhausting memory or time; all overridable per call. */
import { AppError } from '../../../../shared/errors';
import type { ParseOptions } from './types';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** A real Word transcript is a few MB unzipped; 200 MB leaves room for embedded images. */
export const DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
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
  maxLineLength: number;
}

export function resolveLimits(opts: ParseOptions | undefined): Limits {
  return {
    maxBytes: positive(opts?.maxBytes, DEFAULT_MAX_BYTES),
    maxDocxUncompressedBytes: positive(opts?.maxDocxUncompressedBytes, DEFAULT_MAX_DOCX_UNCOMPRESSED_BYTES),
    maxLineLength: positive(opts?.maxLineLength, DEFAULT_MAX_LINE_LENGTH),
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

export function checkByteSize(size: number, fileName: string, limits: Limits): void {
  if (size > limits.maxBytes) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} is ${formatSize(size)}; transcripts larger than ${formatSize(limits.maxBytes)} cannot be imported.`,
    );
  }
}

/** Throws CANCELLED when the caller aborted; called between stages, never mid-loop. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The import was cancelled.');
}

/**
 * Transcript import, parsing half: bytes of a .vtt/.srt/.txt/.md/.docx file -> speaker turns.
 * Pure Node (no SQLite, no Electron, no DOM). Every failure is an AppError: PARSE for unreadable
 * input, TOO_LARGE for size caps, CANCELLED when the signal aborts between stages.
 */
import { AppError, assertNever, isAppError } from '../../../../shared/errors';
import { decodeTranscriptBytes } from './decode';
import { detectContainer, detectTextFormat } from './detect';
import { extractDocxText } from './formats/docx';
import { parsePlainText } from './formats/plainText';
import { parseSrt } from './formats/srt';
import { parseWebVtt } from './formats/webvtt';
import { checkAborted, checkByteSize, MAX_WARNINGS, PREVIEW_LINES, resolveLimits, type Limits } from './limits';
import { checkLineLengths, splitLines } from './lines';
import { checkTextVolume } from './volume';
import { segmentsToTurns, transcriptDuration } from './normalise';
import { summariseSpeakers } from './speakers';
import type { FormatResult, ParsedTranscript, ParseOptions, TextEncoding } from './types';

export type * from './types';
export { parseWebVttCues, type RawCue } from './formats/webvtt/cues';

export async function parseTranscript(
  bytes: Uint8Array,
  fileName: string,
  opts?: ParseOptions,
): Promise<ParsedTranscript> {
  const name = displayName(fileName);
  try {
    return await parse(bytes, name, resolveLimits(opts), opts?.signal);
  } catch (err) {
    if (isAppError(err)) throw err;
    // A bug or a library failure on strange input: still a clear, closed-code error.
    throw new AppError('PARSE', `${name} could not be read as a transcript.`);
  }
}

async function parse(
  bytes: Uint8Array,
  name: string,
  limits: Limits,
  signal: AbortSignal | undefined,
): Promise<ParsedTranscript> {
  if (!(bytes instanceof Uint8Array)) throw new AppError('PARSE', `${name} could not be read.`);
  checkAborted(signal);
  // Size first, before any decoding: a 200 MB file is refused without becoming a string.
  checkByteSize(bytes.length, name, limits);
  if (bytes.length === 0) throw new AppError('PARSE', `${name} is empty.`);

  let text: string;
  let encoding: TextEncoding;
  let result: FormatResult;
  const warnings: string[] = [];
  const container = detectContainer(bytes, name);
  switch (container) {
    case 'docx': {
      text = await extractDocxText(bytes, name, limits);
      encoding = 'utf-8';
      checkAborted(signal);
      checkLineLengths(text, limits.maxLineLength, name);
      checkTextVolume(text, false, name, limits);
      result = parsePlainText({ text, format: 'docx' });
      break;
    }
    case 'text': {
      const decoded = decodeTranscriptBytes(bytes, name);
      ({ text, encoding } = decoded);
      warnings.push(...decoded.warnings);
      checkAborted(signal);
      checkLineLengths(text, limits.maxLineLength, name);
      if (text.trim().length === 0) throw new AppError('PARSE', `${name} is empty.`);
      const detected = detectTextFormat(text, name);
      if (detected.warning) warnings.push(detected.warning);
      checkTextVolume(text, detected.format === 'webvtt' || detected.format === 'srt', name, limits);
      result = parseText(text, detected.format, name);
      break;
    }
    default:
      return assertNever(container, 'container');
  }
  checkAborted(signal);

  const turns = segmentsToTurns(
    result.segments,
    result.format === 'webvtt' || result.format === 'srt' ? 'captions' : 'paragraphs',
  );
  // A file that yields no speech is a failure with its reason, never "imported, 0 turns".
  if (turns.length === 0) {
    const reason =
      result.emptyBecause ??
      (result.preface?.length ? 'it has a title or header but no speech after it' : 'it contains no transcript text');
    throw new AppError('PARSE', `Nothing was imported from ${name}: ${reason}.`);
  }
  const parsed: ParsedTranscript = {
    format: result.format,
    encoding,
    turns,
    speakers: summariseSpeakers(turns),
    durationMs: transcriptDuration(turns),
    warnings: capWarnings([...warnings, ...result.warnings]),
    preview: preview(text),
    preface: (result.preface ?? []).join('\n\n'),
  };
  if (result.flavour) parsed.flavour = result.flavour;
  return parsed;
}

function parseText(text: string, format: ReturnType<typeof detectTextFormat>['format'], name: string): FormatResult {
  switch (format) {
    case 'webvtt':
      return parseWebVtt(text, name);
    case 'srt':
      return parseSrt(text, name);
    case 'text':
    case 'markdown':
      return parsePlainText({ text, format });
    default:
      return assertNever(format, 'text format');
  }
}

/** Messages name the file, not the folder it came from. */
function displayName(fileName: string): string {
  const base =
    String(fileName ?? '')
      .split(/[\\/]/)
      .pop() ?? '';
  return base.length > 0 ? base : 'The file';
}

function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `... and ${warnings.length - MAX_WARNINGS} more warnings.`];
}

function preview(text: string): string[] {
  const out: string[] = [];
  for (const line of splitLines(text.slice(0, 20_000))) {
    const t = line.trim();
    if (t.length === 0) continue;
    out.push(t.length > 200 ? `${t.slice(0, 199)}…` : t);
    if (out.length >= PREVIEW_LINES) break;
  }
  return out;
}

/**
 * The raw WebVTT cue layer: W3C file parsing (signature, header, blocks, timings) through the
 * reference parser, before any speaker or tag processing. Conformance tests run against this.
 */
import webvtt, { type VttCue } from 'webvtt-parser';
import htmlEntities from 'webvtt-parser/html-entities.json';
import { AppError } from '../../../../../../shared/errors';
import { splitLines } from '../../lines';

export interface RawCue {
  id: string;
  /** Seconds, as the spec and the conformance files give them. */
  start: number;
  end: number;
  /** Cue payload, lines joined with "\n", tags not stripped, NUL already U+FFFD. */
  text: string;
  tree: VttCue['tree'];
}

export interface RawCueFile {
  cues: RawCue[];
  /** The header lines after "WEBVTT" up to the first blank line (YouTube puts Kind/Language here). */
  headerLines: string[];
  warnings: string[];
}

/**
 * The parser finds a partial entity match by scanning Object.keys(entities) once per unknown
 * `&name;`; with all 2,231 HTML names that is slow on hostile input. Only legacy names without
 * ';' can ever match there (the buffer never contains ';'), so those are own keys and the rest
 * are reached through the prototype: same results, a twentieth of the scan.
 */
const PARSER_ENTITIES: Record<string, string> = (() => {
  const all = htmlEntities as Record<string, string>;
  const withSemicolon: Record<string, string> = {};
  const legacy: Record<string, string> = Object.create(withSemicolon) as Record<string, string>;
  for (const [name, value] of Object.entries(all)) {
    if (name.endsWith(';')) withSemicolon[name] = value;
    else legacy[name] = value;
  }
  return legacy;
})();

/** WebVTT file signature after the decoder has removed one BOM: "WEBVTT" then end, space, tab or newline. */
export function hasWebVttSignature(text: string): boolean {
  return /^WEBVTT(?:$|[ \t\r\n])/.test(text);
}

export function parseWebVttCues(text: string, fileName: string): RawCueFile {
  if (!hasWebVttSignature(text)) {
    throw new AppError('PARSE', `${fileName} is not a valid WebVTT file: its first line must start with "WEBVTT".`);
  }
  guardAgainstTagFlood(text, fileName);
  let result: ReturnType<InstanceType<typeof webvtt.WebVTTParser>['parse']>;
  try {
    // 'metadata' mode builds the same cues but keeps cue-text complaints (tags, escapes) out of
    // the error list, so what remains are file-level problems worth a warning.
    result = new webvtt.WebVTTParser(PARSER_ENTITIES).parse(text, 'metadata');
  } catch {
    throw new AppError('PARSE', `${fileName} could not be read as WebVTT.`);
  }
  const lines = splitLines(text);
  const headerLines: string[] = [];
  for (let i = 1; i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->'); i++) headerLines.push(lines[i]!);
  return {
    cues: result.cues.map((c) => ({ id: c.id, start: c.startTime, end: c.endTime, text: c.text, tree: c.tree })),
    headerLines,
    warnings: fileWarnings(result.errors, lines),
  };
}

/** Parser messages that mean a cue was dropped because its timing line could not be read. */
const SKIPPED_CUE = new Set([
  'No timestamp found.',
  'Timestamp must start with a character in the range 0-9.',
  'No time unit separator found.',
  'Must be exactly two digits.',
  'No seconds found or minutes is greater than 59.',
  'No decimal separator (".") found.',
  'Milliseconds must be given in three digits.',
  'You cannot have more than 59 minutes.',
  'You cannot have more than 59 seconds.',
  'No valid timestamp separator found.',
]);

function fileWarnings(errors: { message: string; line: number }[], lines: string[]): string[] {
  const warnings: string[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    if (seen.has(e.line)) continue;
    const quoted = quoteLine(lines[e.line - 1] ?? '');
    if (SKIPPED_CUE.has(e.message)) {
      seen.add(e.line);
      const reason = e.message.replace(/\.$/, '').toLowerCase();
      warnings.push(`line ${e.line}: timing ${quoted} could not be read (${reason}); cue skipped`);
    } else if (e.message === 'End timestamp is not greater than start timestamp.') {
      seen.add(e.line);
      warnings.push(`line ${e.line}: timing ${quoted} ends before it starts; cue kept`);
    }
  }
  return warnings;
}

function quoteLine(line: string): string {
  const short = line.length > 60 ? `${line.slice(0, 57)}...` : line;
  return `'${short}'`;
}

/**
 * The reference parser copies its cue tree recursively and looks up enclosing <v> spans by
 * walking parents, so a cue with thousands of nested tags overflows the stack or goes quadratic.
 * No caption has more than a few dozen tags; this O(n) scan refuses files far past that.
 */
const MAX_TAGS_PER_CUE = 2_000;
const MAX_VOICE_TAG_WORK = 20_000_000;

function guardAgainstTagFlood(text: string, fileName: string): void {
  let tags = 0;
  let voices = 0;
  let work = 0;
  let lineIsBlank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      // A blank line ends a cue block: its cost is settled and counting starts again.
      if (lineIsBlank) {
        work += tags * voices;
        tags = 0;
        voices = 0;
      }
      lineIsBlank = true;
      continue;
    }
    lineIsBlank = false;
    if (c === 0x3c /* < */) {
      tags++;
      if (text.charCodeAt(i + 1) === 0x76 /* v */) voices++;
      if (tags > MAX_TAGS_PER_CUE || work + tags * voices > MAX_VOICE_TAG_WORK) {
        throw new AppError(
          'PARSE',
          `${fileName} has a caption with thousands of tags; it does not look like a transcript.`,
        );
      }
    }
  }
}

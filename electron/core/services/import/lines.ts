/** Line splitting shared by the text formats, with the line-length cap checked first. */
import { AppError } from '../../../../shared/errors';
import { formatSize } from './limits';

/** CRLF, CR and LF all end a line, as in WebVTT; old Mac captions still use bare CR. */
export const NEWLINE = /\r\n|\r|\n/;

/**
 * Refuses text with a line longer than maxLength before any regex runs over it, so a minified or
 * binary file cannot make the line-oriented heuristics slow. Runs in one pass over char codes.
 */
export function checkLineLengths(text: string, maxLength: number, fileName: string): void {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d) continue;
    if (i - start > maxLength) {
      throw new AppError(
        'TOO_LARGE',
        `Line ${line} of ${fileName} is ${formatSize(i - start)} long; lines longer than ${formatSize(maxLength)} are not supported, so this does not look like a transcript.`,
      );
    }
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
    line++;
  }
}

export function splitLines(text: string): string[] {
  return text.split(NEWLINE);
}

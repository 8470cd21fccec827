/**
 * How much a transcript holds, checked before it is parsed: lines, and caption cues in WebVTT and
 * SRT. The parsers' memory grows with these counts, not with bytes, so a legal 38 MB file with a
 * million cues is refused here in one pass instead of being parsed into 2.4 GB.
 */
import { AppError } from '../../../../shared/errors';
import type { Limits } from './limits';

const count = (n: number): string => n.toLocaleString('en-GB');

export function checkTextVolume(text: string, captions: boolean, fileName: string, limits: Limits): void {
  let lines = 1;
  let cues = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
    // "-->" starts every cue's timing line.
    else if (captions && c === 0x3e && text.charCodeAt(i - 1) === 0x2d && text.charCodeAt(i - 2) === 0x2d) cues++;
  }
  if (captions && cues > limits.maxCues) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} has ${count(cues)} captions; Groundwork imports up to ${count(limits.maxCues)} captions from one file (more than two days of speech). Split the file and import the parts.`,
    );
  }
  // Captions take three lines a cue, so for them the cue count is the limit that matters.
  if (!captions && lines > limits.maxLines) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} has ${count(lines)} lines; Groundwork imports up to ${count(limits.maxLines)} lines from one file. Split the file and import the parts.`,
    );
  }
}

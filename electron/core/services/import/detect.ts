/**
 * Which reader a file needs, from its bytes and text first and its name second. Rules, in order:
 *  1. zip magic "PK\3\4"  -> docx (any name); a .docx name without it is refused.
 *  2. old Word (OLE), PDF and RTF magic -> refused with advice on what to save as instead.
 *  3. name ends .vtt -> webvtt, strictly: the W3C signature is required (conformance).
 *  4. text starts with the WebVTT signature -> webvtt.
 *  5. an SRT timing line ("00:00:01,000 --> 00:00:04,000") in the first 20 KB -> srt.
 *  6. name ends .md/.markdown, or Markdown speaker/heading lines -> markdown.
 *  7. anything else -> text.
 */
import { AppError } from '../../../../shared/errors';
import { hasWebVttSignature } from './formats/webvtt/cues';
import { looksLikeSrt } from './formats/srt';
import { isZip } from './zipDirectory';

export type Container = 'docx' | 'text';
export type TextFormat = 'webvtt' | 'srt' | 'text' | 'markdown';

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

export function detectContainer(bytes: Uint8Array, fileName: string): Container {
  const ext = extensionOf(fileName);
  if (isZip(bytes)) return 'docx';
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    throw new AppError(
      'PARSE',
      `${fileName} is an old Word (.doc) file. Open it in Word, save it as .docx, and import that.`,
    );
  }
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) {
    throw new AppError(
      'PARSE',
      `${fileName} is a PDF. Groundwork imports transcripts as .vtt, .srt, .txt, .md or .docx.`,
    );
  }
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) {
    throw new AppError(
      'PARSE',
      `${fileName} is a Rich Text (.rtf) file. Save it as .docx or plain text and import that.`,
    );
  }
  if (ext === 'docx') {
    throw new AppError(
      'PARSE',
      `${fileName} is not a Word document (a .docx file is a zip archive and this is not one).`,
    );
  }
  return 'text';
}

export function detectTextFormat(text: string, fileName: string): { format: TextFormat; warning?: string } {
  const ext = extensionOf(fileName);
  if (ext === 'vtt' || hasWebVttSignature(text)) return { format: 'webvtt' };
  if (looksLikeSrt(text)) return { format: 'srt' };
  if (ext === 'md' || ext === 'markdown' || looksLikeMarkdown(text)) return { format: 'markdown' };
  if (ext === 'srt')
    return { format: 'text', warning: `${fileName} has no subtitle timings; it was read as plain text.` };
  return { format: 'text' };
}

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  const boldSpeakers = head.match(/^\s*\*\*[^*\n]{1,40}:?\*\*:?/gm)?.length ?? 0;
  return boldSpeakers >= 2 || (/^#{1,6} \S/m.test(head) && boldSpeakers >= 1);
}

/**
 * DOCX -> text via mammoth, after the zip-bomb guard. Paragraphs become lines separated by a blank
 * line and manual line breaks become newlines, so the text-transcript reader sees Word's structure
 * ("Name  0:03" paragraph, text paragraph) exactly as it sees a plain-text export. HTML output is
 * used, not extractRawText, because raw text drops <w:br/> and glues lines together. mammoth loads on
 * the first Word file, not with the core (it is large, and most imports and every CLI command need none).
 */
import { AppError } from '../../../../../shared/errors';
import type { Limits } from '../limits';
import { checkZipExpansion, readZipDirectory } from '../zipDirectory';

export async function extractDocxText(bytes: Uint8Array, fileName: string, limits: Limits): Promise<string> {
  const entries = readZipDirectory(bytes, fileName);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new AppError('PARSE', `${fileName} is a zip archive but not a Word document.`);
  }
  await checkZipExpansion(bytes, entries, fileName, limits);
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are never read: a transcript needs none, and inlining them would cost memory.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    return htmlToText(result.value);
  } catch {
    throw new AppError('PARSE', `${fileName} is damaged or is not a Word document that Groundwork can read.`);
  }
}

/** mammoth's small, regular HTML -> paragraphs. Tags are dropped; its five escapes decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h[1-6]|li|td|th|tr|table|ul|ol)>/g, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '',
    )
    .replace(/\n{3,}/g, '\n\n');
}

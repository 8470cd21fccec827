/**
 * DOCX -> text via mammoth, after the zip-bomb guard. Paragraphs become lines separated by a blank
 * line, so the text-transcript reader sees Word's structure ("Name  0:03" paragraph, text
 * paragraph) exactly as it sees a plain-text export.
 */
import mammoth from 'mammoth';
import { AppError } from '../../../../../shared/errors';
import type { Limits } from '../limits';
import { checkZipExpansion, readZipDirectory } from '../zipDirectory';

export async function extractDocxText(bytes: Uint8Array, fileName: string, limits: Limits): Promise<string> {
  const entries = readZipDirectory(bytes, fileName);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new AppError('PARSE', `${fileName} is a zip archive but not a Word document.`);
  }
  checkZipExpansion(bytes, entries, fileName, limits);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch {
    throw new AppError('PARSE', `${fileName} is damaged or is not a Word document that Groundwork can read.`);
  }
}

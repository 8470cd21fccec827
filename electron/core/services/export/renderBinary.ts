/** PDF or DOCX bytes for a cited document: the one switch the inline renderer and the worker share. */
import type { CitedDocument } from './citedDocument';
import { documentDocx } from './documentDocx';
import { documentPdf } from './documentPdf';

export type BinaryFormat = 'pdf' | 'docx';

export function renderBinary(format: BinaryFormat, doc: CitedDocument): Promise<Uint8Array> {
  return format === 'pdf' ? documentPdf(doc) : documentDocx(doc);
}

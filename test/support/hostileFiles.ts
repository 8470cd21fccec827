/** Hostile and huge inputs for the fault suite and the memory benchmark: zip bombs, cue floods, FIFOs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeZip } from '../core/import/support/zip';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** Word-like XML for two turns ("Name  m:ss" paragraph, then the text), with Word's usual run properties. */
function wordTurn(i: number): string {
  const who = i % 2 ? 'Maya Chen' : 'Tom Okafor';
  const at = `${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}`;
  return (
    `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:after="160"/></w:pPr><w:r w:rsidRPr="00112233"><w:rPr><w:b/><w:sz w:val="22"/></w:rPr><w:t>${who}</w:t></w:r><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">   ${at}</w:t></w:r></w:p>` +
    `<w:p w:rsidR="00A1B2C3"><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t>Invoice number ${i} did not match the rate confirmation, so we reconciled it by hand again.</w:t></w:r></w:p>`
  );
}

/**
 * A DOCX whose document.xml unpacks to about `unpackedBytes`. `shape`: 'word' is realistic Word
 * XML (the most a real transcript could be); 'flood' is empty paragraphs, the most tags per byte.
 */
export function docxOf(unpackedBytes: number, shape: 'word' | 'flood'): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < unpackedBytes; i++) {
    const p = shape === 'flood' ? '<w:p/>' : wordTurn(i);
    parts.push(p);
    size += p.length;
  }
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${parts.join('')}<w:sectPr/></w:body></w:document>`;
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: doc },
  ]);
}

/** The largest realistic Word transcript the caps accept: `tags` XML tags (just under the cap). */
export function largestAcceptedDocx(maxTags: number): Uint8Array {
  const tagsPerTurn = (wordTurn(0).match(/</g) ?? []).length;
  const turns = Math.floor((maxTags - 40) / tagsPerTurn);
  return docxOf(turns * wordTurn(0).length, 'word');
}

/** A legal WebVTT file with `cues` short captions from two speakers (1 M cues is ~38 MB). */
export function writeCueFlood(file: string, cues: number): void {
  const clock = (ms: number): string => {
    const s = Math.floor(ms / 1000);
    return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
  };
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'WEBVTT\n\n');
    let batch: string[] = [];
    for (let i = 0; i < cues; i++) {
      batch.push(`${clock(i * 1000)} --> ${clock(i * 1000 + 900)}\n<v ${i % 2 ? 'Maya' : 'Tom'}>ok ${i}\n`);
      if (batch.length === 10_000) {
        fs.writeSync(fd, `${batch.join('\n')}\n`);
        batch = [];
      }
    }
    if (batch.length) fs.writeSync(fd, `${batch.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

/** A named pipe at `dir/name`, or null where mkfifo is unavailable (Windows). */
export function makeFifo(dir: string, name: string): string | null {
  const file = path.join(dir, name);
  try {
    execFileSync('mkfifo', [file]);
    return file;
  } catch {
    return null;
  }
}

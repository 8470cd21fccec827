/**
 * Persona exports as PDF and DOCX (and pseudonymised Markdown/HTML) through exports.persona:
 * the PDF's text (pdftotext) holds every cited quote and is rendered to PNG for review; the DOCX
 * reopens in mammoth with every citation number and quote; pseudonymised files name nobody; quotes
 * with commas, newlines, emoji and right-to-left text export in every format.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile, ExportFormat } from '../../shared/ipc/contract/exports';
import type { PushEvent } from '../../shared/ipc/events';
import { PDF_MISSING_GLYPH } from '../../electron/core/services/export/pdfText';
import { personaDocument } from '../../electron/core/services/export/personaDocument';
import type { Persona } from '../../shared/domain/persona';
import type { Quote } from '../../shared/domain/quote';
import { makeCore, tempDir, type TestCore } from '../support/core';
import { buildExportStudy, REAL_NAME_PATTERN, TRICKY } from '../support/exportStudy';
import { importTurns } from '../support/study';

const SHOTS = path.resolve('test-results/screenshots');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

async function exportPersona(
  id: number,
  format: ExportFormat,
  pseudonymise = false,
): Promise<{ file: ExportFile; bytes: Buffer }> {
  const file = await t.call('exports.persona', { id, format, pseudonymise });
  return {
    file,
    bytes: file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8'),
  };
}

function pdfToText(bytes: Buffer): string {
  const file = path.join(tempDir(), 'export.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pdfPages(bytes: Buffer): number {
  const file = path.join(tempDir(), 'export.pdf');
  fs.writeFileSync(file, bytes);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

async function docxHtml(bytes: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: bytes })).value;
}

describe('persona PDF export', () => {
  it('is an A4 PDF whose text holds every cited quote, numbered, with page numbers; saved as PNG for review', async () => {
    const { persona, quotes } = await buildExportStudy(t);
    const { file, bytes } = await exportPersona(persona.id, 'pdf');
    expect(file).toMatchObject({ fileName: 'Finance Ops Fiona.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'p.pdf'), bytes);
    expect(execFileSync('pdfinfo', [path.join(dir, 'p.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595.* x 841.* \(A4\)/,
    );
    const text = squash(pdfToText(bytes));
    for (const q of quotes) expect(text).toContain(squash(q.exactText));
    for (let n = 1; n <= quotes.length; n++) expect(text).toContain(`[${n}]`);
    expect(text).toContain('Sources');
    expect(text).toContain('Contradicts');
    expect(text).toContain('Month-end close is slow and manual');
    expect(text).toContain(`Page 1 of ${pdfPages(bytes)}`);
    expect(text).not.toContain(PDF_MISSING_GLYPH);

    // The first page as a PNG beside the e2e screenshots, for a person to look at.
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(dir, 'p.pdf'),
      path.join(SHOTS, 'persona-export-pdf-core'),
    ]);
    expect(fs.statSync(path.join(SHOTS, 'persona-export-pdf-core.png')).size).toBeGreaterThan(5000);
  });

  it('reports its steps as task.progress events under the id the caller chose', async () => {
    const { persona } = await buildExportStudy(t);
    const seen: PushEvent[] = [];
    const stop = t.core.onEvent((e) => void seen.push(e));
    await t.call('exports.persona', { id: persona.id, format: 'pdf', taskId: 'job-42' });
    stop();
    const mine = seen
      .filter((e) => e.name === 'task.progress')
      .map((e) => e.payload as { taskId: string; done: number; total: number; state: string });
    expect(mine.map((p) => [p.taskId, p.done, p.total, p.state])).toEqual([
      ['job-42', 0, 3, 'running'],
      ['job-42', 1, 3, 'running'],
      ['job-42', 3, 3, 'done'],
    ]);
  });

  it('refuses an unknown persona and an unknown format with clear errors', async () => {
    await expect(t.call('exports.persona', { id: 999, format: 'pdf' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.untyped('exports.persona', { id: 1, format: 'rtf' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('persona DOCX export', () => {
  it('reopens in a DOCX reader with real headings, every citation number in the text and every quote as a numbered source', async () => {
    const { persona, quotes } = await buildExportStudy(t);
    const { file, bytes } = await exportPersona(persona.id, 'docx');
    expect(file.fileName).toBe('Finance Ops Fiona.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const html = await docxHtml(bytes);
    expect(html).toMatch(/<h1>(<a id="[^"]*"><\/a>)?Pain points<\/h1>/);
    expect(html).toMatch(/<h1>(<a id="[^"]*"><\/a>)?Sources<\/h1>/);
    for (let n = 1; n <= quotes.length; n++) expect(html).toContain(`[${n}]`);
    // The sources are one Word numbered list, item n = citation n.
    const sources = /<ol>(.*?)<\/ol>/s.exec(html)![1]!;
    const items = [...sources.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => squash(m[1]!.replace(/<[^>]+>/g, ' ')));
    expect(items).toHaveLength(quotes.length);
    // Numbers follow the document model (citations numbered in reading order).
    const model = personaDocument(await t.call('personas.get', { id: persona.id }));
    expect(model.citations.map((c) => c.n)).toEqual(quotes.map((_, i) => i + 1));
    model.citations.forEach((c, i) => expect(items[i]).toContain(squash(c.text)));
    expect(new Set(model.citations.map((c) => c.text))).toEqual(new Set(quotes.map((q) => q.exactText)));
    expect(items.some((i) => i.includes('Contradicts'))).toBe(true);
  });
});

describe('pseudonymised persona exports', () => {
  it('name no real participant or company in any format, and replace them consistently', async () => {
    const { persona, participants } = await buildExportStudy(t, { tricky: true });
    const tom = participants.find((p) => p.realName === 'Tom Okafor')!;
    const texts: Record<string, string> = {};
    for (const format of ['md', 'html', 'pdf', 'docx'] as const) {
      const { file, bytes } = await exportPersona(persona.id, format, true);
      expect(file.fileName).toBe(`Finance Ops Fiona (pseudonymised).${format}`);
      texts[format] =
        format === 'pdf'
          ? pdfToText(bytes)
          : format === 'docx'
            ? (await mammoth.extractRawText({ buffer: bytes })).value
            : bytes.toString('utf8');
    }
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).not.toMatch(REAL_NAME_PATTERN);
      expect(text, format).toContain(tom.pseudonym);
      expect(text, format).toContain('Company A');
      expect(text, format).toContain('Pseudonymised');
    }
    // Inside quote text too: "Tom Okafor rebuilds" became the pseudonym.
    expect(squash(texts['md']!)).toContain(`because ${tom.pseudonym} rebuilds`);
  });
});

describe('quotes with commas, newlines, emoji and right-to-left text', () => {
  it('export in every format without error; DOCX, HTML and Markdown keep every character, the PDF says what it could not show', async () => {
    const { persona, quotes } = await buildExportStudy(t, { tricky: true });
    const multiline = quotes.at(-1)!;
    expect(multiline.exactText).toContain('\n');
    const md = (await exportPersona(persona.id, 'md')).bytes.toString('utf8');
    const html = (await exportPersona(persona.id, 'html')).bytes.toString('utf8');
    const docx = (await mammoth.extractRawText({ buffer: (await exportPersona(persona.id, 'docx')).bytes })).value;
    for (const text of TRICKY) {
      expect(md).toContain(text.replace(/"/g, '"'));
      expect(html).toContain(text.replace(/"/g, '&quot;'));
      expect(docx).toContain(text);
    }
    expect(docx).toContain(multiline.exactText.split('\n')[1]);
    const pdfBytes = (await exportPersona(persona.id, 'pdf')).bytes;
    const pdf = pdfToText(pdfBytes);
    const pdfFile = path.join(tempDir(), 'unicode.pdf');
    fs.writeFileSync(pdfFile, pdfBytes);
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfFile,
      path.join(SHOTS, 'persona-export-pdf-unicode-core'),
    ]);
    expect(pdf).toMatch(/cannot be shown with this PDF/);
    expect(squash(pdf)).toContain(
      squash('Honestly, "Acme Freight" pays late, every month, and Tom hates it; Okafor, too.').replace(/"/g, '"'),
    );
    // DejaVu Sans has 😀 (it prints as itself); 🎉 and 👩‍💻 it lacks, each run becomes one marker.
    expect(squash(pdf)).toContain(
      `Invoices arrive 😀${PDF_MISSING_GLYPH} and then ${PDF_MISSING_GLYPH} someone re-keys them by hand.`,
    );
  });
});

describe('PDF text in the embedded Unicode font (DejaVu Sans)', () => {
  const POLISH_CZECH = 'Łukasz Dvořák: zamykanie miesiąca trwa cztery dni, a účetní to přepisují ručně.';
  const GREEK = 'Η μηνιαία αναφορά μάς παίρνει τρεις ολόκληρες μέρες.';
  const CYRILLIC = 'Мы сверяем счета вручную каждую неделю, и это больно.';
  const HEBREW = 'אנחנו צריכים דוח חודשי';
  const EMOJI = 'The export finishes and then 🎉 nobody reads it.';

  /** A persona named "Łukasz Dvořák" citing one quote per script, built through the real contract. */
  async function internationalPersona(texts: string[]): Promise<Persona> {
    const turns = texts.flatMap((text, i) => [
      { speaker: 'Maya Chen', text: `Question ${i + 1}?` },
      { speaker: 'Łukasz Dvořák', text },
    ]);
    const tr = await importTurns(t, 'Rozhovor — Συνέντευξη — Интервью', turns, Date.UTC(2026, 2, 3));
    const quotes: Quote[] = [];
    for (let i = 1; i < tr.turns.length; i += 2) {
      const turn = tr.turns[i]!;
      quotes.push(
        await t.call('quotes.create', {
          interviewId: tr.interviewId,
          start: { turnId: turn.id, offset: 0 },
          end: { turnId: turn.id, offset: turn.text.length },
        }),
      );
    }
    const persona = await t.call('personas.create', {
      name: 'Łukasz Dvořák',
      role: 'Główny księgowy',
      summary: 'Ведёт закрытие месяца; Ο Λουκάς ελέγχει κάθε τιμολόγιο.',
      membership: { participantIds: [] },
    });
    return t.call('attributes.add', {
      personaId: persona.id,
      section: 'pain_points',
      statement: 'Zamknięcie miesiąca jest wolne — Медленно',
      quoteIds: quotes.map((q) => q.id),
    });
  }

  function render(bytes: Buffer, name: string): { text: string; fonts: string } {
    const file = path.join(tempDir(), `${name}.pdf`);
    fs.writeFileSync(file, bytes);
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, path.join(SHOTS, name)]);
    expect(fs.statSync(path.join(SHOTS, `${name}.png`)).size).toBeGreaterThan(5000);
    return {
      text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
      fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    };
  }

  it('prints Polish, Czech, Greek and Cyrillic names and quotes as themselves, Hebrew words intact, and marks only the emoji the font lacks', async () => {
    const persona = await internationalPersona([POLISH_CZECH, GREEK, CYRILLIC, HEBREW, EMOJI]);
    const { file, bytes } = await exportPersona(persona.id, 'pdf');
    expect(file.fileName).toBe('Łukasz Dvořák.pdf');
    const { text, fonts } = render(bytes, 'persona-export-pdf-international-core');
    const flat = squash(text);
    expect(flat).toContain('Łukasz Dvořák');
    for (const q of [POLISH_CZECH, GREEK, CYRILLIC]) expect(flat).toContain(squash(q));
    expect(flat).toContain('Główny księgowy');
    expect(flat).toContain('Ведёт закрытие месяца; Ο Λουκάς ελέγχει κάθε τιμολόγιο.');
    expect(flat).toContain('Zamknięcie miesiąca jest wolne — Медленно');
    for (const word of HEBREW.split(' ')) expect(flat).toContain(word);
    expect(flat).toContain(`The export finishes and then ${PDF_MISSING_GLYPH} nobody reads it.`);
    expect(flat).not.toContain('🎉');
    expect(text).toMatch(/Some characters \(such as emoji\) cannot be shown with this PDF’s font and appear as \[\?\]/);
    // The font is embedded as a subset, so the file stays small (the regular face alone is 740 KB).
    expect(fonts).toMatch(/\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).not.toMatch(/Helvetica/);
    expect(bytes.byteLength).toBeLessThan(120_000);
  });

  it('draws Hebrew and Arabic right to left: the first word of a phrase is its rightmost', async () => {
    const ARABIC = 'نحتاج تقريرا شهريا';
    const persona = await internationalPersona([HEBREW, `Then in Arabic: ${ARABIC}.`]);
    const { bytes } = await exportPersona(persona.id, 'pdf');
    render(bytes, 'persona-export-pdf-rtl-core');
    const file = path.join(tempDir(), 'rtl.pdf');
    fs.writeFileSync(file, bytes);
    // Word boxes as drawn: a right-to-left word's glyphs run right to left, so its text comes out reversed.
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: m[3]!,
      drawn: [...m[3]!].reverse().join(''),
    }));
    const at = (word: string) => boxes.find((b) => b.drawn.includes(word))!;
    const hebrew = HEBREW.split(' ');
    for (let i = 1; i < hebrew.length; i++) {
      expect(at(hebrew[i]!).y).toBe(at(hebrew[0]!).y);
      expect(at(hebrew[i]!).x, hebrew[i]).toBeLessThan(at(hebrew[i - 1]!).x);
    }
    const arabic = ARABIC.split(' ');
    for (let i = 1; i < arabic.length; i++) expect(at(arabic[i]!).x).toBeLessThan(at(arabic[i - 1]!).x);
    // The Latin words before the Arabic stay on the left, in their own order.
    const then = boxes.find((b) => b.text.includes('Then'))!;
    expect(then.x).toBeLessThan(at(arabic.at(-1)!).x);
  });

  it('adds no note when every character is in the font', async () => {
    const persona = await internationalPersona([POLISH_CZECH, GREEK, CYRILLIC, HEBREW]);
    const { bytes } = await exportPersona(persona.id, 'pdf');
    const { text } = render(bytes, 'persona-export-pdf-international-clean-core');
    expect(squash(text)).toContain(squash(GREEK));
    expect(text).not.toContain(PDF_MISSING_GLYPH);
    expect(text).not.toMatch(/cannot be shown/);
  });
});

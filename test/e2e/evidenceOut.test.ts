/**
 * Evidence out in Chromium (issue 17, item 6), as a researcher would: filter the quote library to one
 * participant, select two quotes (Space, then Shift+click), tag them in one step and undo it from the
 * toast, tag them again, Export… as an Excel workbook by real name, and read the file back with exceljs,
 * every row against its quote. Then the synthesis screen: the matrix as CSV, the saturation chart as SVG
 * and PNG. Axe-clean; screenshots at 1280×720, light and dark.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteCard } from '../../shared/domain/quote';
import { callerFor, type Caller } from '../support/core';
import { buildExportStudy, type ExportStudy } from '../support/exportStudy';
import { openSection, SCREENSHOTS, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

async function saved(download: Download): Promise<string> {
  const file = path.join(path.dirname(await download.path()), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function exportVia(page: Page, dialogName: string, radios: string[]): Promise<{ name: string; file: string }> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  for (const r of radios) await dialog.getByRole('radio', { name: new RegExp(`^${r}`) }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await dialog.waitFor({ state: 'detached' });
  return { name: download.suggestedFilename(), file: await saved(download) };
}

const mmss = (ms: number | null) => {
  if (ms === null) return '';
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

describe('evidence out in Chromium', () => {
  let app: WebApp;
  let core: Caller;
  let study: ExportStudy;
  let tom: ExportStudy['participants'][number];
  let slow: { id: number; name: string; path: string };
  let audit: { id: number; name: string; path: string };

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    core = callerFor(app.host.core);
    study = await buildExportStudy(core, { tricky: true });
    tom = study.participants.find((p) => p.realName === 'Tom Okafor')!;
    slow = await core.call('tags.create', { name: 'Slow close', kind: 'pain_point' });
    audit = await core.call('tags.create', { name: 'Audit evidence', kind: 'theme' });
    // Some quotes already carry tags, one contradicting: the export has a row per quote × tag.
    for (const q of study.quotes.slice(0, 4))
      await core.call('codings.apply', {
        quoteId: q.id,
        tagId: audit.id,
        stance: q === study.quotes[2] ? 'contradicts' : 'supports',
      });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  const tomsCards = async (): Promise<QuoteCard[]> =>
    (await core.call('quotes.list', { participantIds: [tom.id], limit: 1000 })).items;

  it('filters the library, bulk-tags two quotes in one step and undoes it from the toast', async () => {
    const { page } = app;
    await openSection(page, 'Quotes');
    const filter = page.getByRole('group', { name: 'Filter quotes' }).getByLabel('Participant', { exact: true });
    await filter.focus();
    await expect.poll(() => filter.locator('option').count()).toBeGreaterThan(2);
    await filter.selectOption({ value: String(tom.id) });
    const cards = await tomsCards();
    expect(cards.length).toBeGreaterThanOrEqual(3);
    await page.getByText(`${cards.length} quotes`, { exact: true }).waitFor();
    await expect.poll(() => page.locator('.quote-card:not(.quote-card-pending)').count()).toBe(cards.length);

    // Select all takes every quote of the filter; clicking it again clears.
    const all = page.getByRole('checkbox', { name: `Select all ${cards.length} quotes` });
    // click, not check(): Select all asks the core for the filter's ids, so the box ticks a moment later.
    await all.click();
    await expect.poll(() => all.isChecked()).toBe(true);
    await page.getByRole('region', { name: 'Selection' }).getByText(`${cards.length} quotes selected`).waitFor();
    await all.click();
    await page.getByRole('region', { name: 'Selection' }).waitFor({ state: 'detached' });

    // Keyboard first: Space on the first card's checkbox, then Shift+click on the second (the run).
    const boxes = page.locator('.quote-card').getByRole('checkbox');
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await boxes.nth(1).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selection' });
    await bar.getByText('2 quotes selected').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('quote-selection');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('quote-selection-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const picked = [cards[0]!.id, cards[1]!.id];
    const tagOf = async (ids: number[]) =>
      Promise.all(
        ids.map(async (id) => (await core.call('quotes.get', { id })).codings.some((c) => c.tagId === slow.id)),
      );
    await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Tag 2 quotes' });
    await picker.waitFor();
    await page.keyboard.type('Slow close');
    await page.keyboard.press('Enter');
    const toast = page.locator('.toasts').filter({ hasText: 'Tagged 2 quotes with “Slow close”' });
    await toast.waitFor();
    expect(await tagOf(picked)).toEqual([true, true]);
    // Focus went back to the button that opened the picker.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tag…');
    expect((await core.call('history.state')).undoLabel).toBe('Tag 2 quotes with "Slow close"');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => tagOf(picked)).toEqual([false, false]);
    // Both cards show the tag gone.
    await expect.poll(() => page.locator('.quote-card .tag-chip', { hasText: 'Slow close' }).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('exports the filtered library as XLSX by real name; every row matches its quote', async () => {
    const { page } = app;
    const bar = page.getByRole('region', { name: 'Selection' });
    await bar.getByText('2 quotes selected').waitFor();
    await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
    await page.getByRole('dialog', { name: 'Tag 2 quotes' }).waitFor();
    await page.keyboard.type('Slow close');
    await page.keyboard.press('Enter');
    await page.locator('.toasts').getByText('Tagged 2 quotes with “Slow close”').waitFor();
    await expect.poll(() => page.locator('.quote-card .tag-chip', { hasText: 'Slow close' }).count()).toBe(2);

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export quotes' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^Real names/ }).check();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('quote-export-dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('quote-export-dialog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const { name, file } = await exportVia(page, 'Export quotes', ['Excel workbook', 'Real names']);
    expect(name).toBe('quotes.xlsx');
    await page.getByText('Saved quotes.xlsx').waitFor();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    // Cells by position (an empty cell is absent from `row.values`, which is sparse).
    ws.eachRow((row) =>
      rows.push(
        Array.from({ length: ws.columnCount }, (_, i) => {
          const v = row.getCell(i + 1).value;
          return v == null ? '' : String(v);
        }),
      ),
    );
    expect(rows[0]).toEqual([
      'quote',
      'tag',
      'stance',
      'participant',
      'interview',
      'interview_date',
      'timestamp',
      'source',
      'starred',
    ]);
    // Expected from the library itself, in its order (newest first): a row per quote × tag.
    const tags = new Map((await core.call('tags.list')).map((t) => [t.id, t.path]));
    const expected = (await tomsCards()).flatMap((q) => {
      const base = (tag: string, stance: string) => [
        q.exactText,
        tag,
        stance,
        'Tom Okafor',
        'Call with Tom and Rivka',
        '2026-03-03',
        mmss(q.startMs),
        'transcript',
        q.starred ? 'yes' : 'no',
      ];
      return q.codings.length ? q.codings.map((c) => base(tags.get(c.tagId)!, c.stance)) : [base('', '')];
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1).filter((r) => r[1] === slow.path)).toHaveLength(2);
    expect(rows.slice(1).some((r) => r[2] === 'contradicts')).toBe(true);
    // The filter held: Rivka's quotes are not in it.
    expect(rows.some((r) => r[3] === 'Rivka Levi')).toBe(false);
    expect(app.problems).toEqual([]);
  });

  it('exports the synthesis matrix as CSV and the saturation chart as SVG and PNG', async () => {
    const { page } = app;
    await openSection(page, 'Synthesis');
    await page.getByRole('heading', { name: 'Evidence matrix' }).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export synthesis' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    await dialog.getByRole('radio', { name: 'Evidence matrix' }).check();
    expect(await seriousA11yIssues(page)).toEqual([]);
    const csv = await exportVia(page, 'Export synthesis', []);
    expect(csv.name).toBe('synthesis-matrix-pseudonymised.csv');
    const table = Papa.parse<string[]>(fs.readFileSync(csv.file, 'utf8').replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(table.flat().join(' ')).toContain('Slow close');
    expect(table.flat().join(' ')).toContain('Audit evidence');
    expect(table.flat().join(' ')).not.toMatch(/Tom|Okafor|Rivka|Levi/);

    await page.getByRole('heading', { name: 'Saturation' }).scrollIntoViewIfNeeded();
    const save = page.getByRole('group', { name: /^Save Saturation/ });
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      save.getByRole('button', { name: 'Save as SVG' }).click(),
    ]);
    const svg = fs.readFileSync(await saved(svgDownload), 'utf8');
    expect(svgDownload.suggestedFilename()).toBe('saturation.svg');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Styled without the app's stylesheet: bars carry their fill.
    expect(svg).toMatch(/<rect[^>]*fill="rgb/);
    expect(svg).not.toContain('class=');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      save.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('saturation.png');
    const pngFile = await saved(pngDownload);
    const png = fs.readFileSync(pngFile);
    fs.copyFileSync(pngFile, path.join(SCREENSHOTS, 'saturation-chart-export.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Twice the chart's width (IHDR width, bytes 16–19).
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * 360);
    await app.shot('synthesis-export');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('synthesis-export-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(app.problems).toEqual([]);
  });
});

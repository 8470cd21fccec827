/**
 * Exports in Chromium, as a researcher would: open a persona, Export…, pick PDF, save; pick Word with
 * "Pseudonymise names", save. The files are a real PDF (rendered to PNG beside the dialog's screenshot,
 * its text holding every cited quote) and a real DOCX (a zip that reopens with every quote and no real
 * name). The dialog is axe-clean in light and dark themes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { buildExportStudy, REAL_NAME_PATTERN, type ExportStudy } from '../support/exportStudy';
import { SCREENSHOTS, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function exportThroughDialog(
  page: Page,
  format: string,
  pseudonymise: boolean,
  title = 'Export persona',
): Promise<{ name: string; file: string }> {
  const dialog = page.getByRole('dialog', { name: title });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('checkbox', { name: 'Pseudonymise names' }).setChecked(pseudonymise);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await dialog.waitFor({ state: 'detached' });
  const file = path.join(path.dirname(await download.path()), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

describe('exports in Chromium', () => {
  let app: WebApp;
  let study: ExportStudy;

  beforeAll(async () => {
    app = await startWebApp();
    study = await buildExportStudy(callerFor(app.host.core));
    await app.page.reload();
    await app.page.evaluate((id) => (window.location.hash = `#/personas/${id}`), study.persona.id);
    await app.page.getByRole('heading', { level: 1, name: 'Finance Ops Fiona' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers every format and the pseudonymise option in an accessible dialog', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export persona' });
    await dialog.waitFor();
    for (const label of ['PDF (.pdf)', 'Word document (.docx)', 'Markdown (.md)', 'Web page (.html)'])
      await dialog.getByRole('radio', { name: label }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'PDF (.pdf)' }).isChecked()).toBe(true);
    // Keyboard: focus starts on the chosen format; arrows move between formats.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('pdf');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Word document (.docx)' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('export-dialog');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('export-dialog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports a persona as a PDF that holds every cited quote', async () => {
    const { page } = app;
    const { name, file } = await exportThroughDialog(page, 'PDF (.pdf)', false);
    expect(name).toBe('Finance Ops Fiona.pdf');
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const q of study.quotes) expect(text).toContain(squash(q.exactText));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      path.join(SCREENSHOTS, 'persona-export-pdf'),
    ]);
    expect(fs.existsSync(path.join(SCREENSHOTS, 'persona-export-pdf.png'))).toBe(true);
    await page.getByText('Saved Finance Ops Fiona.pdf').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('exports a persona as a pseudonymised Word document with every quote and no real name', async () => {
    const { page } = app;
    const { name, file } = await exportThroughDialog(page, 'Word document (.docx)', true);
    expect(name).toBe('Finance Ops Fiona (pseudonymised).docx');
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).not.toMatch(REAL_NAME_PATTERN);
    const tom = study.participants.find((p) => p.realName === 'Tom Okafor')!;
    expect(text).toContain(`because ${tom.pseudonym} rebuilds the same spreadsheet`);
    for (let n = 1; n <= study.quotes.length; n++) expect(text).toContain(`[${n}]`);
    expect(app.problems).toEqual([]);
  });

  it("exports the ICP as a PDF and a persona's job map as a Word document from their screens", async () => {
    const { page } = app;
    const core = callerFor(app.host.core);
    await core.call('icp.statements.add', {
      section: 'business',
      statement: 'Audits drive the purchase',
      quoteIds: [study.quotes[1]!.id],
    });
    await core.call('jobs.create', {
      situation: 'the close starts',
      motivation: 'see every ledger at once',
      outcome: 'finish in two days',
      stage: 'execute',
      personaIds: [study.persona.id],
      quoteIds: [study.quotes[0]!.id],
    });
    await page.evaluate(() => (window.location.hash = '#/icp'));
    await page.getByRole('heading', { level: 1, name: 'ICP' }).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export ideal customer profile' }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    const icp = await exportThroughDialog(page, 'PDF (.pdf)', true, 'Export ideal customer profile');
    expect(icp.name).toBe('Ideal customer profile (pseudonymised).pdf');
    const icpText = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', icp.file, '-'], { encoding: 'utf8' }));
    expect(icpText).toContain('Audits drive the purchase');
    expect(icpText).not.toMatch(REAL_NAME_PATTERN);

    await page.evaluate((id) => (window.location.hash = `#/jobs/map/${id}`), study.persona.id);
    await page.getByRole('heading', { level: 1, name: 'Job map' }).waitFor();
    const jobs = await exportThroughDialog(page, 'Word document (.docx)', false, 'Export jobs to be done');
    expect(jobs.name).toBe('Jobs to be done — Finance Ops Fiona.docx');
    const text = (await mammoth.extractRawText({ path: jobs.file })).value;
    expect(text).toContain('When the close starts, I want to see every ledger at once, so I can finish in two days.');
    expect(squash(text)).toContain(squash(study.quotes[0]!.exactText));
    expect(app.problems).toEqual([]);
  });
});

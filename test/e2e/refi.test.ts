/**
 * REFI-QDA in Chromium, as a researcher would: Projects › Import REFI-QDA project…, choose a
 * QualCoder-style .qdpx, read the preview and the loss report, open the imported interview with its
 * coded quote; then Export REFI-QDA project…, save it, and import the saved file into a new project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, unwrap } from '../support/core';
import { unpackQdpx, xsdErrors } from '../support/refi';
import { qualcoderFixture } from '../support/refiVendors';
import { seriousA11yIssues, startWebApp, type WebApp } from './webApp';

async function importThroughDialog(app: WebApp, file: string): Promise<void> {
  const { page } = app;
  await page.locator('.project-button').click();
  await page
    .getByRole('dialog', { name: 'Projects' })
    .getByRole('button', { name: 'Import REFI-QDA project…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('region', { name: 'What will be imported' }).waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('region', { name: 'Import finished' }).waitFor();
}

describe('REFI-QDA in Chromium', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
    await unwrap(
      app.host.core.host.dispatch('host.createProject', {
        path: path.join(app.dir, 'Empty study.groundwork'),
        withDefaults: false,
      }),
    );
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports a .qdpx through the dialog, shows the loss report, and opens the interview with its coded quote', async () => {
    const { page } = app;
    const file = path.join(app.dir, 'qualcoder.qdpx');
    fs.writeFileSync(file, await qualcoderFixture());
    await importThroughDialog(app, file);
    const dialog = page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
    const report = dialog.getByRole('region', { name: 'Loss report' }).last();
    await report.getByText(/selections \(as quotes\)/).waitFor();
    expect(await report.textContent()).toContain('Not carried over');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('refi-01-import-report');
    await dialog.getByRole('link', { name: 'Open the first imported interview' }).click();
    await page.getByText('Awful 😤 honestly, the invoice run 📄 fails monthly.').first().waitFor();
    // The imported selection is a quote with its code.
    const quotes = page.locator('mark, .quote-mark, [data-quote-id]');
    await quotes.first().waitFor();
    expect(await page.getByText('the invoice run').count()).toBeGreaterThan(0);
    await app.shot('refi-02-imported-interview');
  });

  it('exports the project as .qdpx and re-imports it into a new project', async () => {
    const { page } = app;
    await page.locator('.project-button').click();
    await page
      .getByRole('dialog', { name: 'Projects' })
      .getByRole('button', { name: 'Export REFI-QDA project…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Export a REFI-QDA project' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const saved = path.join(app.dir, download.suggestedFilename());
    await download.saveAs(saved);
    await dialog.getByRole('region', { name: 'Loss report' }).waitFor();
    expect(saved).toMatch(/\.qdpx$/);
    expect(xsdErrors((await unpackQdpx(fs.readFileSync(saved))).qde, 'project')).toBeNull();
    await app.shot('refi-03-export-report');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await page.keyboard.press('Escape');

    await unwrap(
      app.host.core.host.dispatch('host.createProject', {
        path: path.join(app.dir, 'Second study.groundwork'),
        withDefaults: false,
      }),
    );
    await page.reload();
    await importThroughDialog(app, saved);
    const done = page
      .getByRole('dialog', { name: 'Import a REFI-QDA project' })
      .getByRole('region', { name: 'Import finished' });
    expect(await done.getByRole('status').textContent()).toMatch(/Imported 1 interviews, 1 quotes, 1 codings/);
    const interviews = await callerFor(app.host.core).call('interviews.list');
    expect(interviews.map((i) => i.title)).toEqual(['Jane interview']);
  });
});

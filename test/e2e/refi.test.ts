/**
 * REFI-QDA in Chromium, as a researcher would: Projects › Import REFI-QDA project…, choose a
 * QualCoder-style .qdpx, read the preview and the loss report, open the imported interview with its
 * coded quote; then Export REFI-QDA project…, save it, and import the saved file into a new project.
 * Last, a study two people coded in another tool: its users become coders, the reader colours their
 * highlights, and the Agreement screen gives the figures worked out by hand in refiCoders.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, unwrap } from '../support/core';
import { unpackQdpx, xsdErrors } from '../support/refi';
import type { AgreementReport } from '../../shared/domain/agreementReport';
import { qualcoderFixture, twoCoderFixture } from '../support/refiVendors';
import { expectedFigures, shownFigures } from './agreementScreen';
import { openSection, seriousA11yIssues, startWebApp, TEST_CODER, type WebApp } from './webApp';

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
    expect(await done.getByRole('status').textContent()).toBe(
      'Imported 1 interview, 1 quote, 1 coding, 3 new tags and 1 new participant.',
    );
    const interviews = await callerFor(app.host.core).call('interviews.list');
    expect(interviews.map((i) => i.title)).toEqual(['Jane interview']);
  });

  it('a study two people coded elsewhere: its users become coders, coloured in the reader, compared on the Agreement screen', async () => {
    const { page } = app;
    await unwrap(
      app.host.core.host.dispatch('host.createProject', {
        path: path.join(app.dir, 'Team study.groundwork'),
        withDefaults: false,
      }),
    );
    await page.reload();
    const file = path.join(app.dir, 'team.qdpx');
    fs.writeFileSync(file, await twoCoderFixture());
    await importThroughDialog(app, file);
    const dialog = page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
    const report = dialog.getByRole('region', { name: 'Loss report' }).last();
    await report.getByText(/coders \(the users who made selections, codings or notes\)/).waitFor();
    expect(await report.locator('.refi-carried li').allTextContents()).toContain(
      '2 coders (the users who made selections, codings or notes)',
    );
    expect(await report.locator('.refi-adjusted li').allTextContents()).toEqual(
      expect.arrayContaining([
        'New coders from the file: Jane Coder, Ken Coder.',
        '1 selection was given the same code by two coders; each coder’s coding is kept on their own copy of the quote.',
      ]),
    );
    expect(await dialog.getByRole('status').textContent()).toBe(
      'Imported 1 interview, 4 quotes, 4 codings, 3 new tags, 0 new participants and 2 new coders.',
    );
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('refi-04-two-coders-report');

    // The reader, by coder: the legend names the file's two users, and every highlight has a coder.
    await dialog.getByRole('link', { name: 'Open the first imported interview' }).click();
    await page.getByText('The export takes hours and breaks every month.').first().waitFor();
    await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: 'By coder' });
    const legend = page.getByRole('list', { name: 'Highlights by coder' });
    await expect.poll(() => legend.getByRole('listitem').allTextContents()).toEqual(['Jane Coder', 'Ken Coder']);
    const chips = page.locator('.transcript-scroll [data-quote-button]');
    await expect.poll(() => chips.count()).toBe(4);
    const chipCoders = await chips.evaluateAll((els) =>
      els.map((e) => /, by (.+)$/.exec(e.getAttribute('aria-label') ?? '')?.[1] ?? null),
    );
    expect(chipCoders.sort()).toEqual(['Jane Coder', 'Jane Coder', 'Ken Coder', 'Ken Coder']);
    await app.shot('refi-05-two-coders-reader');

    // The Agreement screen: the core's figures, and those are the ones worked out by hand.
    await openSection(page, 'Agreement');
    // The researcher opening the project is listed too, but has coded nothing: not compared by default.
    const coders = (await callerFor(app.host.core).call('coders.list')).filter((c) => c.name !== TEST_CODER.name);
    expect(coders.map((c) => c.name)).toEqual(['Jane Coder', 'Ken Coder']);
    const me = page.getByRole('checkbox', { name: new RegExp(`${TEST_CODER.name} · no codings yet`) });
    expect(await me.isChecked()).toBe(false);
    for (const c of coders)
      expect(await page.getByRole('checkbox', { name: new RegExp(c.name) }).isChecked()).toBe(true);
    const report2 = (await callerFor(app.host.core).call('agreement.compute', {
      coderIds: coders.map((c) => c.id),
      unit: 'turn',
    })) as AgreementReport;
    await expect.poll(() => shownFigures(page, 'Billing pain')).toEqual(expectedFigures(report2, 'Billing pain'));
    expect(await shownFigures(page, 'Billing pain')).toEqual(['75.0%', '0.500', '0.533']);
    expect(await shownFigures(page, 'Wishes')).toEqual(['75.0%', '0.000', '0.000']);
    expect(await shownFigures(page, null)).toEqual(expectedFigures(report2, null));
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('refi-06-two-coders-agreement');
  });
});

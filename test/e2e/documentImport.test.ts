/**
 * Documents as evidence in Chromium (issue 17, item 2): Interviews › Import documents…, choose a
 * support-ticket CSV, check the suggested kind and column mapping, preview the rows, import, open the
 * tickets in the reader, code two rows with the tag picker, and see them in the synthesis roll-up under
 * "Support tickets". Axe-clean at every step, with screenshots at 1280×720.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const CSV = [
  'Ticket ID,Created,Requester,Requester Email,Organization,Description',
  '4101,2026-04-01,Dana Whitfield,dana@harbourline.com,Harbourline,Export to CSV times out every Monday.',
  '4102,2026-04-02,Idris Mensah,idris@harbourline.com,Harbourline,The invoice PDF shows the wrong VAT number.',
  '4103,2026-04-03,Mei Tanaka,mei@quillsoft.io,Quillsoft,Exports are so slow we gave up on the weekly report.',
].join('\n');

describe('document import in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await core().call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports a support-ticket CSV through the preview, codes two rows and shows them by source', async () => {
    const { page } = app;
    await openSection(page, 'Interviews');
    await page.getByRole('button', { name: 'Import documents…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import documents as evidence' });
    const file = path.join(app.dir, 'support-tickets.csv');
    fs.writeFileSync(file, CSV);
    await dialog.locator('input[type=file]').setInputFiles(file);

    // The suggested kind and mapping, with sample values beside each field.
    await dialog.getByLabel('Kind of source').waitFor();
    expect(await dialog.getByLabel('Kind of source').inputValue()).toBe('support_tickets');
    expect(await dialog.getByLabel('Text (what they wrote)').inputValue()).toBe('Description');
    expect(await dialog.getByLabel('Participant e-mail').inputValue()).toBe('Requester Email');
    await dialog.getByRole('row', { name: /^Date/ }).getByText('2026-04-01 · 2026-04-02 · 2026-04-03').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('documents-01-mapping');

    await dialog.getByRole('button', { name: 'Preview' }).click();
    const rows = dialog.getByRole('table', { name: 'First rows as they will be stored' });
    await rows.getByText('The invoice PDF shows the wrong VAT number.').waitFor();
    await dialog.getByText(/3 new participants/).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('documents-02-preview');

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('.toast')
      .filter({ hasText: 'Import 3 rows of support tickets from support-tickets.csv' })
      .waitFor();
    const [source] = await core().call('interviews.list');
    expect(source).toMatchObject({ title: 'support-tickets', sourceKind: 'support_tickets' });

    // Open the tickets in the reader: one turn per row, each with its own date.
    const table = page.getByRole('table', { name: 'Interviews' });
    await table
      .getByRole('row', { name: /support-tickets/ })
      .getByText('Support tickets')
      .waitFor({ state: 'attached' });
    await table.getByRole('button', { name: 'support-tickets' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'support-tickets' }).waitFor();
    await expect.poll(() => page.locator('.turn').count()).toBe(3);
    await page.locator('.turn').first().getByText('1 Apr 2026').waitFor();

    // Code two rows with the tag picker, as a transcript passage is coded.
    const reader = page.getByRole('region', { name: 'Transcript' });
    for (const words of [
      'Export to CSV times out every Monday.',
      'Exports are so slow we gave up on the weekly report.',
    ]) {
      // The reader has the keyboard (T tags its selection); the passage is selected as a mouse drag would.
      // After a tag is applied the picker hands focus back: wait until the reader really has it.
      await expect
        .poll(async () => {
          await reader.focus();
          return reader.evaluate((el) => el === document.activeElement);
        })
        .toBe(true);
      await page.evaluate((text) => {
        const el = [...document.querySelectorAll('[data-turn-text]')].find((e) => e.textContent === text)!;
        const range = document.createRange();
        range.selectNodeContents(el);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      }, words);
      const inspector = page.getByRole('complementary', { name: 'Quote details' });
      await expect.poll(() => inspector.locator('.selection-text').textContent()).toBe(`“${words}”`);
      await page.keyboard.press('t');
      const picker = page.getByRole('dialog', { name: 'Tag the selected passage' });
      await picker.waitFor();
      await page.keyboard.type('slow exports');
      await expect.poll(() => picker.getByRole('option').first().textContent()).toContain('Slow exports');
      await page.keyboard.press('Enter');
      await picker.waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.locator('mark.hl').count()).toBe(2);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('documents-03-reader-coded');

    // The roll-up: the tag reaches two people, both from support tickets, shown apart from interviews.
    await openSection(page, 'Synthesis');
    const item = page.locator('.ranked-item').filter({ hasText: 'Slow exports' });
    await item
      .getByRole('list', { name: 'Slow exports by source' })
      .getByText('Support tickets: 2 participants, 2 quotes')
      .waitFor();
    const rollup = await core().call('synthesis.rollup', {});
    expect(rollup.tags.find((t) => t.name === 'Slow exports')?.bySource).toEqual([
      { sourceKind: 'support_tickets', quotes: 2, participants: 2 },
    ]);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('documents-04-rollup');
  });
});

/**
 * Backups in Chromium, as a researcher would meet them: the Projects dialog lists backups with what
 * each holds; "Back up now"; "Restore…" asks first, brings the earlier state back and keeps the
 * current project as a copy (checked on disk). Then a damaged project: the web host opens it
 * read-only, the banner says so and offers the latest good backup, and restoring it clears the
 * banner. Axe-clean; screenshots in test-results/.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/web/host';
import { newContext } from '../support/browser';
import { callerFor } from '../support/core';
import { corruptLeafPage } from '../support/damage';
import { openSection, seriousA11yIssues, SCREENSHOTS, startWebApp, type WebApp } from './webApp';

describe('backups in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);
  const file = () => app.host.core.session.context().projectPath;

  beforeAll(async () => {
    app = await startWebApp();
    for (const name of ['Acme Freight', 'Globex Logistics']) await core().call('companies.create', { name });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists backups, backs up now, and restores an earlier state keeping the current project as a copy', async () => {
    const { page } = app;
    await page.locator('.project-button').click();
    const projects = page.getByRole('dialog', { name: 'Projects' });
    await projects.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByText(/No backups yet/).waitFor();
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    const table = dialog.getByRole('table', { name: 'Backups' });
    await table.getByRole('row', { name: /Backed up by you/ }).waitFor();
    expect(await table.getByRole('row', { name: /Backed up by you/ }).textContent()).toContain('0 interviews');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('backups-01-list');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('Escape');
    await projects.waitFor({ state: 'detached' }).catch(() => undefined);

    // A change after the backup, made in the app.
    await core().call('companies.create', { name: 'Initech' });
    await openSection(page, 'Companies');
    const companies = page.getByRole('table', { name: 'Companies' });
    await companies.getByRole('button', { name: 'Initech' }).waitFor();

    await page.locator('.project-button').click();
    await page.getByRole('dialog', { name: 'Projects' }).getByRole('button', { name: 'Backups…' }).click();
    await dialog.getByRole('button', { name: /^Restore the backup from .*…$/ }).click();
    await dialog.getByRole('heading', { name: /^Restore the backup from/ }).waitFor();
    await dialog.getByText(/Your current project is kept as a copy in the backups folder first/).waitFor();
    await app.shot('backups-02-confirm');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/^Restored the backup from .*Your project as it was is kept as a copy/).waitFor();
    await table.getByRole('row', { name: /Your project before a restore/ }).waitFor();
    expect(await table.getByRole('row', { name: /Your project before a restore/ }).textContent()).toContain(
      '0 interviews',
    );
    await app.shot('backups-03-restored');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The earlier state is back on screen…
    await companies.getByRole('button', { name: 'Acme Freight' }).waitFor();
    await expect.poll(() => companies.getByRole('button', { name: 'Initech' }).count()).toBe(0);
    // …and the copy kept on disk holds what was there before the restore.
    const kept = (await core().call('backups.list')).find((b) => b.reason === 'before-restore')!;
    const copy = new Database(path.join(`${file()}-backups`, kept.id), { readonly: true });
    const names = (copy.prepare('SELECT name FROM companies ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
    copy.close();
    expect(names).toEqual(['Acme Freight', 'Globex Logistics', 'Initech']);
    expect(app.problems).toEqual([]);
  });

  it('opens a damaged project read-only with a banner that offers the latest good backup, and restores it', async () => {
    const projectPath = file();
    for (let i = 0; i < 200; i++)
      await core().call('companies.create', { name: `Company ${i}`, notes: 'x'.repeat(300) });
    await core().call('backups.create');
    await app.host.close();
    corruptLeafPage(projectPath, 'companies');

    const host = await startWebHost({ userDataDir: path.join(app.dir, 'user-data'), projectPath, port: 0 });
    app.host = host;
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await page.goto(host.bridge.launchUrl);
    const banner = page.locator('.project-banner');
    await banner.getByText('This project is damaged: it is open read-only').waitFor();
    await banner.getByText(/opened it read-only so that nothing more is lost/).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'backups-04-damaged-banner.png') });

    // A change is refused in words.
    await openSection(page, 'Companies');
    await page.getByRole('button', { name: 'New company' }).click();
    const form = page.getByRole('dialog', { name: 'New company' });
    await form.getByLabel('Company name (required)').fill('Not saved');
    await page.keyboard.press('Enter');
    await form
      .getByText(/damaged, so Groundwork opened it read-only\. Nothing was changed\./)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');

    await banner.getByRole('button', { name: /^Restore the backup from .*…$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/^Restored the backup from/).waitFor();
    await page.keyboard.press('Escape');
    await banner.waitFor({ state: 'detached' });
    // The long list shows only the rows in view: find the last company through the filter.
    await page.getByLabel('Filter companies').fill('Company 199');
    await page.getByRole('table', { name: 'Companies' }).getByRole('button', { name: 'Company 199' }).waitFor();
    await context.close();
  });
});

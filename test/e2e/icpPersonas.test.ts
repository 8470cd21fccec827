/**
 * The personas the ICP contains, in Chromium (issue 17, item 5), with the keyboard as a new user would:
 * open the picker from the ICP's profile, filter it, link a buyer and a user persona, see both on the
 * profile under their kind, follow each to its page and back through the page's ICP link; remove one
 * and undo from the toast. Axe-clean; screenshots at 1280×720.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('ICP personas in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await core().call('personas.create', { kind: 'buyer', name: 'Finance lead Fiona', role: 'CFO', tier: 1 });
    await core().call('personas.create', { kind: 'user', name: 'Clerk Carl', role: 'AP clerk' });
    await core().call('personas.create', { kind: 'buyer', name: 'Ops owner Omar', role: 'COO' });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('links two personas from the ICP screen with the keyboard and lists them by kind', async () => {
    const { page } = app;
    await openSection(page, 'ICP');
    const section = page.getByRole('region', { name: 'Personas in this profile' });
    await section.getByText('No buyer persona linked yet.').waitFor();
    await section.getByRole('button', { name: 'Link personas…' }).focus();
    await page.keyboard.press('Enter');

    const picker = page.getByRole('dialog', { name: 'Link personas to the ICP' });
    const filter = picker.getByRole('searchbox', { name: 'Filter personas' });
    await filter.waitFor();
    // Focus starts in the filter: type, Tab to the only match's button, Enter adds it.
    expect(await filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('fiona');
    await picker.getByRole('button', { name: 'Add: Finance lead Fiona' }).waitFor();
    expect(await picker.getByRole('listitem').count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await picker.getByRole('button', { name: 'In the ICP: Finance lead Fiona' }).waitFor();

    await filter.fill('clerk');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await picker.getByRole('button', { name: 'In the ICP: Clerk Carl' }).waitFor();
    await picker.getByText('2 in the ICP').waitFor();
    await filter.fill('');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('icp-personas-01-picker');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });

    const buyers = section.getByRole('list', { name: 'Buyer personas' });
    const users = section.getByRole('list', { name: 'User personas' });
    await buyers.getByRole('link', { name: 'Finance lead Fiona' }).waitFor();
    await users.getByRole('link', { name: 'Clerk Carl' }).waitFor();
    expect(await buyers.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Finance lead Fiona · CFO · Tier 1/),
    ]);
    expect(await users.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Clerk Carl · AP clerk/),
    ]);
    expect(await section.getByText('Ops owner Omar').count()).toBe(0);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('icp-personas-02-profile');
  });

  it('shows the ICP on each linked persona page, as a link back to the profile', async () => {
    const { page } = app;
    for (const name of ['Finance lead Fiona', 'Clerk Carl']) {
      await page.getByRole('region', { name: 'Personas in this profile' }).getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const icpLink = page.getByRole('link', { name: 'Ideal customer profile' });
      await icpLink.waitFor();
      if (name === 'Clerk Carl') {
        expect(await seriousA11yIssues(page)).toEqual([]);
        await app.shot('icp-personas-03-persona-page');
      }
      await icpLink.click();
      await page.getByRole('heading', { level: 1, name: 'ICP' }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/icp');
    }
    // A persona outside the ICP says so.
    const omar = await core()
      .call('personas.list')
      .then((l) => l.find((p) => p.name === 'Ops owner Omar')!);
    await page.evaluate((id) => (window.location.hash = `#/personas/${id}`), omar.id);
    await page.getByRole('heading', { level: 1, name: 'Ops owner Omar' }).waitFor();
    await page.getByText('Not in the ICP').waitFor();
  });

  it('removes a persona from the ICP and puts it back with Undo', async () => {
    const { page } = app;
    await openSection(page, 'ICP');
    const section = page.getByRole('region', { name: 'Personas in this profile' });
    await section.getByRole('button', { name: 'Remove Clerk Carl from the ICP' }).click();
    await section.getByText('No user persona linked yet.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await section.getByRole('list', { name: 'User personas' }).getByRole('link', { name: 'Clerk Carl' }).waitFor();
    expect((await core().call('icp.personas.list')).map((p) => p.name)).toEqual(['Finance lead Fiona', 'Clerk Carl']);
  });
});

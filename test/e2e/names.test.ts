/**
 * Names in Chromium (issue 11): the researcher sees real names with pseudonyms beside them — in the
 * participants list, the reader and the speaker mapping dialog; Ctrl+Shift+P (or the status bar) turns
 * presentation mode on, after which no screen shows a real name, company or e-mail, and a pseudonymised
 * export made then names nobody and attributes each quote to its own participant. Screenshots of each.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/domain/participant';
import { callerFor } from '../support/core';
import { buildExportStudy, type ExportStudy } from '../support/exportStudy';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const REAL = /Tom|Okafor|Rivka|Levi|Acme|Maya|Chen|acmefreight/;
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('names and presentation mode in Chromium', () => {
  let app: WebApp;
  let study: ExportStudy;
  let tom: Participant;
  let rivka: Participant;

  beforeAll(async () => {
    app = await startWebApp();
    const core = callerFor(app.host.core);
    study = await buildExportStudy(core);
    await core.call('companies.update', { id: study.company.id, patch: { aliases: ['Acme'] } });
    tom = study.participants.find((p) => p.realName === 'Tom Okafor')!;
    rivka = study.participants.find((p) => p.realName === 'Rivka Levi')!;
    await core.call('participants.update', { id: tom.id, patch: { email: 'tom@acmefreight.com', aliases: ['Tommy'] } });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows real names with the pseudonym beside them in the list, the reader and the speaker mapping', async () => {
    const { page } = app;
    await openSection(page, 'Participants');
    const table = page.getByRole('table', { name: 'Participants' });
    await table.getByRole('button', { name: `Tom Okafor (${tom.pseudonym})` }).waitFor();
    await page.getByLabel('Filter participants').fill('tommy');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Filter participants').fill('');
    await app.shot('names-01-participants-real-names');

    await page.evaluate((id) => (window.location.hash = `#/interviews/${id}`), study.quotes[0]!.interviewId);
    await page.getByRole('heading', { level: 1, name: 'Call with Tom and Rivka' }).waitFor();
    await expect.poll(() => page.locator('.turn-speaker').allTextContents()).toContain(`Tom Okafor (${tom.pseudonym})`);
    await page.getByRole('button', { name: 'Speakers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Speakers' });
    await dialog.waitFor();
    const options = await dialog.getByLabel('Participant Tom Okafor is').locator('option').allTextContents();
    expect(options).toEqual(
      expect.arrayContaining([`Tom Okafor (${tom.pseudonym})`, `Rivka Levi (${rivka.pseudonym})`]),
    );
    await app.shot('names-02-speaker-mapping');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });

  it('Ctrl+Shift+P turns presentation mode on: no screen names anyone; the status bar turns it off', async () => {
    const { page } = app;
    await page.keyboard.press('Control+Shift+P');
    const toggle = page.getByRole('button', { name: 'Presenting: pseudonyms only' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.turn-speaker').allTextContents()).toContain(tom.pseudonym);
    // The reader's words, the title, the window title: pseudonyms and company labels only.
    await page.getByRole('heading', { level: 1, name: `Call with ${tom.pseudonym} and ${rivka.pseudonym}` }).waitFor();
    expect(await page.title()).not.toMatch(REAL);
    const shown = await visibleText(page);
    expect(shown.split('\n').filter((l) => REAL.test(l))).toEqual([]);
    expect(await visibleText(page)).toContain(`because ${tom.pseudonym} rebuilds the same spreadsheet`);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('names-03-presenting-reader');

    for (const section of ['Participants', 'Quotes', 'Synthesis', 'Personas']) {
      await openSection(page, section);
      await expect.poll(() => visibleText(page)).not.toMatch(/Loading/);
      expect(
        (await visibleText(page)).split('\n').filter((l) => REAL.test(l)),
        section,
      ).toEqual([]);
    }
    await openSection(page, 'Participants');
    await page
      .getByRole('table', { name: 'Participants' })
      .getByRole('button', { name: tom.pseudonym, exact: true })
      .click();
    expect(await visibleText(page)).not.toMatch(REAL);
    await app.shot('names-04-presenting-participants');

    // Still on after a reload (the mode is kept on this machine, not in the project).
    await page.reload();
    await page.getByRole('button', { name: 'Presenting: pseudonyms only' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('exports a persona pseudonymised while presenting: no names, each quote under its own pseudonym', async () => {
    const { page } = app;
    await page.evaluate((id) => (window.location.hash = `#/personas/${id}`), study.persona.id);
    await page.getByRole('heading', { level: 1, name: 'Finance Ops Fiona' }).waitFor();
    expect(await visibleText(page)).not.toMatch(REAL);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export persona' });
    await dialog.getByRole('radio', { name: 'Web page (.html)' }).check();
    await dialog.getByRole('checkbox', { name: 'Pseudonymise names' }).check();
    await app.shot('names-05-export-dialog-presenting');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Finance Ops Fiona (pseudonymised).html');
    const html = fs.readFileSync((await download.path())!, 'utf8');
    expect(html).not.toMatch(REAL);
    // Sources are numbered in citing order: the persona cites the study's quotes in order.
    study.quotes.forEach((q, i) => {
      const who = q.participantId === tom.id ? tom.pseudonym : rivka.pseudonym;
      const item = html.slice(html.indexOf(`<li id="c${i + 1}">`)).split('</li>')[0]!;
      expect(item, q.exactText).toContain(`— ${who},`);
    });

    // Back to real names from the status bar.
    await page.getByRole('button', { name: 'Presenting: pseudonyms only' }).click();
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
    await openSection(page, 'Participants');
    await page
      .getByRole('table', { name: 'Participants' })
      .getByRole('button', { name: `Rivka Levi (${rivka.pseudonym})` })
      .waitFor();
    expect(app.problems).toEqual([]);
  });
});

/**
 * Intercoder agreement in Chromium (issue 18, item 3): two coders' codings of one interview, made
 * through the core under each identity; the Agreement screen shows the core's own figures per tag
 * and overall and the disagreements side by side; settling one (from the keyboard) updates the
 * figures, and the toast's Undo restores them. Screenshots at 1280×720 and 1440×900, light and dark;
 * axe clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../shared/domain/agreementReport';
import type { CoderIdentity, CurrentCoder } from '../../shared/domain/coder';
import { expectedFigures, shownFigures } from './agreementScreen';
import { call, importTranscript, INTERVIEW_VTT, quotePhrase } from './codingSetup';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const ADA: CoderIdentity = { guid: 'e2e-ada', name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' };
const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };

describe('the agreement screen', () => {
  let app: WebApp;
  let coderIds: number[] = [];
  const compute = (unit: 'turn' | 'char' = 'turn') =>
    call<AgreementReport>(app.host, 'agreement.compute', { coderIds, unit });

  beforeAll(async () => {
    app = await startWebApp({ coder: ADA });
    await app.page.setViewportSize({ width: 1280, height: 720 });
    const interviewId = await importTranscript(app.host, 'acme-call.vtt', INTERVIEW_VTT, 'Invoice disputes at Acme');
    await call(app.host, 'tags.create', { name: 'Costs time', kind: 'pain_point' });
    await call(app.host, 'tags.create', { name: 'Manual work', kind: 'pain_point' });
    // Ada codes first (the session starts as her), then Bo, then the app is Ada's again.
    const ada = (await call<CurrentCoder>(app.host, 'coders.identify', { ...ADA })).coder!.id;
    await quotePhrase(app.host, interviewId, 'a carrier billed us detention', ['Costs time']);
    await quotePhrase(app.host, interviewId, 'reconciling the accruals by hand', ['Manual work']);
    await quotePhrase(app.host, interviewId, 'I copy numbers between three tools', ['Manual work']);
    const bo = (await call<CurrentCoder>(app.host, 'coders.identify', BO)).coder!.id;
    await quotePhrase(app.host, interviewId, 'a carrier billed us detention', ['Costs time']);
    await quotePhrase(app.host, interviewId, 'reconciling the accruals', ['Manual work']);
    await quotePhrase(app.host, interviewId, 'The reconciliation takes two people a full day', ['Costs time']);
    await call(app.host, 'coders.identify', { ...ADA });
    coderIds = [ada, bo];
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the core’s figures and the disagreements, settles one from the keyboard, and Undo restores it', async () => {
    const { page } = app;
    await openSection(page, 'Agreement');
    const before = await compute();
    expect(before.tags.map((t) => t.name)).toEqual(['Costs time', 'Manual work']);
    expect(before.disagreementsTotal).toBe(2);

    // The figures on screen are the core's, per tag and overall, and the unit is said in words.
    await expect.poll(() => shownFigures(page, 'Costs time')).toEqual(expectedFigures(before, 'Costs time'));
    expect(await shownFigures(page, 'Manual work')).toEqual(expectedFigures(before, 'Manual work'));
    expect(await shownFigures(page, null)).toEqual(expectedFigures(before, null));
    await expect.poll(() => page.locator('.agreement-unit').textContent()).toContain('Unit: Speaker turn.');
    expect(await page.locator('.agreement-formulas').textContent()).toContain('κ = (pₒ − pₑ) / (1 − pₑ)');

    // Two disagreements, each coder's side by side with their coded words marked.
    const items = page.getByRole('listitem').filter({ has: page.locator('.disagreement-actions') });
    await expect.poll(() => items.count()).toBe(2);
    const costs = items.filter({ hasText: 'Costs time' });
    expect(await costs.locator('.disagreement-coder mark').allTextContents()).toEqual([
      'The reconciliation takes two people a full day',
    ]);
    expect(await costs.locator('.coder-badge').allTextContents()).toEqual([
      'ALCoded by Ada Lovelace',
      'BLCoded by Bo Li',
    ]);

    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('agreement-1280x720-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('agreement-1280x720-dark');
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.shot('agreement-1440x900-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await app.shot('agreement-1440x900-light');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Settle "Costs time" on Tom's second answer for Ada (who did not code it): from the keyboard.
    await costs.getByRole('button', { name: 'Accept Ada Lovelace' }).focus();
    await page.keyboard.press('Enter');
    const toast = page.locator('.toast').filter({ hasText: 'Settled “Costs time”: accepted Ada Lovelace.' });
    await toast.waitFor();
    await expect.poll(() => items.count()).toBe(1);
    const settled = await compute();
    expect(settled.tags.find((t) => t.name === 'Costs time')!.figures.percent.value).toBe(1);
    await expect.poll(() => shownFigures(page, 'Costs time')).toEqual(expectedFigures(settled, 'Costs time'));
    expect(await shownFigures(page, null)).toEqual(expectedFigures(settled, null));
    // Focus moved on to the next disagreement, not to the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.disagreement')?.textContent ?? ''))
      .toContain('Manual work');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => shownFigures(page, 'Costs time')).toEqual(expectedFigures(before, 'Costs time'));
    expect(await compute()).toEqual(before);
    await expect.poll(() => items.count()).toBe(2);

    // The character unit: the screen follows, with the core's figures again.
    await page.getByRole('radio', { name: 'Character' }).check();
    const chars = await compute('char');
    await expect.poll(() => shownFigures(page, 'Manual work')).toEqual(expectedFigures(chars, 'Manual work'));
    expect(await shownFigures(page, 'Costs time')).toEqual(expectedFigures(chars, 'Costs time'));
    await expect.poll(() => page.locator('.agreement-unit').textContent()).toContain('Unit: Character.');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('agreement-char-1280x720-light');

    // Export the table as it is on screen (characters): the file holds the core's figures.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export agreement' });
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('agreement-char.csv');
    const file = path.join(path.dirname(await download.path()), download.suggestedFilename());
    await download.saveAs(file);
    const rows = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '')).data;
    const manual = chars.tags.find((t) => t.name === 'Manual work')!.figures;
    expect(
      rows
        .find((r) => r[0] === 'Manual work')!
        .slice(1, 6)
        .map(Number),
    ).toEqual([manual.units, manual.pairable, manual.percent.value, manual.kappa.value, manual.alpha.value]);
    expect(app.problems).toEqual([]);
  });
});

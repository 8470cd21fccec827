/**
 * Coding in Chromium, keyboard only, as a new user would: open a transcript, select a passage with
 * Shift+arrows, tag it through the picker, create a tag inline, undo twice, redo once, search for a
 * word of the quote and jump to it — checking the highlights and counts on screen after each step.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTranscript, INTERVIEW_VTT } from './codingSetup';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const highlights = (page: Page) => page.locator('.transcript-scroll mark.hl');
const quoteChips = (page: Page) => page.locator('.transcript-scroll [data-quote-button]');

async function expectCounts(page: Page, quotes: number, chipText: string | null) {
  await expect.poll(() => quoteChips(page).count()).toBe(quotes);
  await expect.poll(() => page.locator('.workspace-count').textContent()).toContain(`${quotes} highlight`);
  if (chipText !== null) await expect.poll(() => quoteChips(page).first().textContent()).toBe(chipText);
}

describe('coding workspace in Chromium', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
    await importTranscript(app.host, 'acme-call.vtt', INTERVIEW_VTT, 'Invoice disputes at Acme');
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens a transcript, tags a passage through the picker, creates a tag inline, undoes, redoes, searches and jumps', async () => {
    const { page } = app;
    await openSection(page, 'Interviews');
    const table = page.getByRole('table', { name: 'Interviews' });
    await table.getByRole('button', { name: 'Invoice disputes at Acme' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Invoice disputes at Acme' }).waitFor();
    const reader = page.getByRole('region', { name: 'Transcript' });
    await expect.poll(() => reader.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('.turn').count()).toBe(6);
    await expectCounts(page, 0, null);
    await app.shot('reader-open');

    // Down to Tom's first turn; select "a carrier billed us detention" with Shift+Right.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Last Tuesday '.length; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'a carrier billed us detention'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    const inspector = page.getByRole('complementary', { name: 'Quote details' });
    await expect.poll(() => inspector.locator('.selection-text').textContent()).toBe('“a carrier billed us detention”');

    // T opens the picker; typing filters; Enter applies the highlighted tag and creates the quote.
    await page.keyboard.press('t');
    const picker = page.getByRole('dialog', { name: 'Tag the selected passage' });
    await picker.waitFor();
    await page.keyboard.type('costs time');
    await expect.poll(() => picker.getByRole('option').first().textContent()).toContain('Costs time');
    await app.shot('picker');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expectCounts(page, 1, 'Costs time');
    expect(await highlights(page).allTextContents()).toEqual(['a carrier billed us detention']);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.quoteButton)).toBeTruthy();

    // With the quote focused, T again and Ctrl+Enter creates a new tag from what was typed.
    await page.keyboard.press('t');
    const quotePicker = page.getByRole('dialog', { name: 'Add a tag to this quote' });
    await quotePicker.waitFor();
    await page.keyboard.type('Detention disputes');
    await page.keyboard.press('Control+Enter');
    await quotePicker.waitFor({ state: 'detached' });
    await expectCounts(page, 1, 'Costs time, Detention disputes');
    await expect.poll(() => inspector.locator('.coding-row').count()).toBe(2);
    await app.shot('reader-highlights');

    // Undo twice: the new tag comes off, then the quote goes. Redo once: the quote is back, tagged.
    await page.keyboard.press('Control+z');
    await expectCounts(page, 1, 'Costs time');
    await page.keyboard.press('Control+z');
    await expectCounts(page, 0, null);
    expect(await highlights(page).count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expectCounts(page, 1, 'Costs time');
    expect(await highlights(page).allTextContents()).toEqual(['a carrier billed us detention']);
    const quoteId = Number(await quoteChips(page).first().getAttribute('data-quote-button'));

    // "/" goes to Search; typing a word of the quote finds it (prefix search as you type); Enter jumps.
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('/');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('detent');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect.poll(() => results.getAttribute('data-query')).toBe('detent');
    await expect.poll(() => results.getByRole('option').count()).toBe(2); // the turn and the quote
    expect(await results.locator('mark').first().textContent()).toMatch(/^detention$/i);
    const order = await results.getByRole('option').allTextContents();
    const quoteIndex = order.findIndex((text) => text.startsWith('Quote'));
    for (let i = 0; i < quoteIndex; i++) await page.keyboard.press('ArrowDown');
    await app.shot('search');
    await page.keyboard.press('Enter');

    // Landed: the workspace, the quote focused and shown in the inspector, the same counts.
    await page.getByRole('heading', { level: 1, name: 'Invoice disputes at Acme' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quoteButton))
      .toBe(String(quoteId));
    await expectCounts(page, 1, 'Costs time');
    expect(await inspector.locator('.quote-text').textContent()).toBe('a carrier billed us detention');
    expect(app.problems).toEqual([]);
  });
});

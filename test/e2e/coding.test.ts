/**
 * Coding in Chromium, keyboard only, as a new user would: open a transcript, select a passage with
 * Shift+arrows, tag it through the picker, create a tag inline, undo twice, redo once, search for a
 * word of the quote and jump to it — checking the highlights and counts on screen after each step.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, importTranscript, INTERVIEW_VTT, quotePhrase } from './codingSetup';
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
  let interviewId = 0;

  beforeAll(async () => {
    app = await startWebApp();
    interviewId = await importTranscript(app.host, 'acme-call.vtt', INTERVIEW_VTT, 'Invoice disputes at Acme');
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
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.quoteButton))
      .toBeTruthy();

    // With the quote focused, T again and Ctrl+Enter creates a new tag from what was typed.
    await page.keyboard.press('t');
    const quotePicker = page.getByRole('dialog', { name: 'Add a tag to this quote' });
    await quotePicker.waitFor();
    await page.keyboard.type('Detention disputes');
    await page.keyboard.press('Control+Enter');
    await quotePicker.waitFor({ state: 'detached' });
    await expectCounts(page, 1, 'Costs time, Detention disputes');
    await expect.poll(() => inspector.locator('.coding-row').count()).toBe(2);
    await app.shot('coding-flow-tagged');

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

  it('shows overlapping, starred and multi-turn highlights readably (screenshot), and a correction flags a quote', async () => {
    const { page, host } = app;
    // More evidence, through the core: an overlap, a nested quote, a quote across two turns.
    const overlap = await quotePhrase(host, interviewId, "the spreadsheet didn't match the portal", [
      'Failed workaround',
    ]);
    await quotePhrase(host, interviewId, 'The reconciliation takes two people a full day', ['Costs time']);
    await quotePhrase(host, interviewId, 'two people a full day every month', ['Costs money']);
    await quotePhrase(
      host,
      interviewId,
      'What would make that easier?',
      ['Integrations'],
      'approve or dispute in one place',
    );
    await call(host, 'quotes.update', { id: overlap, patch: { starred: true } });
    await page.goto(`${host.bridge.url}/#/interviews/${interviewId}`);
    await expectCounts(page, 5, null);
    // The overlap of two quotes is one piece covered by both, drawn darker.
    await expect
      .poll(() => page.locator('mark.hl[data-depth="2"]').allTextContents())
      .toEqual(['two people a full day']);
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await app.shot('reader-highlights');
    expect(await seriousA11yIssues(page)).toEqual([]);

    // Correct the turn: rewrite the words of one quote; the core flags it and the inspector says so.
    await page.getByRole('region', { name: 'Transcript' }).focus();
    const caretTurn = () =>
      page.evaluate(() => {
        const node = window.getSelection()?.focusNode;
        const el = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
        return el?.closest('[data-turn-id]')?.getAttribute('data-turn-id') ?? null;
      });
    const spreadsheetTurn = await page
      .locator('[data-turn-id]', { hasText: 'spreadsheet' })
      .getAttribute('data-turn-id');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 12 && (await caretTurn()) !== spreadsheetTurn; i++) await page.keyboard.press('ArrowDown');
    const turnId = await caretTurn();
    const turnText = await page.locator(`[data-turn-text="${turnId}"]`).textContent();
    expect(turnText).toContain('spreadsheet');
    await page.keyboard.press('e');
    const dialog = page.getByRole('dialog', { name: 'Correct this turn' });
    await dialog.waitFor();
    await dialog
      .getByLabel('Text')
      .fill(turnText!.replace("the spreadsheet didn't match the portal", 'our ledger disagreed with the carrier'));
    await dialog.getByRole('button', { name: 'Save correction' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const inspector = page.getByRole('complementary', { name: 'Quote details' });
    await inspector.getByRole('heading', { name: '1 quote needs review' }).waitFor();
    await expect.poll(() => page.locator('.workspace-count').textContent()).toContain('1 flagged');
    await inspector.getByRole('button', { name: /spreadsheet didn't match/ }).press('Enter');
    await inspector.getByText('Needs review.').waitFor();
    await app.shot('reader-flagged');
  });

  it('typing n, 1 and t in the note, the search field, a form field or the picker never tags; shortcuts can be turned off', async () => {
    const { page, host } = app;
    const tags = await call<{ id: number; name: string }[]>(host, 'tags.list', {});
    await call(host, 'tags.pin', { id: tags.find((t) => t.name === 'Costs money')!.id, slot: 1 });
    await page.goto(`${host.bridge.url}/#/interviews/${interviewId}`);
    await expectCounts(page, 4, null);
    const chipTexts = () => quoteChips(page).allTextContents();
    const before = await chipTexts();
    const picker = page.locator('.picker');

    // A quote focused, then typing in its note.
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('Tab');
    const inspector = page.getByRole('complementary', { name: 'Quote details' });
    const note = inspector.getByLabel('Note');
    await note.focus();
    await page.keyboard.type('n1t');
    expect(await note.inputValue()).toBe('n1t');
    await page.keyboard.press('Tab'); // leaving the field saves the note
    await expect.poll(() => page.locator('.status-save').textContent()).toContain('All changes saved');
    expect(await picker.count()).toBe(0);
    expect(await chipTexts()).toEqual(before);

    // In the picker's own field.
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('t');
    await picker.waitFor();
    await page.keyboard.type('n1t');
    expect(await picker.getByRole('combobox', { name: 'Tag name' }).inputValue()).toBe('n1t');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await chipTexts()).toEqual(before);

    // In the search field and in a form field.
    await openSection(page, 'Search');
    await page.getByRole('combobox', { name: /Search transcripts/ }).fill(''); // it remembers the last search
    await page.keyboard.type('n1t');
    expect(await page.getByRole('combobox', { name: /Search transcripts/ }).inputValue()).toBe('n1t');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await openSection(page, 'Codebook');
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New tag' });
    await form.waitFor();
    await page.keyboard.type('n1t');
    expect(await form.getByLabel(/^Name/).inputValue()).toBe('n1t');
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // Nothing was tagged anywhere.
    await page.goto(`${host.bridge.url}/#/interviews/${interviewId}`);
    await expectCounts(page, 4, null);
    expect(await chipTexts()).toEqual(before);

    // With single-key shortcuts off, T and 1 do nothing even in the transcript; back on, 1 applies the pinned tag.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('t');
    await page.keyboard.press('1');
    await page.waitForTimeout(300);
    expect(await picker.count()).toBe(0);
    expect(await chipTexts()).toEqual(before);
    await page.keyboard.press('?');
    await sheet.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Transcript' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('1');
    await expect.poll(async () => (await chipTexts())[0]).toBe('Costs time, Costs money');
  });

  it('the codebook, quote library, search and palette pass axe and show the evidence counts', async () => {
    const { page } = app;
    await openSection(page, 'Codebook');
    const tree = page.getByRole('list', { name: 'Tags' });
    const costsTime = tree.getByRole('button', { name: /^Costs time/ });
    await expect.poll(() => costsTime.textContent()).toContain('2 quotes · 1 participant');
    await costsTime.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('complementary', { name: 'Selected tag' })
      .getByRole('heading', { name: 'Costs time' })
      .waitFor();
    await app.shot('codebook');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await openSection(page, 'Quotes');
    await expect.poll(() => page.locator('.quote-card').count()).toBe(5);
    await page
      .getByRole('group', { name: 'Filter quotes' })
      .getByLabel('Tag', { exact: true })
      .selectOption({ label: 'Pain points / Costs time' });
    await expect.poll(() => page.locator('.quote-card').count()).toBe(2);
    await app.shot('quotes');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await openSection(page, 'Search');
    const box = page.getByRole('combobox', { name: /Search transcripts/ });
    await box.fill('recon');
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Search results' }).getAttribute('data-query'))
      .toBe('recon');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Go to anything' });
    await palette.waitFor();
    // Questions from the bank are found too (new projects start with the built-in bank).
    await page.keyboard.type('normal working day');
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('normal working day');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('invoice disp');
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Invoice disputes at Acme');
    await app.shot('palette');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Invoice disputes at Acme' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});

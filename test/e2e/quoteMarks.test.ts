/**
 * Quote marks in live notes follow their quotes, in Chromium: a quote made from the notes is marked;
 * with the caret in it a line names the quote and links to it; deleting the quote takes the highlight
 * away, undoing the delete brings it back; the link, or Ctrl+click on the mark, opens the quote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('quote marks in notes', () => {
  let app: WebApp;
  let interviewId = 0;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    const ana = await core().call('participants.create', { realName: 'Ana Souza' });
    interviewId = (await core().call('interviews.create', { title: 'Call with Ana', participantIds: [ana.id] })).id;
    await core().call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks, names, hides and restores with the quote, and opens it', async () => {
    const { page } = app;
    await page.goto(`${app.host.bridge.url}/#/interviews/${interviewId}/live`);
    const notes = page.getByRole('textbox', { name: 'General notes' });
    await notes.click();
    await page.keyboard.type('Exports take all night here');
    for (let i = 0; i < 'all night here'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Make quote' }).first().click();
    const picker = page.getByRole('dialog', { name: 'Tag the new quote' });
    await picker.waitFor();
    await page.keyboard.type('Slow exports');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const mark = page.locator('.note-quote-mark');
    await expect.poll(() => mark.allTextContents()).toEqual(['all night here']);
    const [quote] = await core().call('quotes.forInterview', { interviewId });
    expect(quote).toMatchObject({ exactText: 'all night here', source: 'note', codings: [expect.anything()] });

    // Caret inside the mark: the line under the note names the quote.
    await mark.click();
    const bar = page.locator('.note-quote-bar');
    await expect.poll(async () => (await bar.textContent()) ?? '').toContain('In a quote with 1 tag');
    expect(await bar.textContent()).toContain('all night here');
    expect(await seriousA11yIssues(page)).toEqual([]);

    // Deleted elsewhere: the words stay, the highlight goes; undo brings it back.
    await core().call('quotes.delete', { id: quote!.id });
    await expect.poll(() => mark.getAttribute('class')).toContain('is-gone');
    await bar.waitFor({ state: 'detached' });
    // A gone mark opens nothing: Ctrl+click on it stays in the notes.
    await mark.click({ modifiers: ['Control'] });
    expect(page.url()).toMatch(new RegExp(`#/interviews/${interviewId}/live$`));
    await core().call('history.undo');
    await expect.poll(async () => (await mark.getAttribute('class')) ?? '').not.toContain('is-gone');
    await mark.click();
    await page.getByRole('link', { name: 'Open quote' }).click();
    await page.waitForURL(new RegExp(`#/interviews/${interviewId}\\?quote=${quote!.id}$`));
    await page.getByRole('complementary', { name: 'Quote details' }).getByText('all night here').first().waitFor();
    await app.shot('quote-from-notes-opened');

    // Ctrl/Cmd+click on the marked words opens the quote directly.
    await page.goto(`${app.host.bridge.url}/#/interviews/${interviewId}/live`);
    await mark.click();
    await bar.waitFor();
    await mark.click({ modifiers: ['Control'] });
    await page.waitForURL(new RegExp(`#/interviews/${interviewId}\\?quote=${quote!.id}$`));
    await page.getByRole('complementary', { name: 'Quote details' }).getByText('all night here').first().waitFor();
  });

  it('in an interview with two participants, asks who said it (keyboard), and the quote counts as theirs', async () => {
    const { page } = app;
    const bo = await core().call('participants.create', { realName: 'Bo Jensen' });
    const ana = (await core().call('participants.list')).find((p) => p.realName === 'Ana Souza')!;
    const pair = await core().call('interviews.create', {
      title: 'Pair call',
      participantIds: [ana.id, bo.id],
    });
    await page.goto(`${app.host.bridge.url}/#/interviews/${pair.id}/live`);
    await page.getByRole('textbox', { name: 'General notes' }).click();
    await page.keyboard.type('Bo: we lose a day when the export fails');
    for (let i = 0; i < 'we lose a day when the export fails'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Make quote' }).first().click();
    const who = page.getByRole('dialog', { name: 'Who said this?' });
    await who.waitFor();
    await app.shot('who-said-it');
    expect(await seriousA11yIssues(page)).toEqual([]);
    // The first participant is chosen and focused; the arrow keys move the choice, Enter confirms.
    await page.keyboard.press('ArrowDown');
    expect(await who.getByRole('radio', { name: /Bo Jensen/ }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Tag the new quote' });
    await picker.waitFor();
    await page.keyboard.type('Slow exports');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(async () => (await core().call('quotes.forInterview', { interviewId: pair.id })).length).toBe(1);
    const [quote] = await core().call('quotes.forInterview', { interviewId: pair.id });
    expect(quote).toMatchObject({
      exactText: 'we lose a day when the export fails',
      participantId: bo.id,
      notCountedBecause: null,
    });
  });
});

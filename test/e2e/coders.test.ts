/**
 * Coders in Chromium (issue 18, item 1): a new user is asked who they are, codes a passage as Ada,
 * switches to Bo from the status bar, codes another, and the quote library filters and marks each
 * quote by its coder, and the reader colours each highlight by its coder — keyboard-driven, axe clean,
 * at 1280×720.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXT } from '../../renderer/src/features/coding/colours';
import { highlightTint } from '../../shared/domain/coder';
import { importTranscript, INTERVIEW_VTT } from './codingSetup';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

/**
 * Puts the caret at the start of the turn that begins with `turnStart`, moves `skip` characters and
 * selects `words` with Shift+Right, then tags the selection through the picker.
 */
async function codeSelection(page: Page, turnStart: string, skip: number, words: string, tag: string) {
  const reader = page.getByRole('region', { name: 'Transcript' });
  await reader.focus();
  await expect.poll(() => reader.evaluate((el) => el === document.activeElement)).toBe(true);
  // Lines wrap differently at each window size, so the caret is placed on the turn, not walked to it.
  await page.evaluate((start) => {
    const text = [...document.querySelectorAll('[data-turn-text]')].find((el) => el.textContent?.startsWith(start));
    if (text) window.getSelection()!.collapse(text, 0);
  }, turnStart);
  for (let i = 0; i < skip; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight');
  const inspector = page.getByRole('complementary', { name: 'Quote details' });
  await expect.poll(() => inspector.locator('.selection-text').textContent()).toBe(`“${words}”`);
  await page.keyboard.press('t');
  const picker = page.getByRole('dialog', { name: 'Tag the selected passage' });
  await picker.waitFor();
  await page.keyboard.type(tag);
  await expect.poll(() => picker.getByRole('option').first().textContent()).toContain('Costs time');
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
}

/** '#1864ab' → 'rgb(24, 100, 171)', as getComputedStyle reports it. */
function rgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
}

describe('coders in Chromium', () => {
  let app: WebApp;
  let interviewId = 0;

  beforeAll(async () => {
    app = await startWebApp({ coder: null });
    await app.page.setViewportSize({ width: 1280, height: 720 });
    interviewId = await importTranscript(app.host, 'acme-call.vtt', INTERVIEW_VTT, 'Invoice disputes at Acme');
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks who is coding on first use, records each coder, switches, colours the reader and filters the library by coder', async () => {
    const { page } = app;
    const prompt = page.getByRole('dialog', { name: 'Who is coding?' });
    await prompt.waitFor();
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await expect.poll(() => page.getByLabel('Initials').inputValue()).toBe('AL');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('coders-first-use');
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached' });
    const switcher = page.getByRole('button', { name: /Coding as Ada Lovelace/ });
    await switcher.waitFor();

    // Ada codes Tom's first passage.
    await page.evaluate((id) => (window.location.hash = `#/interviews/${id}`), interviewId);
    await page.getByRole('heading', { level: 1, name: 'Invoice disputes at Acme' }).waitFor();
    await expect.poll(() => page.locator('.turn').count()).toBe(6);
    // The workspace puts focus in the reader once it lands; keys before that would be lost.
    const reader = page.getByRole('region', { name: 'Transcript' });
    await expect.poll(() => reader.evaluate((el) => el === document.activeElement)).toBe(true);
    await codeSelection(page, 'Last Tuesday', 'Last Tuesday '.length, 'a carrier billed us detention', 'costs time');
    await expect.poll(() => page.locator('.transcript-scroll [data-quote-button]').count()).toBe(1);

    // Switch to Bo from the status bar; Bo codes a passage of Tom's second answer.
    await switcher.click();
    const dialog = page.getByRole('dialog', { name: 'Switch coder' });
    await dialog.waitFor();
    await page.getByLabel('Who are you?').selectOption({ label: 'Someone new' });
    await page.getByLabel('Your name').fill('Bo Li');
    await dialog.getByRole('button', { name: 'Switch' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Coding as Bo Li/ }).waitFor();
    await codeSelection(page, 'Honestly', 'Honestly, '.length, 'by luck', 'costs time');
    await expect.poll(() => page.locator('.transcript-scroll [data-quote-button]').count()).toBe(2);

    // The reader shows one coder's quotes when asked.
    const readerCoder = page.getByRole('combobox', { name: 'Coder' });
    await readerCoder.selectOption({ label: 'Ada Lovelace' });
    await expect
      .poll(() => page.locator('.transcript-scroll mark.hl').allTextContents())
      .toEqual(['a carrier billed us detention']);
    await readerCoder.selectOption({ label: 'Every coder' });
    await expect.poll(() => page.locator('.transcript-scroll [data-quote-button]').count()).toBe(2);

    // The core recorded each coder on their own quote and coding.
    const coders = (await app.host.core.dispatch('coders.list', {})) as {
      ok: true;
      value: { id: number; name: string; colour: string }[];
    };
    const byName = Object.fromEntries(coders.value.map((c) => [c.name, c.id]));
    expect(Object.keys(byName).sort()).toEqual(['Ada Lovelace', 'Bo Li']);

    // Colours by coder: each highlight is washed in its own quote's coder's colour (read from the core),
    // each chip names that coder (its swatch keeps the tag's colour), and the legend says which is whose.
    await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: 'By coder' });
    const stored = (await app.host.core.dispatch('quotes.forInterview', { interviewId })) as {
      ok: true;
      value: { id: number; coderId: number | null }[];
    };
    const expected = stored.value.map((q) => {
      const coder = coders.value.find((c) => c.id === q.coderId)!;
      return { id: String(q.id), background: rgb(highlightTint(coder.colour, HIGHLIGHT_TEXT)), coder: coder.name };
    });
    expect(new Set(expected.map((e) => e.background)).size).toBe(2);
    await expect
      .poll(() =>
        page.locator('.transcript-scroll mark.hl').evaluateAll((marks) =>
          marks.map((m) => ({
            id: (m as HTMLElement).dataset.quotes,
            background: getComputedStyle(m).backgroundColor,
          })),
        ),
      )
      .toEqual(expect.arrayContaining(expected.map(({ id, background }) => ({ id, background }))));
    for (const { id, coder } of expected) {
      const chip = page.locator(`.transcript-scroll [data-quote-button="${id}"]`);
      expect(await chip.getAttribute('aria-label')).toMatch(new RegExp(`, by ${coder}$`));
      expect(await chip.locator('.quote-chip-coder').getAttribute('title')).toBe(`Coded by ${coder}`);
    }
    const legend = page.getByRole('list', { name: 'Highlights by coder' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['Ada Lovelace', 'Bo Li']);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('coders-reader-by-coder');

    // The library: each card shows its coder; the coder filter gives each their own quote.
    await openSection(page, 'Quotes');
    const cards = page.locator('.quote-card:not(.quote-card-pending)');
    await expect.poll(() => cards.count()).toBe(2);
    await expect
      .poll(() => cards.locator('.coder-badge').allTextContents())
      .toEqual(expect.arrayContaining(['BLCoded by Bo Li', 'ALCoded by Ada Lovelace']));
    const coderFilter = page.getByLabel('Coder');
    await coderFilter.selectOption({ label: 'Ada Lovelace' });
    await expect.poll(() => cards.count()).toBe(1);
    await expect.poll(() => cards.first().textContent()).toContain('a carrier billed us detention');
    await coderFilter.selectOption({ label: 'Bo Li' });
    await expect.poll(() => cards.count()).toBe(1);
    await expect.poll(() => cards.first().textContent()).toContain('by luck');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('coders-library-by-coder');
    expect(app.problems).toEqual([]);
  });
});

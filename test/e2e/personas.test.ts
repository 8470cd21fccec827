/**
 * Synthesis and personas in Chromium, tried as a new user would on a coded 12-interview study:
 * read the ranked pain points and the evidence matrix and open a cell's quotes; create a persona
 * for the Enterprise segment, draft it from evidence, accept three proposals, cite a contradicting
 * quote and watch its confidence drop (and come back on undo), watch the checklist follow, and
 * export Markdown and HTML that contain every accepted attribute with its quotes.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { buildPlantedStudy } from '../support/plantedStudy';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const ACCEPT = ['Audit anxiety', 'Pass audits first time', 'Slow exports'];

function attribute(page: Page, statement: string): Locator {
  return page.locator('.persona-doc').getByRole('listitem', { name: statement, exact: true });
}

async function scoreOf(item: Locator): Promise<number> {
  const text = (await item.locator('.confidence-badge').textContent()) ?? '';
  const match = /·\s*(-?[\d.]+)/.exec(text);
  if (!match) throw new Error(`No score in "${text}"`);
  return Number(match[1]);
}

async function checkPasses(page: Page, label: string): Promise<boolean> {
  const item = page
    .getByRole('list', { name: 'Validation checklist' })
    .getByRole('listitem', { name: new RegExp(`^${label}`) });
  return ((await item.getAttribute('aria-label')) ?? '').endsWith('passes');
}

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export persona' });
  await dialog.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

describe('synthesis and personas in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    await buildPlantedStudy(core());
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('ranks pain points by reach, shows the evidence matrix and opens the quotes behind a cell', async () => {
    const { page } = app;
    await openSection(page, 'Synthesis');
    const pains = page.getByRole('list', { name: 'Pain points' });
    await pains.locator('.ranked-name').first().waitFor();
    expect(await pains.locator('.ranked-name').allTextContents()).toEqual([
      'Slow exports',
      'Audit anxiety',
      'Manual reconciliation',
    ]);
    expect(await pains.getByRole('listitem').first().textContent()).toContain('8 of 12 participants · avg intensity 3');
    expect(await page.getByRole('list', { name: 'Goals' }).locator('.ranked-name').allTextContents()).toEqual([
      'Close books faster',
      'Pass audits first time',
    ]);
    await page
      .getByText(/Not saturated yet|Saturated/)
      .first()
      .waitFor();
    await app.shot('synthesis');

    // Participants as columns: each person who raised "Slow exports" is one supporter with one quote.
    const matrix = page.getByRole('table', { name: /Participants per tag/ });
    await matrix.scrollIntoViewIfNeeded();
    expect(
      await matrix.getByRole('button', { name: /^Slow exports, .+: 1 participant supports \(1 quote\)$/ }).count(),
    ).toBe(8);
    await page.locator('#matrix-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.shot('evidence-matrix');

    // Segments as columns: six Mid-market people raised it; the cell opens exactly their quotes.
    await page.getByRole('radiogroup', { name: 'Columns' }).getByText('Segments').click();
    const cell = matrix.getByRole('button', { name: 'Slow exports, Mid-market: 6 participants support (6 quotes)' });
    await cell.waitFor();
    expect(
      await matrix.getByRole('button', { name: 'Slow exports, Enterprise: 2 participants support (2 quotes)' }).count(),
    ).toBe(1);
    await cell.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Slow exports · Mid-market' });
    await drawer.getByText('6 quotes supporting this count').waitFor();
    const quotes = drawer.getByRole('article');
    expect(await quotes.count()).toBe(6);
    expect(await quotes.first().textContent()).toContain('The export from our ERP takes hours every single week.');
    expect(await quotes.first().getByRole('link', { name: 'Open in transcript' }).getAttribute('href')).toMatch(
      /^#\/interviews\/\d+\?quote=\d+$/,
    );
    await app.shot('synthesis-cell-quotes');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await seriousA11yIssues(page)).toEqual([]);

    // Filters take any of several values: Enterprise alone ranks audit anxiety first; adding
    // Mid-market back gives the whole study's ranking again.
    const segmentFilter = page.getByRole('button', { name: /^Segment All segments$/ });
    await segmentFilter.click();
    await page.getByRole('checkbox', { name: 'Enterprise' }).check();
    await page.getByRole('button', { name: 'Segment Enterprise' }).waitFor();
    await pains.getByText('6 of 6 participants', { exact: false }).first().waitFor();
    expect(await pains.locator('.ranked-name').first().textContent()).toBe('Audit anxiety');
    await app.shot('synthesis-filter-segments');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Mid-market' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Segment Enterprise +1' }).waitFor();
    await pains.getByText('8 of 12 participants', { exact: false }).first().waitFor();
    expect(await pains.locator('.ranked-name').allTextContents()).toEqual([
      'Slow exports',
      'Audit anxiety',
      'Manual reconciliation',
    ]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('drafts a persona for a segment, accepts, cites a contradiction, follows the checklist and exports', async () => {
    const { page } = app;
    await openSection(page, 'Personas');
    await page.getByRole('heading', { name: 'No personas yet' }).waitFor();
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New persona' });
    await form.waitFor();
    await form.getByLabel('Persona name (required)').fill('Audit-anxious Ana');
    await form.getByLabel('Role').fill('Finance controller');
    await form.getByLabel('Reports to').fill('CFO');
    await form.getByRole('checkbox', { name: /Enterprise/ }).check();
    await form.getByRole('button', { name: 'Create persona' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit-anxious Ana' }).waitFor();
    expect(await page.locator('.persona-facts').textContent()).toContain('6 participants · 50% of the study');
    expect(await checkPasses(page, 'Based on real data')).toBe(false);

    await page.getByRole('button', { name: 'Draft from evidence' }).click();
    await page.getByText('5 proposed attributes').waitFor();
    // The goal only one member raised is proposed as an assumption, and says so.
    expect(await attribute(page, 'Close books faster').locator('.confidence-badge').textContent()).toContain(
      'Assumption',
    );

    for (const statement of ACCEPT) {
      await attribute(page, statement).getByRole('button', { name: 'Accept' }).click();
      await attribute(page, statement).getByRole('button', { name: 'Cite' }).waitFor();
    }
    await expect.poll(() => checkPasses(page, 'Based on real data')).toBe(true);

    // Hover (and focus) on a citation chip previews its quote.
    const audit = attribute(page, 'Audit anxiety');
    await audit.getByRole('link', { name: /^Citation 1, supports/ }).focus();
    expect(await page.getByRole('tooltip').textContent()).toContain(
      'Every audit season I lose sleep over missing paperwork.',
    );
    const before = await scoreOf(audit);

    // Cite a "Slow exports" quote against it.
    await audit.getByRole('button', { name: 'Cite' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite a quote' });
    await cite.getByRole('radio', { name: /Contradicts it/ }).check();
    await cite.getByLabel('Tag').selectOption({ label: 'Slow exports' });
    await cite
      .getByRole('radio', { name: /The export from our ERP/ })
      .first()
      .check();
    await cite.getByRole('button', { name: 'Add contradicting citation' }).click();
    await cite.waitFor({ state: 'detached' });
    await audit.getByRole('link', { name: /contradicts/ }).waitFor();
    const after = await scoreOf(audit);
    expect(after).toBeLessThan(before);
    expect(await audit.textContent()).toContain('1 contradicts');

    // Undo takes the citation back out; redo restores it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => scoreOf(audit)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => scoreOf(audit)).toBe(after);

    // A tier makes it prioritised.
    expect(await checkPasses(page, 'Prioritised')).toBe(false);
    await page.getByLabel('Tier', { exact: true }).selectOption({ label: 'Tier 1' });
    await expect.poll(() => checkPasses(page, 'Prioritised')).toBe(true);
    // The quarterly review: never reviewed, so every accepted attribute is new; mark it reviewed.
    await page.getByRole('button', { name: 'Review what changed…' }).click();
    let review = page.getByRole('dialog', { name: 'Review Audit-anxious Ana' });
    await review.getByText('Never reviewed: everything below is new since the persona was made.').waitFor();
    await review.getByRole('heading', { name: '3 attributes with new evidence or a new confidence' }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await review.getByLabel('Review note').fill('Q1 review with the sales team');
    await review.getByRole('button', { name: 'Mark reviewed' }).click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => checkPasses(page, 'Reviewed this quarter')).toBe(true);

    // New evidence after the review (from another window): the diff names it, and nothing else.
    const reviewed = (await core().call('personas.list'))[0]!;
    const slow = (await core().call('personas.get', { id: reviewed.id })).attributes.find(
      (a) => a.statement === 'Slow exports',
    )!;
    const cited = new Set(slow.citations.map((c) => c.quoteId));
    const fresh = (await core().call('quotes.list', { limit: 200 })).items.find((q) => !cited.has(q.id))!;
    await core().call('citations.add', { attributeId: slow.id, quoteId: fresh.id, polarity: 'contradicts' });
    await page.getByRole('button', { name: 'Review what changed…' }).click();
    review = page.getByRole('dialog', { name: 'Review Audit-anxious Ana' });
    await review.getByRole('heading', { name: '1 attribute with new evidence or a new confidence' }).waitFor();
    await review.getByText(/1 new contradicting/).waitFor();
    await review.getByRole('list', { name: 'New contradicting quotes' }).waitFor();
    expect(await review.locator('.review-attribute').textContent()).toContain('Slow exports');
    await review
      .getByRole('button', { name: 'Earlier reviews (1)' })
      .or(review.getByText('Earlier reviews (1)'))
      .first()
      .click();
    await review.getByText(/Q1 review with the sales team/).waitFor();
    await app.shot('persona-review');
    await review.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Control+z');
    await expect
      .poll(
        async () =>
          (await core().call('personas.get', { id: reviewed.id })).attributes.find((a) => a.id === slow.id)!.citations
            .length,
      )
      .toBe(slow.citations.length);

    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.locator('.persona-doc').evaluate((el) => el.closest('.screen-content')?.scrollTo(0, 0));
    await app.shot('persona-top');
    await page.locator('#section-goals').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.shot('persona');

    const persona = (await core().call('personas.list'))[0]!;
    const full = await core().call('personas.get', { id: persona.id });
    const accepted = full.attributes.filter((a) => a.status === 'accepted');
    expect(accepted.map((a) => a.statement).sort()).toEqual([...ACCEPT].sort());

    const md = await download(page, 'Markdown (.md)');
    const html = await download(page, 'Web page (.html)');
    expect(md.name).toMatch(/\.md$/);
    expect(html.name).toMatch(/\.html$/);
    for (const a of accepted) {
      expect(md.text).toContain(a.statement);
      expect(html.text).toContain(a.statement);
      for (const c of a.citations) {
        expect(md.text).toContain(c.exactText);
        expect(html.text).toContain(c.exactText);
      }
    }
    expect(md.text).toMatch(/Contradicts/);

    // Thresholds are configurable: raising them turns the contradicted attribute's medium into low.
    await page.getByLabel('Medium confidence from score').fill('8');
    await page.getByLabel('High confidence from score').fill('10');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect
      .poll(
        async () =>
          (await core().call('personas.get', { id: persona.id })).attributes.find(
            (a) => a.statement === 'Audit anxiety',
          )!.confidence.level,
      )
      .toBe('low');
    await core().call('personas.setThresholds', { minParticipants: 2, medium: 3, high: 5 });
    expect(app.problems).toEqual([]);
  });

  it('reads well in the dark theme too', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.shot('persona-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await openSection(page, 'Synthesis');
    await page.locator('#matrix-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page
      .getByRole('table', { name: /Participants per tag/ })
      .getByRole('button')
      .first()
      .waitFor();
    await app.shot('evidence-matrix-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('deletes a persona only after saying what goes with it', async () => {
    const { page } = app;
    const persona = (await core().call('personas.list'))[0]!;
    await page.evaluate((id) => (window.location.hash = `#/personas/${id}`), persona.id);
    await page.getByRole('button', { name: 'Delete persona…' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${persona.name}?` });
    await expect.poll(() => confirm.textContent()).toMatch(/quotes themselves stay/);
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await core().call('personas.list')).length).toBe(0);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/personas');
  });
});

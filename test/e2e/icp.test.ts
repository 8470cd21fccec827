/**
 * The ideal customer profile in Chromium, tried as a new user would: write a profile statement and cite
 * a quote for it; score three companies on every criterion and read their weighted scores and tiers;
 * sort by score and tier; try weights that do not total 100% and read why; move 10 points between two
 * criteria and watch a tier change; cite a quote for a score; rule a company out; axe in light and dark.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/domain/quote';
import { callerFor } from '../support/core';
import { importTurns } from '../support/study';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const CRITERIA = ['Industry', 'Company size', 'Pain intensity', 'Budget', 'Tech fit', 'Champion'];
const MEANING: Record<number, RegExp> = { 5: /^5 · Ideal/, 4: /^4\b/, 3: /^3 · Good/, 2: /^2\b/, 1: /^1 · Poor/ };

function companyRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: /Companies scored/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

async function scoreCell(page: Page, company: string, criterion: string, score: number): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${company}, ${criterion}: `) }).click();
  const drawer = page.getByRole('dialog', { name: `${company} · ${criterion}` });
  await drawer.getByRole('radio', { name: MEANING[score] }).check();
  await drawer.getByRole('button', { name: /^Save (score|changes)$/ }).click();
  await page.getByRole('button', { name: new RegExp(`^${company}, ${criterion}: ${score} \\(`) }).waitFor();
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
}

async function rowText(page: Page, company: string): Promise<string> {
  return ((await companyRow(page, company).textContent()) ?? '').replace(/\s+/g, ' ');
}

async function orderOfCompanies(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: /Companies scored/ })
    .locator('tbody .icp-company')
    .allTextContents();
}

describe('ICP profile and scoring in Chromium', () => {
  let app: WebApp;
  let quotes: Quote[];
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    const tr = await importTurns(
      core(),
      'Call with Beta Logistics',
      [
        { speaker: 'Maya', text: 'Is there money for this?' },
        { speaker: 'Ana', text: 'We could find budget, but nothing is set aside yet.' },
        { speaker: 'Maya', text: 'What do you run today?' },
        { speaker: 'Ana', text: 'Our dispatch runs on a mainframe nobody wants to touch.' },
      ],
      Date.UTC(2026, 2, 4),
    );
    quotes = [];
    for (const turn of tr.turns.filter((t) => !t.text.endsWith('?'))) {
      quotes.push(
        await core().call('quotes.create', {
          interviewId: tr.interviewId,
          start: { turnId: turn.id, offset: 0 },
          end: { turnId: turn.id, offset: turn.text.length },
          tagIds: [],
        }),
      );
    }
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('teaches what scoring needs when there are no companies yet', async () => {
    const { page } = app;
    await openSection(page, 'ICP');
    await page.getByRole('tab', { name: 'Scoring' }).click();
    await page.getByRole('heading', { name: 'No companies yet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Go to Companies' }).count()).toBe(1);
    // The framework's matrix is there from the start.
    for (const name of CRITERIA)
      expect(await page.getByRole('spinbutton', { name: `${name} weight (%)` }).inputValue()).toMatch(/^\d+$/);
    expect(await page.getByRole('status').filter({ hasText: 'Totals 100%' }).count()).toBe(1);
  });

  it('writes profile statements and cites a quote for one', async () => {
    const { page } = app;
    const tabs = page.getByRole('tablist', { name: 'ICP views' });
    await tabs.getByRole('tab', { name: 'Scoring' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tabs.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true');
    for (const h of [
      'Firmographics',
      'Technographics',
      'Business characteristics',
      'Positive signals',
      'Negative signals',
      'Disqualifying criteria',
    ]) {
      await page.getByRole('heading', { level: 2, name: h }).waitFor();
    }
    await page.getByRole('button', { name: 'Add Current stack' }).click();
    let form = page.getByRole('dialog', { name: 'Add to Technographics' });
    await form.getByLabel('Statement').fill('Legacy dispatch systems they want to leave');
    await form.getByRole('button', { name: 'Add statement' }).click();
    const statement = page.getByRole('listitem', { name: 'Legacy dispatch systems they want to leave' });
    await statement.getByText('Assumption').waitFor();
    await statement.getByRole('button', { name: 'Cite' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite a quote' });
    await cite.getByLabel('Find quotes').selectOption('search');
    await cite.getByRole('searchbox', { name: 'Search quote text' }).fill('mainframe');
    await cite.getByRole('radio', { name: /mainframe nobody wants to touch/ }).check();
    await cite.getByRole('button', { name: 'Add supporting citation' }).click();
    await cite.waitFor({ state: 'detached' });
    await statement.getByRole('link', { name: /^Citation 1, supports/ }).waitFor();
    expect(await statement.textContent()).toContain('1 supporting quote');

    await page.getByRole('button', { name: 'Add to Disqualifying criteria' }).click();
    form = page.getByRole('dialog', { name: 'Add to Disqualifying criteria' });
    await form.getByLabel('Statement').fill('Builds its own dispatch software');
    await form.getByRole('button', { name: 'Add statement' }).click();
    await page.getByRole('listitem', { name: 'Builds its own dispatch software' }).waitFor();
    await app.shot('icp-profile');
    expect(await seriousA11yIssues(page)).toEqual([]);
  });

  it('scores three companies, sorts them, rebalances weights and sees a tier change', async () => {
    const { page } = app;
    for (const name of ['Acme Freight', 'Beta Logistics', 'Gamma Ports'])
      await core().call('companies.create', { name, industry: 'Logistics' });
    await page.getByRole('tab', { name: 'Scoring' }).click();
    await companyRow(page, 'Gamma Ports').waitFor();

    // Hand-checked: Acme all 5 = 5.00; Beta 5,5,5,3,1,3 = 1 + .75 + 1.25 + .6 + .1 + .3 = 4.00; Gamma all 3 = 3.00.
    const plan: Record<string, number[]> = {
      'Acme Freight': [5, 5, 5, 5, 5, 5],
      'Beta Logistics': [5, 5, 5, 3, 1, 3],
      'Gamma Ports': [3, 3, 3, 3, 3, 3],
    };
    for (const [company, scores] of Object.entries(plan)) {
      for (const [i, criterion] of CRITERIA.entries()) {
        await scoreCell(page, company, criterion, scores[i]!);
        if (i === 2 && company === 'Acme Freight') expect(await rowText(page, company)).toContain('3 of 6 scored');
      }
    }
    expect(await rowText(page, 'Acme Freight')).toMatch(/5\.00\s*Tier 1/);
    expect(await rowText(page, 'Beta Logistics')).toMatch(/4\.00\s*Tier 1/);
    expect(await rowText(page, 'Gamma Ports')).toMatch(/3\.00\s*Tier 2/);

    // Sorting: by score (best first, then reversed), by tier.
    const scoreHead = page.getByRole('columnheader', { name: 'Score', exact: true });
    await scoreHead.getByRole('button').click();
    expect(await scoreHead.getAttribute('aria-sort')).toBe('descending');
    expect(await orderOfCompanies(page)).toEqual(['Acme Freight', 'Beta Logistics', 'Gamma Ports']);
    await scoreHead.getByRole('button').click();
    expect(await scoreHead.getAttribute('aria-sort')).toBe('ascending');
    expect(await orderOfCompanies(page)).toEqual(['Gamma Ports', 'Beta Logistics', 'Acme Freight']);
    const tierHead = page.getByRole('columnheader', { name: 'Tier', exact: true });
    await tierHead.getByRole('button').click();
    expect(await tierHead.getAttribute('aria-sort')).toBe('descending');
    expect(await scoreHead.getAttribute('aria-sort')).toBe('none');
    expect(await orderOfCompanies(page)).toEqual(['Acme Freight', 'Beta Logistics', 'Gamma Ports']);

    // Sensitivity: Beta sits exactly on 4.0, so more weight on tech fit (where it is poor) drops it.
    const sens = page.getByRole('table', { name: /Tier changes when/ });
    const betaSens = sens.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Beta Logistics' }) });
    expect(await betaSens.textContent()).toContain('+10 → Tier 2');
    expect(await page.locator('.icp-sensitivity-summary').textContent()).toMatch(/would change tier/);

    // Weights that do not total 100%: the rule in words, scores not computable, and the core refuses to save.
    const industry = page.getByRole('spinbutton', { name: 'Industry weight (%)' });
    await industry.fill('30');
    const status = page.getByRole('status').filter({ hasText: 'Weights add up' });
    expect(await status.textContent()).toContain('Weights add up to 110%; they must total 100% (remove 10 points).');
    expect(await rowText(page, 'Acme Freight')).toContain('Not computable');
    await app.shot('icp-weights-wrong');
    await page.getByRole('button', { name: 'Save weights' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The weights were not saved' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('they must total 100%');

    // Move 10 points from industry to tech fit: still 100%, and Beta drops to tier 2 (3.60).
    await industry.fill('10');
    await page.getByRole('spinbutton', { name: 'Tech fit weight (%)' }).fill('20');
    await page.getByRole('status').filter({ hasText: 'Totals 100%' }).waitFor();
    expect(await refusal.count()).toBe(0);
    expect(await rowText(page, 'Beta Logistics')).toMatch(/3\.60\s*Tier 2/);
    await page.getByRole('button', { name: 'Save weights' }).click();
    await page.getByText('Weights saved').waitFor();
    expect((await core().call('icp.matrix')).criteria.map((c) => c.weight)).toEqual([10, 15, 25, 20, 20, 10]);
    await page.reload();
    await companyRow(page, 'Beta Logistics').waitFor();
    expect(await rowText(page, 'Beta Logistics')).toMatch(/3\.60\s*Tier 2/);
    expect(await rowText(page, 'Acme Freight')).toMatch(/5\.00\s*Tier 1/);
  });

  it('cites a quote for a score and rules a company out with a disqualifying criterion', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Beta Logistics, Budget: 3 (good)' }).click();
    const drawer = page.getByRole('dialog', { name: 'Beta Logistics · Budget' });
    await drawer.getByText('Could find budget').waitFor(); // the criterion's "good" definition sits beside 3
    await drawer.getByLabel('Note (optional)').fill('Budget would need a business case');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await drawer.getByRole('button', { name: 'Cite a quote' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite a quote' });
    await cite.getByLabel('Find quotes').selectOption('search');
    await cite.getByRole('searchbox', { name: 'Search quote text' }).fill('budget');
    await cite.getByRole('radio', { name: /could find budget/ }).check();
    await cite.getByRole('button', { name: 'Add supporting citation' }).click();
    await cite.waitFor({ state: 'detached' });
    const cited = drawer.getByRole('list', { name: 'Cited quotes' });
    await cited.getByText('“We could find budget, but nothing is set aside yet.”').waitFor();
    expect(await cited.textContent()).toContain('Call with Beta Logistics');
    await app.shot('icp-score-drawer');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Beta Logistics, Budget: 3 (good, with a note and 1 quote)' }).waitFor();
    const cell = await core().call('icp.scores.get', {
      companyId: (await core().call('companies.list')).find((c) => c.name === 'Beta Logistics')!.id,
      criterionId: (await core().call('icp.matrix')).criteria.find((c) => c.name === 'Budget')!.id,
    });
    expect(cell).toMatchObject({ note: 'Budget would need a business case', citations: [{ quoteId: quotes[0]!.id }] });

    // A disqualifying criterion overrides Gamma's tier 2.
    await page.getByRole('button', { name: 'Disqualifiers for Gamma Ports: None' }).click();
    const dq = page.getByRole('dialog', { name: 'Disqualifiers · Gamma Ports' });
    await dq.getByRole('checkbox', { name: 'Builds its own dispatch software' }).check();
    await expect.poll(() => rowText(page, 'Gamma Ports')).toMatch(/Disqualified/);
    await page.keyboard.press('Escape');
    await dq.waitFor({ state: 'detached' });
    // Ctrl+Z undoes the tick like any coding action; Ctrl+Shift+Z brings it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => rowText(page, 'Gamma Ports')).toMatch(/3\.00\s*Tier 2/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => rowText(page, 'Gamma Ports')).toMatch(/Disqualified/);

    // Let the toasts go so they do not cover the table.
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all())
      await dismiss.click({ timeout: 1000 }).catch(() => undefined);
    const table = page.locator('section[aria-labelledby="icp-companies-title"]');
    await table.scrollIntoViewIfNeeded();
    fs.mkdirSync('test-results', { recursive: true });
    await table.screenshot({ path: path.resolve('test-results/icp-scoring.png') });
    await app.shot('icp-scoring');
    await page.locator('#icp-sensitivity-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.shot('icp-sensitivity');
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('adds a criterion with its definitions, then deletes it after saying what goes with it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '+ Add criterion' }).click();
    const form = page.getByRole('dialog', { name: 'Add a criterion' });
    await form.getByLabel(/Criterion name/).fill('industry');
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await form.getByText('A criterion called “industry” already exists.').first().waitFor();
    await form.getByLabel(/Criterion name/).fill('Data maturity');
    await form.getByLabel('Ideal (5)').fill('Clean data in one system');
    await form.getByLabel('Good (3)').fill('Data in a few systems');
    await form.getByLabel('Poor (1)').fill('Paper and email');
    await app.shot('icp-criterion-form');
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await page.getByRole('spinbutton', { name: 'Data maturity weight (%)' }).inputValue()).toBe('0');
    // A new, unscored criterion leaves every company incomplete until it is scored.
    await expect.poll(() => rowText(page, 'Acme Freight')).toContain('6 of 7 scored');
    await scoreCell(page, 'Acme Freight', 'Data maturity', 4);
    await page.getByRole('button', { name: 'Delete Data maturity' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Data maturity”?' });
    expect(await confirm.textContent()).toContain(
      '1 company score on this criterion, and the quotes they cite, go with it. This cannot be undone.',
    );
    expect(await seriousA11yIssues(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete criterion' }).click();
    await confirm.waitFor({ state: 'detached' });
    // The criterion's weight was 0, so the total reads the same before and after: wait for the
    // criterion itself to go, then check the total.
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Data maturity weight (%)' }).count()).toBe(0);
    expect(await rowText(page, 'Acme Freight')).toMatch(/5\.00\s*Tier 1/);
  });

  it('reads well in the dark theme too', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.shot('icp-scoring-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Profile' }).click();
    await page.getByRole('heading', { level: 2, name: 'Firmographics' }).waitFor();
    await app.shot('icp-profile-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

/**
 * Segments in Chromium, as a new user would on a coded 12-interview study: define a segment by a
 * company attribute and a behaviour label with the keyboard, watch the live preview say who matches
 * and who would move, apply it (and undo), then compare two segments' top tags side by side and open
 * the quotes behind one. Axe-clean in light and dark; screenshots in test-results/.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/domain/participant';
import { callerFor } from '../support/core';
import { buildPlantedStudy } from '../support/plantedStudy';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('segments in Chromium', () => {
  let app: WebApp;
  let people: Participant[] = [];
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    const study = await buildPlantedStudy(core());
    const carrier = await core().call('companies.create', {
      name: 'Carrier Co',
      industry: 'Logistics & freight',
      employeeRange: '51-200',
    });
    const bank = await core().call('companies.create', {
      name: 'Bank Corp',
      industry: 'Financial services',
      employeeRange: '1000+',
    });
    for (const p of study.participants as Participant[]) {
      const n = Number(p.realName.replace('Person ', ''));
      const behavior = n <= 3 ? 'power' : n === 7 || n === 8 ? 'at_risk' : 'regular';
      await core().call('participants.update', {
        id: p.id,
        patch: { companyId: n <= 6 ? carrier.id : bank.id, behavior },
      });
    }
    people = study.participants;
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('defines a segment by company industry and behaviour, previews it, applies it and undoes', async () => {
    const { page } = app;
    await openSection(page, 'Segments');
    const table = page.getByRole('table', { name: 'Segments' });
    await table.getByRole('row', { name: /Mid-market/ }).waitFor();
    expect(await table.getByRole('row', { name: /Mid-market/ }).textContent()).toContain('Firmographic');

    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New segment' });
    await form.getByLabel('Segment name (required)').fill('Logistics power users');
    await form.getByLabel('Approach').selectOption('behavioral');
    await form.getByLabel('Behaviour label').selectOption('power');
    await form.getByText('Uses the product daily and across many features').waitFor();
    await form.getByRole('button', { name: 'Create segment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logistics power users' }).waitFor();
    await page.getByText('Add a condition to see who matches.').waitFor();

    // Keyboard only: the new row's attribute takes focus; Tab moves through operator and values.
    await page.getByRole('button', { name: '+ Add condition' }).focus();
    await page.keyboard.press('Enter');
    const attribute1 = page.getByLabel('Condition 1: attribute');
    await expect.poll(() => attribute1.evaluate((el) => el === document.activeElement)).toBe(true);
    await attribute1.selectOption('industry');
    await page.getByLabel('Condition 1: operator').selectOption('contains');
    await page.getByLabel('Condition 1: words to look for').fill('');
    await page.getByText('Company industry: type the words to look for.').waitFor();
    await page.getByLabel('Condition 1: words to look for').fill('logistics');

    await page.getByRole('button', { name: '+ Add condition' }).click();
    await page.getByLabel('Condition 2: attribute').selectOption('behavior');
    await page.getByText('Behaviour: choose at least one value.').waitFor();
    const power = page
      .getByRole('group', { name: 'Condition 2: values' })
      .getByRole('checkbox', { name: 'Power user' });
    await power.focus();
    await page.keyboard.press('Space');

    const preview = page.getByRole('region', { name: 'Who matches' });
    await preview.getByText('3 participants match').waitFor();
    expect(await preview.getByRole('list', { name: 'Matching participants' }).getByRole('listitem').count()).toBe(3);
    expect(await preview.getByRole('note').textContent()).toBe(
      'A participant is in one segment at a time. Applying moves 3 participants out of Mid-market.',
    );
    await app.shot('segments-rule');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await preview.getByRole('button', { name: 'Apply rule (3 changes)' }).click();
    await page.getByText(/Rule applied: 3 moved in\. Logistics power users has 3\./).waitFor();
    await page.getByText('3 participants · 3 interviews · 1 company').waitFor();
    expect(await page.getByRole('table', { name: 'Members of Logistics power users' }).getByRole('row').count()).toBe(
      4,
    );
    await preview.getByText('Everyone who matches is already in.').waitFor();

    // Undo from the toast puts the three back in Mid-market; redo through the core puts them here again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('0 participants · 0 interviews · 0 companies').waitFor();
    await core().call('history.redo');
    await page.getByText('3 participants · 3 interviews · 1 company').waitFor();

    await openSection(page, 'Segments');
    const row = page.getByRole('table', { name: 'Segments' }).getByRole('row', { name: /Logistics power users/ });
    expect(await row.textContent()).toContain(
      'Company industry contains “logistics”; and Behaviour is one of Power user',
    );
    expect(
      await page
        .getByRole('table', { name: 'Segments' })
        .getByRole('row', { name: /Mid-market/ })
        .getByRole('cell')
        .nth(2)
        .textContent(),
    ).toBe('3');
    await page.getByText('0 of 12 participants in none').waitFor();
    await app.shot('segments-list');
    expect(await seriousA11yIssues(page)).toEqual([]);

    // Deleting a segment is a step in the undo history: Undo brings it back with the same members.
    await row.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Logistics power users?' });
    await confirm.getByText('Undo brings it back with the same members.').waitFor();
    await confirm.getByRole('button', { name: 'Delete segment' }).click();
    await page.getByText('Logistics power users deleted.').waitFor();
    await page
      .getByRole('table', { name: 'Segments' })
      .getByRole('row', { name: /Logistics power users/ })
      .waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    const back = page.getByRole('table', { name: 'Segments' }).getByRole('row', { name: /Logistics power users/ });
    await back.waitFor();
    expect(await back.getByRole('cell').nth(2).textContent()).toBe('3');
  });

  it('compares two segments: size, top tags with shares, distinctive tags, and the quotes behind a tag', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Compare segments' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare segments' }).waitFor();
    const pick = page.getByRole('group', { name: 'Segments (up to six)' });
    for (const name of ['Enterprise', 'Logistics power users', 'Mid-market']) {
      const box = pick.getByRole('checkbox', { name: new RegExp(`^${name}`) });
      if (name === 'Mid-market' ? await box.isChecked() : !(await box.isChecked())) await box.click();
    }
    // Each tick asks anew; the last answer stays on screen until the next arrives, so wait for the two.
    await expect
      .poll(() =>
        page
          .locator('.compare-column')
          .evaluateAll((cols) =>
            cols.map(
              (c) =>
                c.getAttribute('aria-labelledby') &&
                document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent,
            ),
          ),
      )
      .toEqual(['Enterprise', 'Logistics power users']);
    const enterprise = page.getByRole('region', { name: 'Enterprise' });
    const logistics = page.getByRole('region', { name: 'Logistics power users' });
    await logistics.getByText('3 participants · 3 interviews · 1 company').waitFor();
    await enterprise.getByText('6 participants · 6 interviews · 1 company').waitFor();

    const names = (region: typeof enterprise) =>
      region
        .getByRole('list', { name: /^Top tags/ })
        .locator('.compare-tag-name')
        .allTextContents();
    await expect
      .poll(() => names(enterprise))
      .toEqual([
        'Audit anxiety',
        'Pass audits first time',
        'Slow exports',
        'Manual reconciliation',
        'Close books faster',
      ]);
    expect(await names(logistics)).toEqual([
      'Slow exports',
      'Manual reconciliation',
      'Close books faster',
      'Vendor lock-in',
    ]);
    // Audit anxiety: all six Enterprise members, nobody elsewhere — distinctive, and highlighted.
    const audit = enterprise.getByRole('list', { name: /^Top tags/ }).getByRole('button', { name: /^Audit anxiety/ });
    expect(await audit.textContent()).toBe(
      'Audit anxiety100%6 of 6 participants · 0% elsewhereDistinctive +100 pts — show 6 quotes',
    );
    expect(await audit.evaluate((el) => el.closest('li')!.classList.contains('is-distinctive'))).toBe(true);
    expect(
      await enterprise.getByRole('list', { name: 'What sets Enterprise apart' }).getByRole('listitem').count(),
    ).toBe(2);

    const slow = logistics
      .getByRole('list', { name: /^Top tags/ })
      .getByRole('button', { name: /^Slow exports 100% 3 of 3 participants/ });
    await slow.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Slow exports · Logistics power users' });
    await drawer.getByText('3 quotes supporting this count').waitFor();
    // Only the participants' words: the interviewer's echo ("So you said: …") is never among them.
    const quotes = await drawer.getByRole('article').allTextContents();
    expect(quotes).toHaveLength(3);
    expect(
      quotes.every(
        (q) => q.includes('The export from our ERP takes hours every single week.') && !q.includes('So you said'),
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    await page.screenshot({ path: path.resolve('test-results/segments-compare.png') });
    await app.shot('segments-compare');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await app.shot('segments-compare-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('link', { name: 'Logistics power users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logistics power users' }).waitFor();
    await page.getByRole('region', { name: 'Who matches' }).getByText('3 participants match').waitFor();
    await app.shot('segments-rule-dark');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(app.problems).toEqual([]);
  });

  it('sets a participant’s behaviour label in their form, with what the label means', async () => {
    const { page } = app;
    const person4 = people.find((p) => p.realName === 'Person 4')!;
    await openSection(page, 'Participants');
    await page.getByRole('table', { name: 'Participants' }).getByRole('button', { name: person4.pseudonym }).click();
    await page.getByRole('complementary').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: `Edit ${person4.realName}` });
    expect(await form.getByLabel('Behaviour').inputValue()).toBe('regular');
    expect(await form.getByLabel('Segment').inputValue()).not.toBe('');
    await form.getByLabel('Behaviour').selectOption('new');
    await form.getByText('Still onboarding; how they will use it is not known yet.').waitFor();
    await app.shot('participant-behaviour');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('complementary').getByText('New user').waitFor();
    expect((await core().call('participants.get', { id: person4.id })).behavior).toBe('new');
  });
});

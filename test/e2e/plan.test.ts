/**
 * The research plan in Chromium (issue 17): set a target for the study from the framework's defaults,
 * watch its progress move as interviews are imported, plan a segment, edit, remove and undo; the
 * saturation view names the target still short. Axe-clean in light and dark; screenshots at 1280×720.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { importTurns } from '../support/study';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('research plan in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await core().call('segments.create', { name: 'Mid-market finance teams with a long name' });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('sets a study target from the framework defaults and follows the imports', async () => {
    const { page } = app;
    await openSection(page, 'Research plan');
    const study = page.getByRole('region', { name: 'The study' });
    await study.getByText(/No targets yet/).waitFor();

    await study.getByRole('button', { name: 'Add a method' }).click();
    const form = study.getByRole('form', { name: 'Target for Customer interview' });
    // The framework's customer-interview row: 10–20, 2–4 weeks.
    expect(await form.getByLabel('At least').inputValue()).toBe('10');
    expect(await form.getByLabel('At most').inputValue()).toBe('20');
    expect(await form.getByLabel('Weeks budgeted').inputValue()).toBe('4');
    await form.getByText(/The framework: 10–20 customer interviews/).waitFor();
    await form.getByLabel('At least').fill('3');
    await form.getByLabel('At most').fill('5');
    await form.getByRole('button', { name: 'Add to plan' }).click();

    const row = study.getByRole('row', { name: /Customer interview/ });
    await row.getByText('0 of 3–5 customer interviews in the study').waitFor();
    await row.getByText('Below the minimum').waitFor();

    // Imports land through the core, as from another window; the event stream moves the count.
    for (const [k, name] of ['Ana', 'Ben', 'Chloé'].entries())
      await importTurns(
        core(),
        `Call ${k + 1} with ${name}`,
        [
          { speaker: 'Maya', text: 'What slows you down at month end?' },
          { speaker: name, text: 'Reconciling the export by hand takes a whole day.' },
        ],
        Date.UTC(2026, 1, 2 + k),
      );
    await row.getByText('3 of 3–5 customer interviews in the study').waitFor();
    await row.getByText('On target').waitFor();
    expect(await row.getByRole('meter').getAttribute('aria-valuenow')).toBe('3');
    await app.shot('plan-study-1280');
    expect(await seriousA11yIssues(page)).toEqual([]);
  });

  it('plans a segment, edits and removes a target, and undo brings it back', async () => {
    const { page } = app;
    await page.getByLabel('Plan for').selectOption({ label: 'Segment: Mid-market finance teams with a long name' });
    const form = page.getByRole('form', { name: 'Target for Customer interview' });
    await form.getByRole('button', { name: 'Add to plan' }).click();
    const segment = page.getByRole('region', { name: 'Segment: Mid-market finance teams with a long name' });
    await segment.getByText('0 of 10–20 customer interviews for Mid-market finance teams with a long name').waitFor();

    const study = page.getByRole('region', { name: 'The study' });
    await study.getByRole('button', { name: 'Edit Customer interview' }).click();
    const edit = study.getByRole('form', { name: 'Target for Customer interview' });
    await edit.getByLabel('At most').fill('2');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByText('The maximum must be at least the minimum.').waitFor();
    await edit.getByLabel('At most').fill('4');
    await edit.getByRole('button', { name: 'Save' }).click();
    await study.getByText('3 of 3–4 customer interviews in the study').waitFor();

    await study.getByRole('button', { name: 'Remove Customer interview' }).click();
    await study.getByText(/No targets yet/).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await study.getByText('3 of 3–4 customer interviews in the study').waitFor();

    await page.emulateMedia({ colorScheme: 'dark' });
    await app.shot('plan-dark-1280');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.shot('plan-1440');
    expect(app.problems).toEqual([]);
  });
});

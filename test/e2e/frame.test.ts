/**
 * The app frame tried as a new user would, on the web host in Chromium: create a company, a
 * participant at it and an interview linking them; reload; everything is still there; axe finds
 * no serious or critical issue on any main screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('app frame on the web host', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on the Interviews screen with an empty state that says what to do next', async () => {
    const { page } = app;
    await expect.poll(() => page.url()).toBe(`${app.host.bridge.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
    expect(await page.getByRole('button', { name: /Add your first interview/ }).isVisible()).toBe(true);
    expect(await page.locator('.project-name').textContent()).toBe('Pricing study');
    expect(await page.locator('.status-file').textContent()).toContain('Pricing study.groundwork');
    await app.shot('01-interviews-empty');
  });

  it('creates a company, a participant at it and an interview linking them, and all survive a reload', async () => {
    const { page } = app;

    // Company, by keyboard: "n" opens the form, Enter submits.
    await openSection(page, 'Companies');
    await page.getByRole('heading', { name: 'No companies yet' }).waitFor();
    await app.shot('02-companies-empty');
    await page.keyboard.press('n');
    const companyForm = page.getByRole('dialog', { name: 'New company' });
    await companyForm.waitFor();
    await companyForm.getByLabel('Industry').fill('Freight logistics');
    await companyForm.getByLabel('Company size').fill('201–500');
    await companyForm.getByLabel('Growth stage').selectOption({ label: 'Growth' });
    await companyForm.getByLabel('Current tools').fill('Salesforce, Snowflake');
    await companyForm.getByLabel('Infrastructure').selectOption({ label: 'Cloud' });
    await companyForm.getByLabel('Company name (required)').fill('Acme Freight');
    await app.shot('03-company-form');
    await page.keyboard.press('Enter');
    await companyForm.waitFor({ state: 'detached' });
    const companies = page.getByRole('table', { name: 'Companies' });
    await companies.getByRole('button', { name: 'Acme Freight' }).waitFor();
    // The new company is selected and shown in the inspector.
    const inspector = page.getByRole('complementary', { name: 'Selected company' });
    await inspector.getByRole('heading', { name: 'Acme Freight' }).waitFor();
    expect(await inspector.textContent()).toContain('Snowflake');
    await app.shot('04-companies-list');

    // Participant: pseudonym left empty, so the core generates one.
    await openSection(page, 'Participants');
    await page.getByRole('heading', { name: 'No participants yet' }).waitFor();
    await page.getByRole('button', { name: /Add your first participant/ }).click();
    const participantForm = page.getByRole('dialog', { name: 'New participant' });
    await participantForm.waitFor();
    await participantForm.getByLabel('Role').fill('Head of Operations');
    await participantForm.getByLabel('Company').selectOption({ label: 'Acme Freight' });
    await participantForm.getByLabel('Consent', { exact: true }).selectOption({ label: 'Written consent' });
    await app.shot('05-participant-form');
    await participantForm.getByRole('button', { name: 'Add participant' }).click();
    await participantForm.waitFor({ state: 'detached' });
    const participants = page.getByRole('table', { name: 'Participants' });
    const row = participants.getByRole('row', { name: /P01/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Acme Freight');
    expect(await row.textContent()).toContain('Written consent');
    await app.shot('06-participants-list');

    // Interview linking the participant.
    await openSection(page, 'Interviews');
    await page.getByRole('button', { name: 'New interview' }).click();
    const interviewForm = page.getByRole('dialog', { name: 'New interview' });
    await interviewForm.waitFor();
    await interviewForm.getByLabel('Title (required)').fill('Onboarding pains at Acme');
    await interviewForm.getByLabel('Date').fill('2026-03-14');
    await interviewForm.getByLabel('Method').selectOption({ label: 'Customer interview' });
    await interviewForm.getByLabel('Interviewer').fill('Sam');
    await interviewForm.getByLabel('Status').selectOption({ label: 'Conducted' });
    await interviewForm.getByRole('checkbox', { name: /P01/ }).check();
    await app.shot('07-interview-form');
    await interviewForm.getByLabel('Interviewer').press('Enter');
    await interviewForm.waitFor({ state: 'detached' });
    const interviews = page.getByRole('table', { name: 'Interviews' });
    const interviewRow = interviews.getByRole('row', { name: /Onboarding pains at Acme/ });
    await interviewRow.waitFor();
    const text = await interviewRow.textContent();
    expect(text).toContain('P01');
    expect(text).toContain('14 Mar 2026');
    expect(text).toContain('Conducted');
    await app.shot('08-interviews-list');

    // Reload: everything is still there.
    await page.reload();
    await interviews.getByRole('row', { name: /Onboarding pains at Acme/ }).waitFor();
    expect(await interviews.getByRole('row', { name: /Onboarding pains at Acme/ }).textContent()).toContain('P01');
    await openSection(page, 'Participants');
    await participants.getByRole('row', { name: /P01/ }).waitFor();
    expect(await participants.getByRole('row', { name: /P01/ }).textContent()).toMatch(/Acme Freight.*1$/);
    await openSection(page, 'Companies');
    const companyRow = companies.getByRole('row', { name: /Acme Freight/ });
    await companyRow.waitFor();
    expect(await companyRow.textContent()).toContain('Freight logistics');
    expect(app.problems).toEqual([]);
  });

  it('shows validation errors next to the field and in a summary', async () => {
    const { page } = app;
    await openSection(page, 'Companies');
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New company' });
    await form.waitFor();
    await page.keyboard.press('Enter');
    const name = form.getByLabel('Company name (required)');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await name.getAttribute('aria-describedby'))?.split(' ')[0];
    expect(await form.locator(`[id="${errorId}"]`).textContent()).toContain('Company name is required.');
    expect(await form.getByRole('alert').textContent()).toContain('Company name: Company name is required.');
    await app.shot('09-company-validation');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // A duplicate pseudonym is refused by the core; the message lands on the pseudonym field.
    await openSection(page, 'Participants');
    await page.keyboard.press('n');
    const participantForm = page.getByRole('dialog', { name: 'New participant' });
    await participantForm.getByLabel('Pseudonym').fill('p01');
    await page.keyboard.press('Enter');
    const pseudonym = participantForm.getByLabel('Pseudonym');
    await expect.poll(() => pseudonym.getAttribute('aria-invalid')).toBe('true');
    const pseudonymError = (await pseudonym.getAttribute('aria-describedby'))?.split(' ')[0];
    expect(await participantForm.locator(`[id="${pseudonymError}"]`).textContent()).toContain(
      'Pseudonyms must be unique.',
    );
    await app.shot('10-participant-duplicate');
    await participantForm.getByRole('button', { name: 'Cancel' }).click();
    await participantForm.waitFor({ state: 'detached' });
  });

  it('Escape closes a dialog and gives focus back to what opened it', async () => {
    const { page } = app;
    await openSection(page, 'Participants');
    const newButton = page.getByRole('button', { name: 'New participant' });
    await newButton.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'New participant' });
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('pseudonym');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('New participant');
  });

  it('single-key shortcuts do not fire while typing in a field', async () => {
    const { page } = app;
    await openSection(page, 'Participants');
    const filter = page.getByRole('searchbox', { name: 'Filter participants' });
    await filter.fill('');
    await filter.press('n');
    expect(await filter.inputValue()).toBe('n');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await filter.fill('');
  });

  it('asks before deleting, and says when a delete is blocked', async () => {
    const { page } = app;
    await openSection(page, 'Companies');
    await page.getByRole('table', { name: 'Companies' }).getByRole('button', { name: 'Acme Freight' }).click();
    await page
      .getByRole('complementary', { name: 'Selected company' })
      .getByRole('button', { name: 'Delete…' })
      .click();
    const confirm = page.getByRole('dialog', { name: /Delete company/ });
    await confirm.getByText('cannot be deleted yet').waitFor();
    expect(await confirm.textContent()).toContain('Acme Freight is the company of 1 participant');
    expect(await confirm.getByRole('button', { name: /Delete company/ }).count()).toBe(0);
    await app.shot('11-company-delete-blocked');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });

    // A throwaway company with nothing attached can be deleted after confirming.
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New company' });
    await form.getByLabel('Company name (required)').fill('Temporary Co');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('complementary', { name: 'Selected company' })
      .getByRole('button', { name: 'Delete…' })
      .click();
    const confirmDelete = page.getByRole('dialog', { name: /Delete company/ });
    await confirmDelete.getByText('Nothing else in the project refers to this company').waitFor();
    await app.shot('12-company-delete-confirm');
    await confirmDelete.getByRole('button', { name: 'Delete company' }).click();
    await confirmDelete.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Companies' })
      .getByRole('button', { name: 'Temporary Co' })
      .waitFor({ state: 'detached' });
  });

  it('shows a readable error when a call fails', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /switch project/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Projects' });
    await dialog.waitFor();
    // A project of that name is already in the projects folder: the core refuses, the dialog says why.
    const { projectsFolder } = await callerFor(app.host.core).call('project.host');
    fs.writeFileSync(path.join(projectsFolder!, 'Taken name.groundwork'), 'not empty');
    await dialog.getByLabel('Name').fill('Taken name');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(/"Taken name\.groundwork" already exists/);
    expect(message).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
    await app.shot('13-project-open-error');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('has no placeholder sections left: ICP, the last one, opens its own screen', async () => {
    const { page } = app;
    await openSection(page, 'ICP');
    await page.getByRole('tablist', { name: 'ICP views' }).waitFor();
    expect(await page.getByRole('heading', { name: /is coming/ }).count()).toBe(0);
  });

  it('axe finds no serious or critical issue on the main screens and dialogs', async () => {
    const { page } = app;
    const issues: Record<string, string[]> = {};
    for (const label of ['Interviews', 'Participants', 'Companies', 'Codebook']) {
      await openSection(page, label);
      const first = page.locator('.row-button').first();
      if (await first.count()) await first.click();
      issues[label] = await seriousA11yIssues(page);
    }
    await openSection(page, 'Interviews');
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New interview' }).waitFor();
    issues['New interview dialog'] = await seriousA11yIssues(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /switch project/ }).click();
    await page.getByRole('dialog', { name: 'Projects' }).waitFor();
    issues['Projects dialog'] = await seriousA11yIssues(page);
    await page.keyboard.press('Escape');
    for (const [screen, found] of Object.entries(issues)) expect(found, screen).toEqual([]);
  });
});

describe('app frame in the dark theme', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp({ colorScheme: 'dark' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('follows the OS dark theme with no serious or critical axe issue', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(28, 28, 30)');
    await openSection(page, 'Companies');
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'New company' });
    await form.getByLabel('Company name (required)').fill('Northwind');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await app.shot('20-dark-companies');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.keyboard.press('n');
    await form.waitFor();
    await page.keyboard.press('Enter');
    await form.getByText('Company name is required.', { exact: false }).first().waitFor();
    await app.shot('21-dark-validation');
    expect(await seriousA11yIssues(page)).toEqual([]);
  });
});

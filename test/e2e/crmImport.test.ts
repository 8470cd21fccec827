/**
 * CRM import in Chromium (issue 17, item 3): Participants › Import from CRM…, choose a HubSpot-style
 * CSV, check the suggested column mapping, preview, merge the one row that repeats a participant
 * already in the project (same name, no e-mail yet), import, see the people and their company, and
 * undo the whole import from the toast. Axe-clean, with screenshots of the mapping and the preview.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const CSV = [
  'First Name,Last Name,Email,Job Title,Seniority,Company,Industry,Number of Employees,Country,Technologies',
  'Dana,Whitfield,dana@harbourline.com,Finance Director,Director,Harbourline,Shipping,200-500,Netherlands,"NetSuite; Excel"',
  'Idris,Mensah,idris@harbourline.com,AP Clerk,Individual Contributor,Harbourline,,,,',
  'Mei,Tanaka,mei@quillsoft.io,CFO,CxO,Quillsoft,Software,51-200,Japan,Xero',
].join('\n');

describe('CRM import in Chromium', () => {
  let app: WebApp;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await core().call('participants.create', { realName: 'Dana Whitfield' });
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports a CRM CSV, merging the one duplicate the researcher confirms, and undoes it', async () => {
    const { page } = app;
    const before = await core().call('participants.list');
    await openSection(page, 'Participants');
    await page.getByRole('button', { name: 'Import from CRM…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import participants from a CRM' });
    const file = path.join(app.dir, 'hubspot-contacts.csv');
    fs.writeFileSync(file, CSV);
    await dialog.locator('input[type=file]').setInputFiles(file);

    // The suggested mapping, with sample values beside each field.
    await dialog.getByLabel('E-mail').waitFor();
    expect(await dialog.getByLabel('E-mail').inputValue()).toBe('Email');
    expect(await dialog.getByLabel('Company', { exact: true }).inputValue()).toBe('Company');
    await dialog
      .getByRole('row', { name: /Role \(job title\)/ })
      .getByText('Finance Director · AP Clerk · CFO')
      .waitFor();
    // The document import's mapping table (ui/ColumnMappingTable.tsx): its caption, and a field set to
    // "Not imported" loses its samples.
    const table = dialog.getByRole('table', { name: 'Columns of hubspot-contacts.csv (3 rows)' });
    await table.waitFor();
    await dialog.getByLabel('Industry').selectOption('');
    expect(
      await table
        .getByRole('row', { name: /^Industry/ })
        .locator('td.crm-sample')
        .textContent(),
    ).toBe('');
    await dialog.getByLabel('Industry').selectOption('Industry');
    await table
      .getByRole('row', { name: /^Industry/ })
      .getByText('Shipping · Software')
      .waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('crm-01-mapping');

    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByText('2 new participants').waitFor();
    await dialog.getByText('1 possible match by name (choose for each)').waitFor();
    const duplicate = dialog.getByRole('group', { name: /^Row 2: Dana Whitfield — same name as Dana Whitfield/ });
    // Import is refused until the researcher chooses.
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Choose Merge, Add as new or Skip for row 2.').waitFor();
    await duplicate.getByRole('radio', { name: 'Merge' }).check();
    await duplicate.getByText('filled with “dana@harbourline.com”').waitFor();
    await duplicate.getByText('filled with “Finance Director”').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('crm-02-preview-merge');

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const toast = page.locator('.toast').filter({ hasText: 'Import 3 people from hubspot-contacts.csv' });
    await toast.waitFor();
    const list = page.getByRole('main');
    await list.getByText('Mei Tanaka').first().waitFor();
    await list.getByText('Idris Mensah').first().waitFor();
    const people = await core().call('participants.list');
    expect(people).toHaveLength(before.length + 2);
    const dana = people.find((p) => p.realName === 'Dana Whitfield')!;
    expect(dana).toMatchObject({
      email: 'dana@harbourline.com',
      role: 'Finance Director',
      careerStage: 'director',
      companyName: 'Harbourline',
    });
    expect(people.filter((p) => p.realName === 'Dana Whitfield')).toHaveLength(1);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await app.shot('crm-03-imported');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.toast').filter({ hasText: 'Undone: Import 3 people from hubspot-contacts.csv' }).waitFor();
    await list.getByText('Mei Tanaka').waitFor({ state: 'detached' });
    expect(await core().call('participants.list')).toEqual(before);
    expect(app.problems).toEqual([]);
  });
});

/**
 * CRM import (issue 17, item 3) on a real project file: a realistic 12-row HubSpot-style export with an
 * e-mail match, a name-only possible match, an in-file repeat and invalid rows, every created record
 * checked against its own source row; XLSX built with exceljs; BOM and Windows-1252 CSV; undo and
 * redo of the whole import as one step; malformed files that change nothing.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrmMapping } from '../../shared/domain/crm';
import { makeCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const HEADER =
  'First Name,Last Name,Email,Job Title,Seniority,Company,Industry,Number of Employees,Annual Revenue,Country,Technologies,Notes';
const ROWS = [
  /* 2 */ 'Maya,Okafor,MAYA.OKAFOR@northwind.io,Head of Operations,Director,Northwind,Logistics,200-500,$40M,Germany,"SAP; Excel",Met at LogiMAT',
  /* 3 */ 'Tomas,Rivera,tomas@bluepeak.com,Operations Manager,Manager,Bluepeak,Software,,,,,',
  /* 4 */ 'Priya,Natarajan,priya@bluepeak.com,VP Engineering,Vice President,Bluepeak,,51-200,$12M,India,"AWS, Snowflake | dbt",',
  /* 5 */ 'Liam,Chen,liam.chen@corvid.ai,CTO,CxO,Corvid AI,AI,11-50,$2M,USA,Python;PyTorch,',
  /* 6 */ 'Sofia,Marquez,sofia@corvid.ai,Data Scientist,Individual Contributor,Corvid AI,,,,,,',
  /* 7 */ 'Kestrel,Jones,kjones@example.com,Buyer,Manager,,,,,,,',
  /* 8 */ ',,,Analyst,,,,,,,,',
  /* 9 */ 'Liam,Chen,LIAM.CHEN@corvid.ai,,,,,,,,,Prefers async',
  /* 10 */ 'Hannah,Berg,hannah@fjord.no,Product Owner,Wizard,Fjord Systems,Maritime,,,Norway,,',
  /* 11 */ 'Omar,Haddad,omar@northwind.io,Dispatcher,Entry,Northwind Freight,,,,,,',
  /* 12 */ 'Ana,Souza,not-an-email,Planner,,,,,,,,',
  /* 13 */ 'Chloe,Dubois,chloe@fjord.no,Head of Design,Head,FJORD SYSTEMS,,,,,,',
];
const CSV = [HEADER, ...ROWS].join('\r\n') + '\r\n';

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

async function seed() {
  const northwind = await t.call('companies.create', {
    name: 'Northwind Freight',
    aliases: ['Northwind'],
    employeeRange: '200-500',
  });
  const maya = await t.call('participants.create', {
    realName: 'Maya Okafor',
    email: 'maya.okafor@northwind.io',
    companyId: northwind.id,
  });
  const tomas = await t.call('participants.create', { realName: 'Tomás Rivera', role: 'Ops lead' });
  const kestrel = await t.call('participants.create', { pseudonym: 'Kestrel' });
  return { northwind, maya, tomas, kestrel };
}

async function stage(text: string | Uint8Array = CSV, fileName = 'contacts.csv') {
  return t.call('crm.stageFile', { fileName, dataBase64: b64(text) });
}

describe('CRM import: a realistic HubSpot export', () => {
  it('suggests the mapping from the headers and previews every row with its reason', async () => {
    const { maya, tomas } = await seed();
    const staged = await stage();
    expect(staged.rowCount).toBe(12);
    expect(staged.sample[0]![0]).toBe('Maya');
    expect(staged.suggested).toEqual({
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'Email',
      role: 'Job Title',
      careerStage: 'Seniority',
      company: 'Company',
      industry: 'Industry',
      employeeRange: 'Number of Employees',
      annualRevenue: 'Annual Revenue',
      geography: 'Country',
      currentStack: 'Technologies',
      notes: 'Notes',
    });
    const p = await t.call('crm.preview', { stagingId: staged.stagingId, mapping: staged.suggested });
    expect(p.counts).toEqual({
      rows: 12,
      match: 1,
      possible: 1,
      create: 6,
      repeat: 1,
      invalid: 3,
      newCompanies: 3,
      matchedCompanies: 1,
    });
    const row = (n: number) => p.rows.find((r) => r.row === n)!;
    expect(row(2)).toMatchObject({ status: 'match', participant: { id: maya.id } });
    expect(row(2).changes).toEqual([
      { field: 'role', label: 'Role', before: '', after: 'Head of Operations', kind: 'fill' },
      { field: 'careerStage', label: 'Career stage', before: '', after: 'Director', kind: 'fill' },
      { field: 'notes', label: 'Notes', before: '', after: 'Met at LogiMAT', kind: 'fill' },
    ]);
    expect(row(3)).toMatchObject({ status: 'possible', participant: { id: tomas.id, label: 'Tomás Rivera (P02)' } });
    expect(row(3).changes).toEqual([
      { field: 'email', label: 'E-mail', before: '', after: 'tomas@bluepeak.com', kind: 'fill' },
      { field: 'role', label: 'Role', before: 'Ops lead', after: 'Operations Manager', kind: 'keep' },
      { field: 'careerStage', label: 'Career stage', before: '', after: 'Manager', kind: 'fill' },
      { field: 'companyId', label: 'Company', before: '', after: 'Bluepeak', kind: 'fill' },
    ]);
    expect(row(7).status).toBe('invalid');
    expect(row(7).reason).toMatch(/^Row 7: “Kestrel” cannot be used: “Kestrel” is the pseudonym/);
    expect(row(8).reason).toBe('Row 8: it has neither a name nor an e-mail address.');
    expect(row(12).reason).toBe('Row 12: That does not look like an e-mail address (name@example.com).');
    expect(row(9)).toMatchObject({ status: 'repeat', repeatOf: 5 });
    expect(row(10).warnings).toEqual(['Row 10: career stage “Wizard” is not one Groundwork knows; left blank.']);
    const northwind = p.companies.find((c) => c.name === 'Northwind Freight')!;
    expect(northwind).toMatchObject({ status: 'match', rows: [2, 11] });
    expect(northwind.changes.map((c) => [c.field, c.after, c.kind])).toEqual([
      ['industry', 'Logistics', 'fill'],
      ['annualRevenue', '$40M', 'fill'],
      ['geography', 'Germany', 'fill'],
      ['currentStack', 'SAP, Excel', 'fill'],
    ]);
    expect(p.companies.filter((c) => c.status === 'create').map((c) => [c.name, c.rows])).toEqual([
      ['Bluepeak', [3, 4]],
      ['Corvid AI', [5, 6]],
      ['Fjord Systems', [10, 13]],
    ]);
  });

  it('refuses to commit until the possible match has a decision, naming the row, and stores nothing', async () => {
    await seed();
    const before = await t.call('participants.list');
    const staged = await stage();
    await expect(
      t.call('crm.commit', { stagingId: staged.stagingId, mapping: staged.suggested, decisions: [] }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('row 3') });
    expect(await t.call('participants.list')).toEqual(before);
  });

  it('commits in one step: merges fill blanks, new people get the next codes, each from its own row', async () => {
    const { maya, tomas, northwind } = await seed();
    const staged = await stage();
    const result = await t.call('crm.commit', {
      stagingId: staged.stagingId,
      mapping: staged.suggested,
      decisions: [{ row: 3, action: 'merge' }],
    });
    expect(result).toEqual({
      created: 6,
      merged: 2,
      skipped: 3,
      folded: 1,
      companiesCreated: 3,
      companiesUpdated: 1,
      label: 'Import 8 people from contacts.csv',
    });
    const people = await t.call('participants.list');
    const companies = await t.call('companies.list');
    const companyId = (name: string) => companies.find((c) => c.name === name)!.id;
    expect(people).toHaveLength(9);

    const m = people.find((p) => p.id === maya.id)!;
    expect(m).toMatchObject({
      realName: 'Maya Okafor',
      email: 'maya.okafor@northwind.io',
      role: 'Head of Operations',
      careerStage: 'director',
      notes: 'Met at LogiMAT',
      companyId: northwind.id,
      pseudonym: 'P01',
    });
    const tm = people.find((p) => p.id === tomas.id)!;
    // Role differed: kept. E-mail, stage and company were blank: filled.
    expect(tm).toMatchObject({
      realName: 'Tomás Rivera',
      email: 'tomas@bluepeak.com',
      role: 'Ops lead',
      careerStage: 'manager',
      companyId: companyId('Bluepeak'),
    });

    const created = people.filter((p) => ![maya.id, tomas.id].includes(p.id) && p.pseudonym !== 'Kestrel');
    const fields = (p: (typeof people)[number]) => [
      p.pseudonym,
      p.realName,
      p.email,
      p.role,
      p.careerStage,
      p.companyName,
      p.notes,
      p.consent,
    ];
    expect(created.sort((a, b) => a.id - b.id).map(fields)).toEqual([
      ['P03', 'Priya Natarajan', 'priya@bluepeak.com', 'VP Engineering', 'vp', 'Bluepeak', '', 'pending'], // row 4
      ['P04', 'Liam Chen', 'liam.chen@corvid.ai', 'CTO', 'c_level', 'Corvid AI', 'Prefers async', 'pending'], // rows 5 + 9
      ['P05', 'Sofia Marquez', 'sofia@corvid.ai', 'Data Scientist', 'ic', 'Corvid AI', '', 'pending'], // row 6
      ['P06', 'Hannah Berg', 'hannah@fjord.no', 'Product Owner', '', 'Fjord Systems', '', 'pending'], // row 10
      ['P07', 'Omar Haddad', 'omar@northwind.io', 'Dispatcher', 'ic', 'Northwind Freight', '', 'pending'], // row 11
      ['P08', 'Chloe Dubois', 'chloe@fjord.no', 'Head of Design', 'director', 'Fjord Systems', '', 'pending'], // row 13
    ]);

    const company = (name: string) => companies.find((c) => c.name === name)!;
    expect(company('Northwind Freight')).toMatchObject({
      aliases: ['Northwind'],
      industry: 'Logistics',
      employeeRange: '200-500',
      annualRevenue: '$40M',
      geography: 'Germany',
      currentStack: ['SAP', 'Excel'],
    });
    // Bluepeak: industry from row 3, the rest from row 4 (the first row that gives each).
    expect(company('Bluepeak')).toMatchObject({
      industry: 'Software',
      employeeRange: '51-200',
      annualRevenue: '$12M',
      geography: 'India',
      currentStack: ['AWS', 'Snowflake', 'dbt'],
    });
    expect(company('Corvid AI')).toMatchObject({
      industry: 'AI',
      employeeRange: '11-50',
      annualRevenue: '$2M',
      geography: 'USA',
      currentStack: ['Python', 'PyTorch'],
    });
    expect(company('Fjord Systems')).toMatchObject({ industry: 'Maritime', geography: 'Norway', currentStack: [] });
    expect(companies).toHaveLength(4);
    expect((await t.call('history.state')).undoLabel).toBe('Import 8 people from contacts.csv');
  });

  it('replaces differing fields only when asked, and honours Add as new and Skip', async () => {
    const { tomas } = await seed();
    const staged = await stage();
    const preview = await t.call('crm.preview', {
      stagingId: staged.stagingId,
      mapping: staged.suggested,
      replaceDiffering: true,
    });
    expect(preview.rows.find((r) => r.row === 3)!.changes.find((c) => c.field === 'role')!.kind).toBe('replace');
    const result = await t.call('crm.commit', {
      stagingId: staged.stagingId,
      mapping: staged.suggested,
      decisions: [
        { row: 2, action: 'merge' },
        { row: 3, action: 'merge' },
        { row: 4, action: 'skip' },
      ],
      replaceDiffering: true,
    });
    expect(result).toMatchObject({ created: 5, merged: 2, skipped: 4 });
    expect((await t.call('participants.get', { id: tomas.id })).role).toBe('Operations Manager');
  });

  it('undo restores exactly the participants and companies as they were; redo applies the import again', async () => {
    await seed();
    const beforePeople = await t.call('participants.list');
    const beforeCompanies = await t.call('companies.list');
    const staged = await stage();
    await t.call('crm.commit', {
      stagingId: staged.stagingId,
      mapping: staged.suggested,
      decisions: [{ row: 3, action: 'merge' }],
    });
    const afterPeople = await t.call('participants.list');
    const afterCompanies = await t.call('companies.list');
    const undone = await t.call('history.undo');
    expect(undone.undone).toBe('Import 8 people from contacts.csv');
    expect(await t.call('participants.list')).toEqual(beforePeople);
    expect(await t.call('companies.list')).toEqual(beforeCompanies);
    await t.call('history.redo');
    expect(await t.call('participants.list')).toEqual(afterPeople);
    expect(await t.call('companies.list')).toEqual(afterCompanies);
  });

  it('a second import of the same file matches everyone by e-mail instead of duplicating', async () => {
    await seed();
    const first = await stage();
    await t.call('crm.commit', {
      stagingId: first.stagingId,
      mapping: first.suggested,
      decisions: [{ row: 3, action: 'merge' }],
    });
    const again = await stage();
    const p = await t.call('crm.preview', { stagingId: again.stagingId, mapping: again.suggested });
    expect(p.counts).toMatchObject({ match: 8, possible: 0, create: 0, newCompanies: 0, matchedCompanies: 4 });
    // Nothing left to fill; only the role Tomás's record kept differs still.
    expect(p.rows.flatMap((r) => r.changes.map((c) => [r.row, c.field, c.kind]))).toEqual([[3, 'role', 'keep']]);
  });
});

describe('CRM import: file formats', () => {
  it('reads an XLSX built with exceljs (first worksheet), hyperlinked e-mails as their text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacts');
    wb.addWorksheet('Ignored').addRow(['Full name', 'Email']);
    ws.addRow(['Full name', 'E-mail address', 'Title', 'Level', 'Account name', 'Tech stack']);
    ws.addRow([
      'Zoë Adams',
      { text: 'zoe@acme.test', hyperlink: 'mailto:zoe@acme.test' },
      'COO',
      'Chief Operating Officer',
      'Acme',
      'Jira|Slack',
    ]);
    ws.addRow(['Ben Ito', 'ben@acme.test', 'Engineer', 'Senior', 'Acme', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const staged = await stage(bytes, 'accounts.xlsx');
    expect(staged.headers).toEqual(['Full name', 'E-mail address', 'Title', 'Level', 'Account name', 'Tech stack']);
    expect(staged.suggested).toEqual({
      fullName: 'Full name',
      email: 'E-mail address',
      role: 'Title',
      careerStage: 'Level',
      company: 'Account name',
      currentStack: 'Tech stack',
    });
    const result = await t.call('crm.commit', { stagingId: staged.stagingId, mapping: staged.suggested });
    expect(result).toMatchObject({ created: 2, companiesCreated: 1, label: 'Import 2 people from accounts.xlsx' });
    const people = await t.call('participants.list');
    expect(people.map((p) => [p.pseudonym, p.realName, p.email, p.role, p.careerStage, p.companyName])).toEqual([
      ['P01', 'Zoë Adams', 'zoe@acme.test', 'COO', 'c_level', 'Acme'],
      ['P02', 'Ben Ito', 'ben@acme.test', 'Engineer', 'ic', 'Acme'],
    ]);
    expect((await t.call('companies.list'))[0]!.currentStack).toEqual(['Jira', 'Slack']);
  });

  it('reads CSV with a UTF-8 BOM and CSV in Windows-1252', async () => {
    const bom = await stage('\uFEFFFull name;Email\nRenée Lefèvre;renee@example.fr\n', 'bom.csv');
    expect(bom.headers).toEqual(['Full name', 'Email']);
    expect(bom.sample[0]).toEqual(['Renée Lefèvre', 'renee@example.fr']);
    const cp1252 = iconv.encode(
      'Full name,Email,Company\r\nJürgen Groß,jg@example.de,Müller & Söhne\r\n',
      'windows-1252',
    );
    const staged = await stage(new Uint8Array(cp1252), 'export.csv');
    await t.call('crm.commit', { stagingId: staged.stagingId, mapping: staged.suggested });
    const [p] = await t.call('participants.list');
    expect([p!.realName, p!.companyName]).toEqual(['Jürgen Groß', 'Müller & Söhne']);
  });

  it('refuses malformed files with a sentence naming the problem, and changes nothing', async () => {
    await seed();
    const people = await t.call('participants.list');
    const companies = await t.call('companies.list');
    const cases: [string | Uint8Array, string, RegExp][] = [
      ['', 'empty.csv', /empty\.csv is empty/],
      ['\n\n  \n', 'blank.csv', /blank\.csv is empty/],
      ['maya@x.io,Maya\nben@x.io,Ben\n', 'noheader.csv', /has no header row/],
      ['Name,Email,email\nA,a@x.io,b@x.io\n', 'dupes.csv', /more than one column called “email”/],
      ['Name,Email\n', 'onlyheader.csv', /header row but no rows/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'broken.xlsx', /could not be read as an XLSX/],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls', /old Excel \(\.xls\)/],
    ];
    for (const [bytes, name, message] of cases) {
      await expect(stage(bytes, name), name).rejects.toMatchObject({
        code: 'PARSE',
        message: expect.stringMatching(message),
      });
    }
    const tooMany = 'Email\n' + Array.from({ length: 50_001 }, (_, i) => `p${i}@x.io`).join('\n');
    await expect(stage(tooMany, 'huge.csv')).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(await t.call('participants.list')).toEqual(people);
    expect(await t.call('companies.list')).toEqual(companies);
    expect((await t.call('history.state')).canUndo).toBe(false);
  });

  it('refuses a mapping to a column the file does not have, or one with neither name nor e-mail', async () => {
    const staged = await stage();
    const bad: CrmMapping = { email: 'Mail' };
    await expect(t.call('crm.preview', { stagingId: staged.stagingId, mapping: bad })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('contacts.csv has no column called “Mail”.'),
    });
    await expect(
      t.call('crm.preview', { stagingId: staged.stagingId, mapping: { role: 'Job Title' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

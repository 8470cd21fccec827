/**
 * Transcript import tried as a new user would, in Chromium on the web host: with one participant
 * already known, pick four files at once (WebVTT, SRT, DOCX and a broken one), see the broken one
 * named with its reason, check a preview, change a speaker's mapping, import, and find the three
 * interviews listed with their durations after a reload. Oversized files are refused at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSection, pageToken, SCREENSHOTS, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

const FIXTURES = path.resolve('test/fixtures/transcripts');

/** Calls the core the way the page does (same origin, the session token as a header), to check what was stored. */
async function rpc<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const token = await pageToken(page);
  return page.evaluate(
    async ({ method, input, token }) => {
      const response = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message ?? 'call failed');
      return envelope.value;
    },
    { method, input, token },
  ) as Promise<T>;
}

interface StoredInterview {
  id: number;
  title: string;
  durationMs: number | null;
  mediaPath: string | null;
}

async function dialogA11y(page: Page): Promise<string[]> {
  return seriousA11yIssues(page);
}

describe('transcript import on the web host', () => {
  let app: WebApp;

  beforeAll(async () => {
    app = await startWebApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports three files of different formats in one batch, reports the broken one by name, and keeps them after a reload', async () => {
    const { page } = app;

    // A participant the researcher already knows, by real name; the import should recognise him.
    await openSection(page, 'Participants');
    await page.getByRole('button', { name: /Add your first participant/ }).click();
    const participantForm = page.getByRole('dialog', { name: 'New participant' });
    await participantForm.getByLabel('Real name').fill('Tom Okafor');
    await participantForm.getByRole('button', { name: 'Add participant' }).click();
    await participantForm.waitFor({ state: 'detached' });
    const [tom] = await rpc<{ id: number; pseudonym: string }[]>(page, 'participants.list');
    expect(tom).toBeDefined();

    // The empty Interviews screen offers the import.
    await openSection(page, 'Interviews');
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
    await page
      .getByRole('region', { name: 'No interviews yet' })
      .getByRole('button', { name: 'Import transcripts…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Import transcripts' });
    await dialog.getByRole('heading', { name: 'Choose transcripts' }).waitFor();
    await app.shot('import-00-choose');

    const broken = path.join(app.dir, 'broken-call.vtt');
    fs.writeFileSync(broken, 'WEBVTX\n\n00:00:01.000 --> 00:00:04.000\nMaya Chen: Hello?\n');
    await dialog
      .getByLabel('Choose files…')
      .setInputFiles([
        path.join(FIXTURES, 'teams.vtt'),
        broken,
        path.join(FIXTURES, 'interview.srt'),
        path.join(FIXTURES, 'teams-timing.docx'),
      ]);

    // Preview: nothing stored yet; the broken file named with its reason.
    await dialog.getByRole('heading', { name: 'Check what was read' }).waitFor();
    const unread = dialog.getByRole('region', { name: /could not be read/ });
    expect(await unread.textContent()).toMatch(/broken-call\.vtt is not a valid WebVTT file/);
    expect(await rpc<StoredInterview[]>(page, 'interviews.list')).toEqual([]);

    const teams = dialog.getByRole('region', { name: 'teams.vtt' });
    const teamsText = await teams.textContent();
    expect(teamsText).toContain('WebVTT captions · Microsoft Teams');
    expect(teamsText).toMatch(/Turns\s*4/);
    expect(teamsText).toMatch(/Duration\s*0:30/);
    expect(teamsText).toContain('Thanks for joining, Tom.');
    const speakers = teams.getByRole('table', { name: 'Speakers in teams.vtt' });
    expect(await speakers.getByRole('rowheader').allTextContents()).toEqual([
      'Maya Chen',
      'Tom Okafor',
      'Priya Raman (Finance)',
    ]);
    // Tom is matched to the participant created above; the reason is shown as help.
    const tomSelect = teams.getByRole('combobox', { name: 'Tom Okafor is' });
    expect(await tomSelect.inputValue()).toBe(`p:${tom!.id}`);
    expect(await teams.getByText(`Suggested: Same name as participant ${tom!.pseudonym}.`).isVisible()).toBe(true);
    expect(await dialog.getByRole('region', { name: 'interview.srt' }).textContent()).toContain(
      'SubRip captions (SRT)',
    );
    expect(await dialog.getByRole('region', { name: 'teams-timing.docx' }).textContent()).toContain(
      'Word document (DOCX)',
    );

    // Priya was only listening in: map her to "Other", by keyboard.
    const priya = teams.getByRole('combobox', { name: 'Priya Raman (Finance) is' });
    await priya.selectOption({ label: 'Other' });
    await teams.getByText(/Someone else .*not counted as evidence/).waitFor();
    await teams.getByLabel('Title').fill('Invoice pains — Northwind (Teams)');

    await app.shot('import-01-preview');
    await teams.screenshot({ path: path.join(SCREENSHOTS, 'import-01b-preview-card.png') });
    expect(await dialogA11y(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Import 3 files' }).click();
    await dialog.getByRole('heading', { name: '3 imported, 1 could not be read' }).waitFor();
    const summaryText = await dialog.textContent();
    expect(summaryText).toContain('broken-call.vtt');
    expect(summaryText).toContain('Invoice pains — Northwind (Teams)');
    await app.shot('import-02-summary');
    expect(await dialogA11y(page)).toEqual([]);

    // Each new interview links to its workspace; "Show in list" closes the dialog and selects it.
    const openLink = dialog.getByRole('link', { name: 'Open Invoice pains — Northwind (Teams)' });
    expect(await openLink.getAttribute('href')).toMatch(/^#\/interviews\/\d+$/);
    await dialog.getByRole('button', { name: 'Show in list: Invoice pains — Northwind (Teams)' }).click();
    await dialog.waitFor({ state: 'detached' });
    const inspector = page.getByRole('complementary', { name: 'Selected interview' });
    await inspector.getByRole('heading', { name: 'Invoice pains — Northwind (Teams)' }).waitFor();
    await inspector.getByText('teams.vtt').waitFor();
    expect(await inspector.textContent()).toContain('WebVTT captions');

    const table = page.getByRole('table', { name: 'Interviews' });
    const expectRows = async () => {
      await table.getByRole('row', { name: /Invoice pains/ }).waitFor();
      expect(await table.getByRole('row', { name: /Invoice pains/ }).textContent()).toContain('0:30');
      expect(await table.getByRole('row', { name: /^interview / }).textContent()).toContain('0:26');
      expect(await table.getByRole('row', { name: /^teams-timing / }).textContent()).toContain('0:22');
      expect(await table.getByRole('row').count()).toBe(4); // header + three
    };
    await expectRows();
    await app.shot('import-03-list');

    // What was stored: Tom linked to his participant, Priya kept but not evidence, no duplicate Tom.
    const stored = await rpc<StoredInterview[]>(page, 'interviews.list');
    const teamsInterview = stored.find((i) => i.title.startsWith('Invoice pains'))!;
    const transcript = await rpc<{
      speakers: { label: string; role: string; participantId: number | null; countsAsEvidence: boolean }[];
    }>(page, 'transcripts.get', { interviewId: teamsInterview.id });
    const byLabel = Object.fromEntries(transcript.speakers.map((s) => [s.label, s]));
    expect(byLabel['Tom Okafor']).toMatchObject({
      role: 'participant',
      participantId: tom!.id,
      countsAsEvidence: true,
    });
    expect(byLabel['Priya Raman (Finance)']).toMatchObject({ role: 'other', countsAsEvidence: false });
    const people = await rpc<{ realName: string }[]>(page, 'participants.list');
    expect(people.filter((p) => p.realName === 'Tom Okafor')).toHaveLength(1);

    await page.reload();
    await expectRows();
    expect(app.problems).toEqual([]);
  });

  it('says when a file is already in the project, skips it unless asked, and imports it again when ticked', async () => {
    const { page } = app;
    const before = await rpc<StoredInterview[]>(page, 'interviews.list');
    await openSection(page, 'Interviews');
    await page.locator('.toolbar').getByRole('button', { name: 'Import transcripts…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import transcripts' });
    await dialog
      .getByLabel('Choose files…')
      .setInputFiles([path.join(FIXTURES, 'teams.vtt'), path.join(FIXTURES, 'interview.srt')]);
    await dialog.getByRole('heading', { name: 'Check what was read' }).waitFor();
    // Each card names the interview that already holds its file.
    const teams = dialog.getByRole('region', { name: 'teams.vtt' });
    const srt = dialog.getByRole('region', { name: 'interview.srt' });
    await teams
      .getByText(/Already in this project: the same file is the transcript of “Invoice pains — Northwind \(Teams\)”/)
      .waitFor();
    const srtTitle = before.find((i) => i.title.startsWith('interview'))?.title ?? 'interview';
    expect(await srt.textContent()).toContain(`the transcript of “${srtTitle}”`);
    await srt.getByLabel(/Import it again as another interview/).check();
    await srt.getByLabel('Title').fill('Second copy of the SRT call');
    expect(await dialogA11y(page)).toEqual([]);
    await app.shot('import-06-already-imported');
    await dialog.getByRole('button', { name: 'Import 1 file, skip 1' }).click();
    await dialog.getByRole('heading', { name: '1 imported, 1 skipped (already in the project)' }).waitFor();
    expect(await dialog.getByRole('region', { name: /skipped: already in the project/ }).textContent()).toContain(
      'teams.vtt',
    );
    const after = await rpc<StoredInterview[]>(page, 'interviews.list');
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((i) => i.title === srtTitle).length).toBe(1);
    expect(after.filter((i) => i.title === 'Second copy of the SRT call').length).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('uploads a recording (no path typed or sent), shows it stored beside the project, and removes it', async () => {
    const { page } = app;
    fs.writeFileSync(path.join(app.dir, 'call-3.m4a'), 'not really audio');
    fs.writeFileSync(path.join(app.dir, 'notes.txt'), 'not audio at all');
    const table = page.getByRole('table', { name: 'Interviews' });
    await table.getByRole('button', { name: /^interview$/ }).click();
    const inspector = page.getByRole('complementary', { name: 'Selected interview' });
    await inspector.getByText('No recording attached.').waitFor();
    const chooser = inspector.getByLabel('Attach recording…');
    await chooser.setInputFiles(path.join(app.dir, 'notes.txt'));
    await inspector.getByText(/notes\.txt is not an audio or video file/).waitFor();
    await chooser.setInputFiles(path.join(app.dir, 'call-3.m4a'));
    await inspector.getByText(/^Pricing study recordings\/\d+-call-3\.m4a$/).waitFor();
    const stored = fs.readdirSync(path.join(app.dir, 'Pricing study recordings'));
    expect(stored).toEqual([expect.stringMatching(/^\d+-call-3\.m4a$/)]);
    await app.shot('import-04-recording');
    await inspector.getByRole('button', { name: 'Remove' }).click();
    await inspector.getByText('No recording attached.').waitFor();
  });

  it('refuses a file over 50 MB at once, by name, and stores nothing', async () => {
    const { page } = app;
    const before = (await rpc<StoredInterview[]>(page, 'interviews.list')).length;
    // By keyboard: Enter on the toolbar button opens the dialog with focus on "Choose files…".
    await page.locator('.toolbar').getByRole('button', { name: 'Import transcripts…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import transcripts' });
    await dialog.getByRole('heading', { name: 'Choose transcripts' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await dialog.getByLabel('Choose files…').getAttribute('id'),
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await dialog.getByLabel('Choose a folder…').getAttribute('id'),
    );
    const started = Date.now();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('dialog input[type=file][multiple][accept]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge-call.vtt', { type: 'text/vtt' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const unread = dialog.getByRole('region', { name: /could not be read/ });
    await unread.waitFor();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await unread.textContent()).toContain(
      'huge-call.vtt is 51 MB; transcripts larger than 50 MB cannot be imported.',
    );
    expect(await dialog.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Choose other files' }).isVisible()).toBe(true);
    await app.shot('import-05-too-large');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await rpc<StoredInterview[]>(page, 'interviews.list')).length).toBe(before);
  });

  it('opens the import when files are dropped on the Interviews screen; cancelling stores nothing', async () => {
    const { page } = app;
    const before = (await rpc<StoredInterview[]>(page, 'interviews.list')).length;
    const otter = fs.readFileSync(path.join(FIXTURES, 'otter.txt'), 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'otter.txt', { type: 'text/plain' }));
      data.items.add(new File(['x'], 'cover.png', { type: 'image/png' }));
      return data;
    }, otter);
    const screen = page.locator('main.screen');
    await screen.dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByText('Drop to import transcripts').waitFor();
    await screen.dispatchEvent('drop', { dataTransfer: transfer });
    const dialog = page.getByRole('dialog', { name: 'Import transcripts' });
    await dialog.getByRole('heading', { name: 'Check what was read' }).waitFor();
    expect(await dialog.textContent()).toContain('1 file was left out');
    const card = dialog.getByRole('region', { name: 'otter.txt' });
    expect(await card.textContent()).toContain('Plain text · Otter.ai');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await rpc<StoredInterview[]>(page, 'interviews.list')).length).toBe(before);
    expect(app.problems).toEqual([]);
  });
});

/**
 * Speaker mapping after import, in Chromium: a voice nobody identified at import does not count; the
 * reader says so, the researcher adds them as a participant from the Speakers dialog (keyboard only),
 * the codebook's counts follow, and one undo takes the new participant and the mapping back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tag } from '../../shared/domain/tag';
import { callerFor } from '../support/core';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

describe('speaker mapping in Chromium', () => {
  let app: WebApp;
  let interviewId = 0;
  let tag: Tag;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    const t = core();
    const text = [
      'Maya Chen: What slows your month end down?',
      'Ana Souza: The export from the ERP takes the whole night.',
      'Warehouse lead: Our export is just as slow on our side.',
      'Maya Chen: Thanks both.',
    ].join('\n\n');
    const staged = await t.call('imports.stageFile', {
      fileName: 'pair.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    const result = await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: 'Warehouse visit with Ana' },
      speakers: [
        { label: 'Maya Chen', role: 'interviewer' },
        { label: 'Ana Souza', role: 'participant', createParticipant: true },
        { label: 'Warehouse lead', role: 'participant', createParticipant: false },
      ],
    });
    interviewId = result.interviewId;
    tag = await t.call('tags.create', { name: 'Slow exports', kind: 'pain_point' });
    const tr = (await t.call('transcripts.get', { interviewId }))!;
    for (const turn of tr.turns.slice(1, 3)) {
      const q = await t.call('quotes.create', {
        interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
      });
      await t.call('codings.apply', { quoteId: q.id, tagId: tag.id });
    }
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  const codebookCounts = async () => (await core().call('tags.list')).find((x) => x.id === tag.id)!;

  it('names the unmapped voice, maps it to a new participant, counts follow, one undo takes it back', async () => {
    const { page } = app;
    expect(await codebookCounts()).toMatchObject({ participantCount: 1, notCountedCount: 1 });
    await page.goto(`${app.host.bridge.url}/#/interviews/${interviewId}`);
    const button = page.getByRole('button', { name: 'Speakers 1 not mapped' });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Speakers' });
    await dialog.waitFor();
    const row = dialog.getByRole('row', { name: /Warehouse lead/ });
    expect(await row.textContent()).toContain('Not counted until you choose who this is.');
    await app.shot('speakers-dialog');
    expect(await seriousA11yIssues(page)).toEqual([]);

    await dialog
      .getByLabel('Participant Warehouse lead is')
      .selectOption({ label: 'New participant “Warehouse lead”' });
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('Counted as their evidence.');
    await expect.poll(async () => (await codebookCounts()).participantCount).toBe(2);
    expect((await codebookCounts()).notCountedCount).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Speakers', exact: true }).waitFor();

    // The codebook shows the same figure the service gives.
    await openSection(page, 'Codebook');
    await page.getByText('2 quotes · 2 participants').first().waitFor();

    // One undo: the participant and the mapping go together.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await codebookCounts()).participantCount).toBe(1);
    expect((await core().call('participants.list')).map((p) => p.realName)).toEqual(['Ana Souza']);
    await page.getByText('1 quote · 1 participant · 1 not counted').first().waitFor();
  });
});

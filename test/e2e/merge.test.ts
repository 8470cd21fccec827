/**
 * Merging a colleague's copy in Chromium (issue 18, item 2): the researcher (Test Researcher) makes a
 * copy for a colleague from the Projects dialog; the colleague (Bo Li) codes the same interview in the
 * copy while the researcher codes it here, and both comment the same quote; Merge from another
 * project… shows the preview and the conflict side by side, the researcher keeps both comments with
 * the keyboard, merges, reads the report, and one Undo takes the merge back. Every merged quote and
 * coding is checked against the project it came from; screenshots at two sizes, light and dark; axe.
 * Then, with the merge made again, the Agreement screen compares the two coders on the interview both
 * coded: its figures are the core's at both units, every disagreement is one the project holds, and
 * one settled from the keyboard updates the figures until Undo restores them.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { callerFor, sequentialGuids, steppingClock, type Caller } from '../support/core';
import { importTurns } from '../support/study';
import { TURNS } from '../support/mergePair';
import { expectedFigures, shownFigures } from './agreementScreen';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

type QuoteRow = { guid: string; exact_text: string; comment: string; coder: string | null; tags: string | null };

/** Each quote of a project file with its coder and tags (sorted), by GUID. */
function quotesIn(file: string): Map<string, QuoteRow> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT q.guid, q.exact_text, q.comment, c.name AS coder,
                (SELECT group_concat(name, ',') FROM (SELECT t.name FROM codings k JOIN tags t ON t.id = k.tag_id
                   WHERE k.quote_id = q.id ORDER BY t.name)) AS tags
           FROM quotes q LEFT JOIN coders c ON c.id = q.coder_id`,
      )
      .all() as QuoteRow[];
    return new Map(rows.map((r) => [r.guid, r]));
  } finally {
    db.close();
  }
}

async function quote(c: Caller, turn: number, from: string, to: string, tagIds: number[] = []) {
  const interviewId = (await c.call('interviews.list'))[0]!.id;
  const t = (await c.call('transcripts.get', { interviewId }))!.turns[turn]!;
  return c.call('quotes.create', {
    interviewId,
    start: { turnId: t.id, offset: t.text.indexOf(from) },
    end: { turnId: t.id, offset: t.text.indexOf(to) + to.length },
    tagIds,
  });
}

describe('merge in Chromium', () => {
  let app: WebApp;
  let me: Caller;
  let copyPath = '';
  let sharedGuid = '';

  beforeAll(async () => {
    app = await startWebApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    me = callerFor(app.host.core);
    await importTurns(me, 'Call with Tom', TURNS);
    sharedGuid = (await quote(me, 1, 'the export', 'hours')).guid;
    await app.page.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('makes a copy for a colleague from the Projects dialog', async () => {
    const { page } = app;
    await page.locator('.project-button').click();
    await page
      .getByRole('dialog', { name: 'Projects' })
      .getByRole('button', { name: 'Make a copy for a colleague…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Make a copy for a colleague' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Make the copy' }).click(),
    ]);
    copyPath = path.join(app.dir, 'for-bo.groundwork');
    await download.saveAs(copyPath);
    await dialog.getByRole('status').waitFor();
    expect(download.suggestedFilename()).toMatch(/copy for a colleague\)\.groundwork$/);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await page.keyboard.press('Escape');
  });

  it('merges the colleague’s coding with the conflict settled, checks every quote against its source, and undoes it', async () => {
    const { page } = app;
    // The colleague codes in their copy, in their own app.
    const theirCore: Core = await createCore({
      userDataDir: path.join(app.dir, 'bo-user-data'),
      projectPath: copyPath,
      clock: steppingClock(Date.UTC(2026, 2, 1)),
      newGuid: sequentialGuids('bo'),
    });
    try {
      const bo = callerFor(theirCore);
      await bo.call('coders.identify', { name: 'Bo Li', initials: 'BL', colour: '#c2255c' });
      const slow = await bo.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
      await quote(bo, 1, 'Reconciliation', 'worse', [slow.id]);
      await quote(bo, 3, 'drops accents', 'accents', [slow.id]);
      const shared = (
        await bo.call('quotes.forInterview', { interviewId: (await bo.call('interviews.list'))[0]!.id })
      ).find((q) => q.guid === sharedGuid)!;
      await bo.call('codings.apply', { quoteId: shared.id, tagId: slow.id });
      await bo.call('quotes.update', { id: shared.id, patch: { comment: 'Bo: four hours every month' } });
    } finally {
      theirCore.close();
    }
    // Meanwhile, here.
    const manual = await me.call('tags.create', { name: 'Manual fixes', kind: 'pain_point' });
    await quote(me, 3, 'we fix', 'hand', [manual.id]);
    const mineShared = (await me.call('quotes.forInterview', { interviewId: 1 })).find((q) => q.guid === sharedGuid)!;
    await me.call('quotes.update', { id: mineShared.id, patch: { comment: 'Me: month end is slow' } });
    const minePath = app.host.core.session.info()!.path;
    const before = quotesIn(minePath);
    const theirs = quotesIn(copyPath);

    await page.locator('.project-button').click();
    await page
      .getByRole('dialog', { name: 'Projects' })
      .getByRole('button', { name: 'Merge from another project…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Merge from another project' });
    await dialog.locator('input[type=file]').setInputFiles(copyPath);
    const previewRegion = dialog.getByRole('region', { name: 'What the merge will do' });
    await previewRegion.waitFor();
    const conflict = dialog.getByRole('group', { name: /the export takes four hours/ });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Bo: four hours every month');
    expect(await conflict.textContent()).toContain('Me: month end is slow');
    expect(await seriousA11yIssues(page)).toEqual([]);
    for (const [w, h] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await app.shot(`merge-preview-${w}x${h}-${scheme}`);
      }
    }
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Keyboard first: focus the first choice, arrow to the third (keep both), then Merge.
    await conflict.getByRole('radio', { name: 'Keep mine' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await conflict.getByRole('radio', { name: 'Keep both comments' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    const done = dialog.getByRole('region', { name: 'Merge finished' });
    await done.waitFor();
    expect(await done.textContent()).toContain('kept both');
    await app.shot('merge-report-1280x720-light');

    const merged = quotesIn(minePath);
    // Every quote of either side is in the merge as its own side has it (the shared one: both comments, both tags).
    for (const [guid, row] of theirs) {
      if (guid === sharedGuid) continue;
      expect(merged.get(guid), row.exact_text).toEqual(row);
    }
    for (const [guid, row] of before) {
      if (guid === sharedGuid) continue;
      expect(merged.get(guid), row.exact_text).toEqual(row);
    }
    expect(merged.get(sharedGuid)).toMatchObject({
      comment: 'Me: month end is slow\n\nBo: four hours every month',
      tags: 'Slow export',
    });
    expect(
      [...merged.values()]
        .filter((q) => q.coder === 'Bo Li')
        .map((q) => q.exact_text)
        .sort(),
    ).toEqual(['Reconciliation is worse', 'drops accents']);

    // One undo takes the whole merge back (the toast's Undo; Mod+Z does the same).
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await page.keyboard.press('Escape');
    const toast = page.getByRole('status').filter({ hasText: 'Merged for-bo.groundwork' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => quotesIn(minePath)).toEqual(before);
    expect(app.problems).toEqual([]);
  });

  it('after the merge, the Agreement screen compares the two coders on the interview both coded, and settles one', async () => {
    const { page } = app;
    // The merge again (undone at the end of the last step), then both coders' work is in this project.
    await me.call('history.redo');
    const minePath = app.host.core.session.info()!.path;
    const coders = await me.call('coders.list');
    const bo = coders.find((c) => c.name === 'Bo Li')!;
    const mine = coders.find((c) => c.name !== 'Bo Li')!;
    const coderIds = [mine.id, bo.id];
    const compute = (unit: 'turn' | 'char' = 'turn') => me.call('agreement.compute', { coderIds, unit });

    await openSection(page, 'Agreement');
    const before = await compute();
    // Each disagreement the core finds is one the project holds: a turn one coder coded with the tag and
    // the other did not (both coded in this interview; each quote here lies in one turn).
    const held = readTurnTags(minePath);
    const expectedDisagreements = [...new Set([...held.keys()])].filter((key) => held.get(key)!.size === 1).sort();
    expect(before.disagreements.map((d) => `${d.tagName} | ${d.text}`).sort()).toEqual(expectedDisagreements);
    expect(before.tags.map((t) => t.name).sort()).toEqual(['Manual fixes', 'Slow export']);
    for (const tag of [...before.tags.map((t) => t.name), null])
      await expect.poll(() => shownFigures(page, tag)).toEqual(expectedFigures(before, tag));

    const items = page.locator('.disagreement');
    await expect.poll(() => items.count()).toBe(before.disagreements.length);
    for (const d of before.disagreements) {
      const item = items.filter({ hasText: d.tagName }).filter({ hasText: d.text });
      expect(await item.count(), `${d.tagName} on “${d.text}”`).toBe(1);
      // Each coder's verdict as the project holds it.
      const coded = held.get(`${d.tagName} | ${d.text}`)!;
      // Each coder's column says whether the project holds their coding there (columns in the screen's order).
      const columns = await item.locator('.disagreement-coder-name').allTextContents();
      expect(columns).toHaveLength(2);
      for (const text of columns) {
        const who = text.includes(bo.name) ? bo.name : mine.name;
        expect(text.endsWith('not coded'), `${who} on “${d.text}”`).toBe(!coded.has(who));
      }
    }
    expect(await seriousA11yIssues(page)).toEqual([]);
    for (const [w, h] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await app.shot(`team-agreement-${w}x${h}-${scheme}`);
      }
    }
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Settle Bo's "Slow export" on "Reconciliation is worse" from the keyboard: accept Bo's coding.
    const target = items.filter({ hasText: 'Slow export' }).filter({ hasText: 'Reconciliation is worse' });
    await target.getByRole('button', { name: 'Accept Bo Li' }).focus();
    await page.keyboard.press('Enter');
    const toast = page.locator('.toast').filter({ hasText: 'Settled “Slow export”: accepted Bo Li.' });
    await toast.waitFor();
    const settled = await compute();
    expect(settled.disagreementsTotal).toBe(before.disagreementsTotal - 1);
    await expect.poll(() => items.count()).toBe(before.disagreements.length - 1);
    for (const tag of ['Slow export', null])
      await expect.poll(() => shownFigures(page, tag)).toEqual(expectedFigures(settled, tag));
    const key = `Slow export | ${TURNS[1]!.text}`;
    expect([...readTurnTags(minePath).get(key)!].sort()).toEqual([bo.name, mine.name].sort());

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => shownFigures(page, 'Slow export')).toEqual(expectedFigures(before, 'Slow export'));
    expect(await compute()).toEqual(before);
    expect([...readTurnTags(minePath).get(key)!]).toEqual([bo.name]);

    // At the character the screen shows the core's figures too.
    await page.getByRole('radio', { name: 'Character' }).check();
    const chars = await compute('char');
    for (const tag of [...chars.tags.map((t) => t.name), null])
      await expect.poll(() => shownFigures(page, tag)).toEqual(expectedFigures(chars, tag));
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});

/** "tag | turn text" -> the coders who coded that turn with that tag (quotes here lie in one turn). */
function readTurnTags(file: string): Map<string, Set<string>> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT t.name AS tag, s.text AS turn, c.name AS coder FROM codings k
           JOIN tags t ON t.id = k.tag_id JOIN quotes q ON q.id = k.quote_id
           JOIN transcript_segments s ON s.id = q.start_segment_id JOIN coders c ON c.id = k.coder_id`,
      )
      .all() as { tag: string; turn: string; coder: string }[];
    const out = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r.tag} | ${r.turn}`;
      if (!out.has(key)) out.set(key, new Set());
      out.get(key)!.add(r.coder);
    }
    return out;
  } finally {
    db.close();
  }
}

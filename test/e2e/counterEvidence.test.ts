/**
 * Counter-evidence in Chromium, as a researcher meets it: mark a tagged quote as saying the opposite
 * of its tag in the reader, and watch the roll-up, the evidence matrix and a persona drafted from the
 * evidence change by themselves — and change back when the mark is undone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor } from '../support/core';
import { buildPlantedStudy, type PlantedStudy } from '../support/plantedStudy';
import { openSection, seriousA11yIssues, startWebApp, type WebApp } from './webApp';

async function slowExportsMeta(page: Page): Promise<string> {
  const item = page
    .getByRole('list', { name: 'Pain points' })
    .getByRole('listitem')
    .filter({ has: page.locator('.ranked-name', { hasText: /^Slow exports$/ }) });
  return (await item.locator('.ranked-meta').textContent()) ?? '';
}

async function draftedScore(page: Page): Promise<{ score: number; text: string }> {
  const item = page.locator('.persona-doc').getByRole('listitem', { name: 'Slow exports', exact: true });
  await item.waitFor();
  const badge = (await item.locator('.confidence-badge').textContent()) ?? '';
  const match = /·\s*(-?[\d.]+)/.exec(badge);
  if (!match) throw new Error(`No score in "${badge}"`);
  return { score: Number(match[1]), text: (await item.textContent()) ?? '' };
}

describe('counter-evidence in Chromium', () => {
  let app: WebApp;
  let study: PlantedStudy;
  const core = () => callerFor(app.host.core);

  beforeAll(async () => {
    app = await startWebApp();
    study = await buildPlantedStudy(core());
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a contradicting coding moves the roll-up, the matrix and a drafted persona’s confidence, and undo moves them back', async () => {
    const { page } = app;
    await openSection(page, 'Synthesis');
    await expect.poll(() => slowExportsMeta(page)).toContain('8 of 12 participants');
    expect(await slowExportsMeta(page)).not.toContain('contradict');

    // Person 7 (Enterprise) said the export is slow; the researcher rereads it: they meant the opposite.
    const person7 = study.participants.find((p) => p.realName === 'Person 7')!;
    const { items } = await core().call('quotes.list', {
      tagIds: [study.tags['Slow exports'].id],
      participantIds: [person7.id],
    });
    expect(items).toHaveLength(1);
    const quote = items[0]!;
    await page.goto(`${app.host.bridge.url}/#/interviews/${quote.interviewId}?quote=${quote.id}`);
    const inspector = page.getByRole('complementary', { name: 'Quote details' });
    const toggle = inspector.getByRole('button', { name: 'Contradicts Slow exports' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await app.shot('quote-contradicts');
    expect(await seriousA11yIssues(page)).toEqual([]);

    // The roll-up: one fewer supporter, and the contradiction shown apart.
    await openSection(page, 'Synthesis');
    await expect.poll(() => slowExportsMeta(page)).toContain('7 of 12 participants');
    expect(await slowExportsMeta(page)).toContain('1 contradicts');
    // The matrix: Person 7's cell now says so, and the row's total counts seven people.
    const matrix = page.getByRole('table', { name: /Participants per tag/ });
    await matrix.scrollIntoViewIfNeeded();
    const against = matrix.getByRole('button', {
      name: `Slow exports, ${person7.realName} (${person7.pseudonym}): 1 contradicts`,
    });
    await against.waitFor();
    expect(
      await matrix.getByRole('button', { name: /^Slow exports, .+: 1 participant supports \(1 quote\)$/ }).count(),
    ).toBe(7);
    expect(
      await matrix
        .getByRole('button', { name: /^7−1 — Slow exports, all: 7 participants support \(7 quotes\); 1 contradicts$/ })
        .count(),
    ).toBe(1);
    await against.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await app.shot('matrix-contradicts');
    // Its quotes open on the contradicting side.
    await against.click();
    const drawer = page.getByRole('dialog', {
      name: new RegExp(`^Slow exports · ${person7.realName} \\(${person7.pseudonym}\\)`),
    });
    await drawer.getByText('1 quote saying the opposite').waitFor();
    expect(await drawer.getByRole('article').first().textContent()).toContain('The export from our ERP');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A persona of the Enterprise segment, drafted now, cites Person 7 against "Slow exports".
    const persona = await core().call('personas.create', {
      name: 'Enterprise controller',
      kind: 'buyer',
      membership: { segmentIds: [study.segments.enterprise] },
    });
    await page.goto(`${app.host.bridge.url}/#/personas/${persona.id}`);
    await page.getByRole('button', { name: 'Draft from evidence' }).click();
    const contradicted = await draftedScore(page);
    expect(contradicted.text).toContain('1 contradicts');
    await app.shot('persona-drafted-contradicted');

    // Undo the draft and the mark; drafting again cites only support, and confidence is higher.
    await page.keyboard.press('Control+z');
    await page
      .locator('.persona-doc')
      .getByRole('listitem', { name: 'Slow exports', exact: true })
      .waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await core().call('quotes.get', { id: quote.id })).codings[0]!.stance)
      .toBe('supports');
    await page.getByRole('button', { name: 'Draft from evidence' }).click();
    const supported = await draftedScore(page);
    expect(supported.text).not.toContain('contradicts');
    expect(supported.score).toBeGreaterThan(contradicted.score);

    await openSection(page, 'Synthesis');
    await expect.poll(() => slowExportsMeta(page)).toContain('8 of 12 participants');
    expect(await slowExportsMeta(page)).not.toContain('contradict');
  });
});

/**
 * Long lists stay light: on a study of 120 people, 90 tags and 480 quotes, the evidence matrix and the
 * quote library keep in the DOM only what is in view (and a little beyond), and scrolling to the far
 * end brings the far rows, columns and cards in — their data fetched as they come into view.
 */
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSection, startWebApp, type WebApp } from './webApp';

const PEOPLE = 120;
const TAGS = 90;
const QUOTES_EACH = 4;

/** The study straight into SQLite (the evidence triggers derive the rest), deterministic. */
function fill(db: Database.Database): void {
  let seed = 7;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  db.transaction(() => {
    const tag = db.prepare(
      "INSERT INTO tags (guid, name, kind, created_at, updated_at) VALUES (?, ?, 'pain_point', 0, 0)",
    );
    const tagIds = Array.from({ length: TAGS }, (_, i) =>
      Number(tag.run(`bt${i}`, `Big tag ${String(i).padStart(2, '0')}`).lastInsertRowid),
    );
    for (let i = 0; i < PEOPLE; i++) {
      const n = String(i).padStart(3, '0');
      const p = Number(
        db
          .prepare(
            "INSERT INTO participants (guid, pseudonym, consent, created_at, updated_at) VALUES (?, ?, 'written', 0, 0)",
          )
          .run(`bp${i}`, `Q${n}`).lastInsertRowid,
      );
      const iv = Number(
        db
          .prepare(
            "INSERT INTO interviews (guid, title, date, status, created_at, updated_at) VALUES (?, ?, ?, 'coded', 0, 0)",
          )
          .run(`bi${i}`, `Call ${n}`, Date.UTC(2026, 0, 1) + i * 86_400_000).lastInsertRowid,
      );
      db.prepare('INSERT INTO interview_participants VALUES (?, ?)').run(iv, p);
      const tr = Number(
        db
          .prepare("INSERT INTO transcripts (guid, interview_id, format, imported_at) VALUES (?, ?, 'text', 0)")
          .run(`btr${i}`, iv).lastInsertRowid,
      );
      const sp = Number(
        db
          .prepare(
            "INSERT INTO speakers (transcript_id, label, role, participant_id) VALUES (?, 'Them', 'participant', ?)",
          )
          .run(tr, p).lastInsertRowid,
      );
      const text = `Words said in call ${n}, about invoices and exports and the month end close.`;
      const seg = Number(
        db
          .prepare(
            'INSERT INTO transcript_segments (guid, transcript_id, seq, speaker_id, start_ms, text) VALUES (?, ?, 0, ?, 0, ?)',
          )
          .run(`bs${i}`, tr, sp, text).lastInsertRowid,
      );
      for (let k = 0; k < QUOTES_EACH; k++) {
        const q = Number(
          db
            .prepare(
              'INSERT INTO quotes (guid, interview_id, start_segment_id, start_offset, end_segment_id, end_offset, exact_text, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 10, ?, ?, 0)',
            )
            .run(`bq${i}-${k}`, iv, seg, seg, `Quote ${n}-${k}`, 1000 + i * 10 + k).lastInsertRowid,
        );
        for (let c = 0; c < 3; c++)
          db.prepare('INSERT OR IGNORE INTO codings (guid, quote_id, tag_id, created_at) VALUES (?, ?, ?, 0)').run(
            `bc${i}-${k}-${c}`,
            q,
            tagIds[Math.floor(r() * TAGS)],
          );
      }
    }
  })();
}

describe('long lists in Chromium', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
    fill(app.host.core.session.context().db);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the evidence matrix renders only the cells in view and fetches the far corner when scrolled there', async () => {
    const { page } = app;
    await openSection(page, 'Synthesis');
    const matrix = page.getByRole('table', { name: /Participants per tag/ });
    await matrix.locator('.matrix-button').first().waitFor();
    expect(Number(await matrix.getAttribute('aria-colcount'))).toBe(PEOPLE + 2);
    const rows = Number(await matrix.getAttribute('aria-rowcount')) - 1;
    expect(rows).toBeGreaterThan(80);
    const cells = await matrix.locator('td.matrix-cell').count();
    // The whole matrix is rows × 120 cells (over 9,600); what is in view is a small part of it.
    expect(cells).toBeGreaterThan(50);
    expect(cells).toBeLessThan(1500);
    await page.locator('.matrix-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      el.scrollLeft = el.scrollWidth;
    });
    await matrix.getByRole('columnheader', { name: `Q${String(PEOPLE - 1).padStart(3, '0')}` }).waitFor();
    // The far column's cells arrive (a person in the last column supports something in view, or not).
    await expect.poll(() => matrix.locator('td.matrix-pending').count(), { timeout: 10_000 }).toBe(0);
    expect(await matrix.locator('td.matrix-cell').count()).toBeLessThan(1500);
    expect(app.problems).toEqual([]);
  });

  it('the quote library holds a few screenfuls of cards and pages in the rest as it scrolls', async () => {
    const { page } = app;
    await openSection(page, 'Quotes');
    await page.locator('.quote-card').first().waitFor();
    await page.getByText(`${PEOPLE * QUOTES_EACH} quotes`, { exact: true }).waitFor();
    expect(await page.locator('.quote-card').count()).toBeLessThan(40);
    // Newest first: the oldest quote is the last card.
    // Newest first: the oldest quote is the last card. Scroll to the end until it shows (cards are
    // measured as they render, so the list's height settles as the reader scrolls).
    const last = page.getByText('“Quote 000-0”');
    await expect
      .poll(
        async () => {
          await page.locator('.quotes-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
          return last.count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await page.locator('.quote-card').count()).toBeLessThan(40);
    expect(app.problems).toEqual([]);
  });
});

describe('a long records list in Chromium', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
    fill(app.host.core.session.context().db);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the interviews list renders the rows in view, and the keyboard still reaches the last one', async () => {
    const { page } = app;
    await openSection(page, 'Interviews');
    const table = page.locator('table.entity-table');
    await table.locator('tbody tr[data-index]').first().waitFor();
    const rendered = await table.locator('tbody tr[data-index]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(PEOPLE);
    // Newest first: End goes to the oldest call, which is out of view until then.
    await table.locator('button.row-button[tabindex="0"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Call 000');
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Call ${String(PEOPLE - 1).padStart(3, '0')}`);
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(PEOPLE);
    expect(app.problems).toEqual([]);
  });
});

describe('long filter lists in Chromium', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
    fill(app.host.core.session.context().db);
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the library’s 120-interview filter builds its options when used, and filters by the one chosen', async () => {
    const { page } = app;
    await openSection(page, 'Quotes');
    await page.locator('.quote-card').first().waitFor();
    const filter = page.getByRole('group', { name: 'Filter quotes' }).getByLabel('Interview', { exact: true });
    expect(await filter.locator('option').count()).toBe(1);
    await filter.focus();
    await expect.poll(() => filter.locator('option').count()).toBe(PEOPLE + 1);
    await filter.selectOption({ label: 'Call 007' });
    await page.getByText(`${QUOTES_EACH} quotes`, { exact: true }).waitFor();
    expect(app.problems).toEqual([]);
  });
});

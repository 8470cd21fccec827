/**
 * Interview mode in Chromium against a web host running as its own process, so it can be killed:
 * a new user builds a five-question guide from the bank, runs interview mode, types notes with a
 * timestamp, makes and tags a quote from the notes, the host is SIGKILLed and restarted, and every
 * note and the quote are still there. A second test kills the host mid-typing and checks that at
 * most the last second was lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../support/browser';
import { tempDir } from '../support/core';
import { pageToken, sayWhoIsCoding, SCREENSHOTS, seriousA11yIssues } from './webApp';

interface Host {
  child: ChildProcess;
  url: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function startHost(dir: string, port: number): Promise<Host> {
  sayWhoIsCoding(path.join(dir, 'user-data'));
  const env = { ...process.env };
  delete env.GROUNDWORK_RENDERER_DIR;
  const child = spawn(
    'node_modules/.bin/tsx',
    [
      'electron/web/main.ts',
      '--project',
      path.join(dir, 'Study.groundwork'),
      '--user-data',
      path.join(dir, 'user-data'),
      '--port',
      String(port),
    ],
    // Its own process group: tsx runs the host in a child process, and SIGKILL must reach both.
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#launch=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${out}`)));
  });
}

function kill(host: Host): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    process.kill(-host.child.pid!, 'SIGKILL');
  });
}

async function rpc<T>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await page.request.post(`${new URL(page.url()).origin}/rpc/${method}`, {
    data: input,
    headers: { Authorization: `Bearer ${await pageToken(page)}` },
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
const noteIn = (page: Page, label: string) => page.getByRole('textbox', { name: label });

describe('interview mode in Chromium', () => {
  let dir: string;
  let port: number;
  let host: Host;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = tempDir('gw-live-');
    port = await freePort();
    host = await startHost(dir, port);
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await browser?.close();
    if (host) await kill(host);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function restart() {
    const before = await pageToken(page);
    await kill(host);
    host = await startHost(dir, port);
    await page.goto(host.url);
    await pageToken(page, before); // signed in to the new run
  }

  it('builds a guide from the bank, takes notes with a timestamp, quotes and tags them, and keeps it all through a kill', async () => {
    const interview = await rpc<{ id: number }>(page, 'interviews.create', { title: 'Call with Dana (Acme finance)' });

    // The bank: grouped by category, fuzzy filtered.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Question bank/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor();
    await expect.poll(() => page.locator('.question-row').count()).toBeGreaterThan(10);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await shot(page, 'interview-mode-bank');
    await page.getByRole('searchbox', { name: 'Filter questions' }).fill('tools opne');
    await expect.poll(() => page.locator('.question-row').first().textContent()).toMatch(/tools are open/);
    await page.getByRole('searchbox', { name: 'Filter questions' }).fill('');

    // A guide of five bank questions, one moved down with Alt+↓.
    await page.getByRole('link', { name: 'Interview guides' }).click();
    await page.getByRole('button', { name: 'New guide' }).first().click();
    await page.getByRole('dialog', { name: 'New interview guide' }).getByRole('textbox').fill('Finance discovery');
    await page.getByRole('button', { name: 'Create guide' }).click();
    await page.getByRole('button', { name: 'Add from the bank…' }).click();
    const picker = page.getByRole('dialog', { name: 'Add questions from the bank' });
    for (let i = 0; i < 5; i++) {
      await picker
        .getByRole('button', { name: /^Add: / })
        .first()
        .click();
      await expect.poll(() => picker.getByRole('button', { name: /^In the guide: / }).count()).toBe(i + 1);
    }
    await picker.getByRole('button', { name: 'Done', exact: true }).click();
    const items = page.locator('.guide-item');
    await expect.poll(() => items.count()).toBe(5);
    const firstText = await items.nth(0).locator('.guide-item-text').textContent();
    await items.nth(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => items.nth(1).locator('.guide-item-text').textContent()).toBe(firstText);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector('.guide-item-text')?.textContent))
      .toBe(firstText);
    expect(await seriousA11yIssues(page)).toEqual([]);
    await shot(page, 'interview-mode-guide-editor');
    const guideTexts = await items.locator('.guide-item-text').allTextContents();

    // Attach it to the interview and start interview mode from the inspector.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Interviews/ })
      .click();
    await page
      .getByRole('table', { name: 'Interviews' })
      .getByRole('button', { name: 'Call with Dana (Acme finance)' })
      .click();
    await page.getByRole('combobox', { name: 'Interview guide' }).selectOption({ label: 'Finance discovery' });
    await expect.poll(() => page.locator('.guide-field-tally').textContent()).toContain('5 not asked');
    await page.getByRole('link', { name: 'Start interview mode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Call with Dana (Acme finance)' }).waitFor();
    await expect.poll(() => page.locator('.live-question').count()).toBe(5);
    expect(await page.locator('.live-question-text').allTextContents()).toEqual(guideTexts);

    // Timer on; notes under questions 1 and 2, one with a timestamp; both marked asked.
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForTimeout(1200);
    await noteIn(page, 'Notes for question 1').click();
    await page.keyboard.type('Budget sits with the CFO. ');
    await page.keyboard.press('Control+Shift+Semicolon');
    await page.keyboard.type('They export CSVs weekly to reconcile');
    await noteIn(page, 'Notes for question 2').click();
    await page.keyboard.type('Month end takes two full days');
    await page.locator('.live-question').nth(0).getByRole('button', { name: 'Asked' }).click();
    await page.locator('.live-question').nth(1).getByRole('button', { name: 'Asked' }).click();
    const stamp = await page.locator('.note-timestamp').first().textContent();
    expect(stamp).toMatch(/^\[00:0[1-9]\]$/);

    // Quick capture by keyboard alone: select "CSVs weekly to reconcile" with Shift+←, Ctrl+Shift+K,
    // and the tag name typed next lands in the picker (focused), not in the note; Enter with no
    // matching tag creates it. The command palette (Ctrl+K) must not open on the way.
    const note1 = noteIn(page, 'Notes for question 1');
    // Select only once the notes are saved (a save landing mid-selection can move the caret), and
    // check the selection before using it: a key press lost by a busy CI machine would otherwise
    // quote one character too few.
    await page.getByRole('status').filter({ hasText: 'All notes saved' }).waitFor();
    const target = 'CSVs weekly to reconcile';
    for (let attempt = 0; attempt < 3; attempt++) {
      await note1.click();
      await page.keyboard.press('End');
      for (let i = 0; i < target.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      if ((await page.evaluate(() => window.getSelection()?.toString())) === target) break;
    }
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(target);
    const noteBefore = await note1.textContent();
    await page.keyboard.press('Control+Shift+K');
    const tagPicker = page.getByRole('dialog', { name: 'Tag the new quote' });
    await tagPicker.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role=dialog]')?.getAttribute('aria-label')))
      .toBe('Tag the new quote');
    expect(await page.getByRole('dialog', { name: 'Go to anything' }).count()).toBe(0);
    await page.keyboard.type('Manual workaround');
    await expect
      .poll(() => tagPicker.locator('.picker-hint').textContent())
      .toContain('Enter create “Manual workaround”');
    await page.keyboard.press('Enter');
    await tagPicker.waitFor({ state: 'detached' });
    expect(await note1.textContent()).toBe(noteBefore);
    expect(await page.getByRole('dialog', { name: 'Go to anything' }).count()).toBe(0);
    await expect.poll(() => page.locator('.note-quote-mark').allTextContents()).toEqual(['CSVs weekly to reconcile']);
    await page.getByRole('status').filter({ hasText: 'All notes saved' }).waitFor();
    await expect.poll(() => page.locator('[data-testid=coverage-tally]').textContent()).toContain('2 asked');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await shot(page, 'interview-mode');

    // Kill the host, restart it, sign in again and come back: everything is there.
    await restart();
    await page.goto(`http://127.0.0.1:${port}/#/interviews/${interview.id}/live`);
    await expect.poll(() => page.locator('.live-question').count()).toBe(5);
    await expect
      .poll(() => noteIn(page, 'Notes for question 1').textContent())
      .toBe(`Budget sits with the CFO. ${stamp} They export CSVs weekly to reconcile`);
    expect(await noteIn(page, 'Notes for question 2').textContent()).toBe('Month end takes two full days');
    expect(await page.locator('.note-quote-mark').allTextContents()).toEqual(['CSVs weekly to reconcile']);
    await expect.poll(() => page.locator('[data-testid=coverage-tally]').textContent()).toContain('2 asked');
    const quotes = await rpc<{ exactText: string; source: string; codings: unknown[] }[]>(page, 'quotes.forInterview', {
      interviewId: interview.id,
    });
    expect(quotes.map((q) => [q.exactText, q.source, q.codings.length])).toEqual([
      ['CSVs weekly to reconcile', 'note', 1],
    ]);
    await shot(page, 'interview-mode-after-restart');

    // The study coverage view counts the two asked questions.
    await page.goto(`http://127.0.0.1:${port}/#/questions/coverage`);
    await page.locator('.coverage-table').waitFor();
    const asked = await page.locator('.coverage-table tbody tr td:nth-child(2)').allTextContents();
    expect(asked.filter((n) => n === '1').length).toBe(2);
    expect(await page.locator('.section-none').count()).toBeGreaterThan(0);
    await shot(page, 'interview-mode-study-coverage');
    expect(problems).toEqual([]);
  });

  it('loses at most the last second of continuous typing when the host is killed', async () => {
    const interview = await rpc<{ id: number }>(page, 'interviews.create', { title: 'Kill test' });
    await page.goto(`http://127.0.0.1:${port}/#/interviews/${interview.id}/live`);
    const general = noteIn(page, 'General notes');
    await general.click();
    const typed: { at: number; text: string }[] = [];
    let all = '';
    const started = Date.now();
    for (let i = 0; Date.now() - started < 4000; i++) {
      const chunk = `w${String(i).padStart(4, '0')} `;
      await page.keyboard.type(chunk);
      all += chunk;
      typed.push({ at: Date.now(), text: all });
    }
    const killedAt = Date.now();
    await kill(host);
    const before = await pageToken(page);
    host = await startHost(dir, port);
    await page.goto(host.url);
    await pageToken(page, before);
    const notes = await rpc<{ guideItemId: number | null; plainText: string }[]>(page, 'notes.forInterview', {
      interviewId: interview.id,
    });
    const saved = notes.find((n) => n.guideItemId === null)?.plainText ?? '';
    const mustHave = [...typed].reverse().find((t) => t.at <= killedAt - 1000)?.text ?? '';
    expect(mustHave.length).toBeGreaterThan(20);
    expect(all.startsWith(saved)).toBe(true);
    expect(saved.length).toBeGreaterThanOrEqual(mustHave.length);
  });
});

/** e2e fixture: the web host on a fresh temp project and a Chromium page signed in through the launch URL. */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { USER_CODER_FILE } from '../../electron/core/project/userCoder';
import { startWebHost, type WebHost } from '../../electron/web/host';
import type { CoderIdentity } from '../../shared/domain/coder';
import { launchBrowser, newContext } from '../support/browser';
import { tempDir } from '../support/core';

export const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface WebApp {
  host: WebHost;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  dir: string;
  /** Console errors and CSP violations seen so far. */
  problems: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Who the other e2e tests code as: a user who already said, so "Who is coding?" does not ask them. */
export const TEST_CODER: CoderIdentity = {
  guid: 'e2e-coder',
  name: 'Test Researcher',
  initials: 'TR',
  colour: '#1864ab',
};

/** Writes the user's "who is coding" setting into a user-data folder, as the first-use dialog would. */
export function sayWhoIsCoding(userDataDir: string, coder: CoderIdentity = TEST_CODER): void {
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, USER_CODER_FILE), JSON.stringify(coder));
}

export async function startWebApp(
  opts: { colorScheme?: 'light' | 'dark'; coder?: CoderIdentity | null } = {},
): Promise<WebApp> {
  const dir = tempDir('gw-e2e-');
  const coder = opts.coder === undefined ? TEST_CODER : opts.coder;
  if (coder) sayWhoIsCoding(path.join(dir, 'user-data'), coder);
  const host = await startWebHost({
    userDataDir: path.join(dir, 'user-data'),
    projectPath: path.join(dir, 'Pricing study.groundwork'),
    port: 0,
  });
  const browser = await launchBrowser();
  const context = await newContext(browser, opts);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(host.bridge.launchUrl);
  // The launch code is one-time and leaves the address bar before it is traded: a reload before the
  // token is stored (tests reload right after seeding data) would leave the tab signed out.
  await page.waitForFunction(() => sessionStorage.getItem('groundwork.session') !== null);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    host,
    browser,
    context,
    page,
    dir,
    problems,
    shot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    },
    close: async () => {
      await browser.close();
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serious and critical axe findings on the page as it is now, as readable lines. */
export async function seriousA11yIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Goes to a section the way a keyboard user would: focus its sidebar link and press Enter. */
export async function openSection(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/**
 * The session token the page signed in with (it keeps it in sessionStorage, never in a cookie),
 * waiting until it has one — and, given `not`, until it differs from that one (a new run's link).
 */
export async function pageToken(page: Page, not?: string): Promise<string> {
  const handle = await page.waitForFunction((old) => {
    const raw = sessionStorage.getItem('groundwork.session');
    const token = raw ? (JSON.parse(raw) as { token?: string }).token : undefined;
    return token && token !== old ? token : null;
  }, not ?? null);
  return (await handle.jsonValue()) as string;
}

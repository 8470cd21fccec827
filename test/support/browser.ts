/** Debian's Chromium driven by playwright-core, for e2e tests against the web host. Never downloads a browser. */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH if set, else /usr/bin/chromium; null when that file is missing. */
export function chromiumPath(): string | null {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return fs.existsSync(candidate) ? candidate : null;
}

export function missingChromiumMessage(): string {
  const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return (
    `No Chromium at ${wanted}. Install it (Debian: apt-get install -y --no-install-recommends chromium) ` +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary. Do not run `npx playwright install`.'
  );
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(missingChromiumMessage());
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (axe needs pages from browser.newContext()), sized like a laptop window. */
export async function newContext(
  browser: Browser,
  opts: { colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1360, height: 860 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
}

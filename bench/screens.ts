/**
 * Every main screen in Chromium against the web host, on a copy of the standard corpus, served from a
 * production build that this run makes itself. For each screen: the time from choosing it in the
 * running app (a route change, what the sidebar does) to its meaningful paint — its content in the DOM,
 * nothing left loading, a frame painted — the same from a cold page load, the largest long task while
 * it opened, and the number of DOM elements once it has painted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startWebHost } from '../electron/web/host';
import { launchBrowser, newContext } from '../test/support/browser';
import { productionRenderer } from './renderer';
import { standardCorpus } from './standardCorpus';
import { median, type BenchResult, benchUserData } from './util';

interface Screen {
  name: string;
  hash: string;
  /** Present once the screen shows its content. */
  selector: string;
}

/** Long tasks from the page's start, kept where a measurement can read them. */
const LONG_TASKS = `
  window.__gwLong = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__gwLong.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });`;

/** In the page: true once `selector` is there and nothing on the screen is still loading. */
const READY = `(selector) => {
  const main = document.querySelector('main');
  return !!main && !!document.querySelector(selector) && !main.querySelector('.loading, [aria-busy="true"]');
}`;

/** The same, as a function Playwright can call in the page (the app's CSP forbids evaluating strings). */
function ready(selector: string): boolean {
  const main = document.querySelector('main');
  return !!main && !!document.querySelector(selector) && !main.querySelector('.loading, [aria-busy="true"]');
}

/** Runs in the page: change the route, resolve a frame after the screen is ready. */
const CHOOSE = `([hash, selector]) => new Promise((resolve) => {
  const ready = ${READY};
  const t0 = performance.now();
  const done = () => requestAnimationFrame(() => setTimeout(() => {
    const ms = performance.now() - t0;
    // Let the tasks the paint started finish, then read the largest long task since the route change.
    setTimeout(() => resolve({
      ms,
      longest: Math.max(0, ...window.__gwLong.filter(([s]) => s >= t0).map(([, d]) => d)),
      dom: document.getElementsByTagName('*').length,
    }), 400);
  }, 0));
  const observer = new MutationObserver(() => { if (ready(selector)) { observer.disconnect(); done(); } });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  location.hash = hash;
})`;

type Sample = { ms: number; longest: number; dom: number };

async function settle(page: Page, hash: string, selector: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.waitForFunction(ready, selector, { timeout: 120_000, polling: 50 });
}

export async function benchScreens(runs = 5): Promise<BenchResult[]> {
  const staticDir = await productionRenderer();
  const source = await standardCorpus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-screens-'));
  const file = path.join(dir, 'Standard corpus.groundwork');
  fs.copyFileSync(source, file);
  const host = await startWebHost({ userDataDir: benchUserData(dir), projectPath: file, port: 0, staticDir });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await host.core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  const db = host.core.session.context().db;
  const interviewId = db.prepare('SELECT id FROM interviews ORDER BY id LIMIT 1').pluck().get() as number;
  const members = db.prepare('SELECT id FROM participants ORDER BY id LIMIT 60').pluck().all() as number[];
  const persona = await call<{ id: number }>('personas.create', {
    name: 'Finance lead',
    membership: { participantIds: members },
  });
  await call('personas.draft', { id: persona.id });
  const screens: Screen[] = [
    { name: 'interviews', hash: '#/interviews', selector: 'table.entity-table tbody tr' },
    { name: 'reader (a 700-turn interview)', hash: `#/interviews/${interviewId}`, selector: '[data-turn-text]' },
    { name: 'quotes', hash: '#/quotes', selector: '.quote-card' },
    { name: 'synthesis', hash: '#/synthesis', selector: '.matrix-button' },
    { name: 'persona', hash: `#/personas/${persona.id}`, selector: '.persona-section' },
    { name: 'ICP', hash: '#/icp', selector: '.icp-tabs' },
    { name: 'search', hash: '#/search', selector: '.search-input' },
    { name: 'codebook', hash: '#/codebook', selector: '.tag-row' },
  ];
  const browser = await launchBrowser();
  const results: BenchResult[] = [];
  try {
    const context = await newContext(browser);
    await context.addInitScript({ content: LONG_TASKS });
    const page = await context.newPage();
    await page.goto(host.bridge.launchUrl);
    const origin = new URL(page.url()).origin;
    const neutral = { hash: '#/companies', selector: 'table.entity-table tbody tr' };
    await settle(page, neutral.hash, neutral.selector);
    const chosen = new Map<string, Sample[]>();
    // Runs interleave the screens, so a burst of load from elsewhere spreads over all of them.
    for (let run = 0; run < runs + 1; run++) {
      for (const s of screens) {
        await settle(page, neutral.hash, neutral.selector);
        const sample = (await page.evaluate(`(${CHOOSE})(${JSON.stringify([s.hash, s.selector])})`)) as Sample;
        if (run > 0) chosen.set(s.name, [...(chosen.get(s.name) ?? []), sample]); // run 0 warms caches
        // GW_BENCH_SHOTS=folder keeps a screenshot of each screen, to see what was measured.
        const shots = process.env['GW_BENCH_SHOTS'];
        if (shots && run === 1) await page.screenshot({ path: path.join(shots, `${s.name.replace(/\W+/g, '-')}.png`) });
      }
    }
    // Cold: the tab loads the app afresh straight on the screen (a new document: no JS heap, no query
    // cache; the HTTP cache off), keeping only its signed-in session, as the app's window keeps its own.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const cold = new Map<string, number[]>();
    for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
      for (const s of screens) {
        const p = page;
        await p.goto(`${origin}/?cold=${run}-${encodeURIComponent(s.name)}${s.hash}`, { waitUntil: 'commit' });
        await p.waitForFunction(ready, s.selector, { timeout: 60_000, polling: 'raf' }).catch(async (err: unknown) => {
          const shot = path.join(os.tmpdir(), `gw-bench-cold-${s.name.replace(/\W+/g, '-')}.png`);
          await p.screenshot({ path: shot });
          throw new Error(`${s.name} never became ready on a cold load (screenshot: ${shot}): ${String(err)}`);
        });
        const ms = await p.evaluate(
          () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
        );
        cold.set(s.name, [...(cold.get(s.name) ?? []), ms]);
      }
    }
    for (const s of screens) {
      const samples = chosen.get(s.name)!;
      const longest = Math.max(...samples.map((x) => x.longest));
      const dom = Math.max(...samples.map((x) => x.dom));
      results.push({
        name: `screen: ${s.name}, chosen in the app → meaningful paint`,
        value: median(samples.map((x) => x.ms)),
        unit: 'ms',
        target: 200,
        detail: `median of ${runs}; largest long task ${longest.toFixed(0)} ms; ${dom} DOM elements`,
      });
      results.push({
        name: `screen: ${s.name}, cold page load → meaningful paint`,
        value: median(cold.get(s.name)!),
        unit: 'ms',
        target: 1000,
        detail: `median of ${cold.get(s.name)!.length}; a fresh document each, HTTP cache off`,
      });
    }
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

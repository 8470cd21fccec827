/**
 * Opening a 2-hour transcript (1,800 turns) in the interview workspace, in Chromium against the web
 * host: from the route change to the first turns painted (a frame after they are in the DOM).
 * Each run reloads the page first, so the transcript is fetched and parsed every time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startWebHost } from '../electron/web/host';
import { productionRenderer } from './renderer';
import { twoHourVtt } from './corpus';
import { median, percentile, type BenchResult, benchUserData } from './util';

async function call<T>(host: Awaited<ReturnType<typeof startWebHost>>, method: string, input: unknown): Promise<T> {
  const envelope = await host.core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

interface Staged {
  stagingId: string;
  speakers: { label: string | null; suggestion: { role: string; participantId: number | null } }[];
}

/** Runs in the page: change the route, resolve when the first turn is in the DOM and a frame has been painted. */
const MEASURE = (interviewId: number) => `new Promise((resolve) => {
  const t0 = performance.now();
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-turn-text]')) { observer.disconnect(); done(); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  location.hash = '#/interviews/${interviewId}';
})`;

/** The same 1,800 cues with speakers alternating on every cue, so no cues merge: 1,800 turns. */
function everyCueATurn(vtt: string): string {
  let n = 0;
  return vtt.replace(/<v [^>]+>/g, () => (n++ % 2 === 0 ? '<v Chen, Maya>' : '<v Okafor, Tom>'));
}

export async function benchReaderPaint(runs = 10): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [vtt, label] of [
    [twoHourVtt(7), 'as imported'],
    [everyCueATurn(twoHourVtt(7)), 'one turn per cue'],
  ] as const) {
    results.push(await measure(vtt, label, runs));
  }
  return results;
}

async function measure(vtt: string, label: string, runs: number): Promise<BenchResult> {
  const staticDir = await productionRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-reader-'));
  const host = await startWebHost({
    userDataDir: benchUserData(dir),
    projectPath: path.join(dir, 'bench.groundwork'),
    port: 0,
    staticDir,
  });
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const staged = await call<Staged>(host, 'imports.stageFile', {
      fileName: 'two-hours.vtt',
      dataBase64: Buffer.from(vtt).toString('base64'),
    });
    const speakers = staged.speakers.map((s) => ({
      label: s.label,
      role: s.suggestion.role,
      participantId: s.suggestion.participantId,
      createParticipant: s.suggestion.role === 'participant' && s.suggestion.participantId === null && s.label !== null,
    }));
    const { interviewId, turnCount } = await call<{ interviewId: number; turnCount: number }>(host, 'imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: 'Two hours' },
      speakers,
    });
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await page.goto(host.bridge.launchUrl);
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      await page.goto(`${host.bridge.url}/#/interviews`);
      await page.waitForSelector('table.entity-table');
      const ms = (await page.evaluate(MEASURE(interviewId))) as number;
      const rendered = await page.locator('[data-turn-text]').count();
      if (rendered === 0 || rendered > 200)
        throw new Error(`expected a virtualised first screen, saw ${rendered} turns`);
      if (i >= 2) samples.push(ms); // the first runs warm the caches and the JIT
    }
    return {
      name: `open a 2-hour transcript (1,800 cues, ${turnCount} turns, ${label}) to first paint, Chromium`,
      value: median(samples),
      unit: 'ms',
      target: 300,
      detail: `median of ${runs}, p90 ${percentile(samples, 90).toFixed(0)} ms; route change → first turns painted, fresh page each run`,
    };
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

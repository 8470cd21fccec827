/**
 * Keystroke-to-paint in interview-mode notes: a general note of 2,000 paragraphs open in Chromium
 * (web host, real autosave), a key pressed every 40 ms at the end of the note; each sample runs from
 * the keydown's timestamp to the first frame after it (requestAnimationFrame, then a task).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { startWebHost } from '../electron/web/host';
import { serialiseNote } from '../renderer/src/editor/envelope';
import { NOTE_NODES } from '../renderer/src/editor/nodes';
import { $createTimestampNode } from '../renderer/src/editor/TimestampNode';
import { launchBrowser, newContext } from '../test/support/browser';
import { productionRenderer } from './renderer';
import { percentile, type BenchResult, benchUserData } from './util';

const PARAGRAPHS = 2000;
const KEYS = 300;

function bigNote(): { doc: string; plainText: string } {
  const editor = createHeadlessEditor({
    nodes: [...NOTE_NODES],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const root = $getRoot().clear();
      for (let i = 0; i < PARAGRAPHS; i++) {
        const p = $createParagraphNode();
        if (i % 10 === 0) p.append($createTimestampNode(i * 7000), $createTextNode(' '));
        p.append(
          $createTextNode(
            `Paragraph ${i + 1}: they reconcile carrier invoices by hand at month end and export to a spreadsheet.`,
          ),
        );
        root.append(p);
      }
    },
    { discrete: true },
  );
  return serialiseNote(editor.getEditorState());
}

export async function benchNotesTyping(): Promise<BenchResult[]> {
  const staticDir = await productionRenderer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-notes-'));
  const host = await startWebHost({
    userDataDir: benchUserData(dir),
    projectPath: path.join(dir, 'Notes.groundwork'),
    port: 0,
    staticDir,
  });
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    await page.goto(host.bridge.launchUrl);
    const origin = new URL(page.url()).origin;
    // Setup goes straight to the host's core: the page's session token lives in the page.
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await host.core.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    const interview = await call<{ id: number }>('interviews.create', { title: 'Bench interview' });
    await call('notes.save', { interviewId: interview.id, guideItemId: null, baseRevision: null, ...bigNote() });
    await page.goto(`${origin}/#/interviews/${interview.id}/live`);
    const note = page.getByRole('textbox', { name: 'General notes' });
    await page.waitForFunction(
      (n) => (document.querySelector('[aria-label="General notes"]')?.childElementCount ?? 0) >= n,
      PARAGRAPHS,
    );
    await note.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const w = window as unknown as { __samples: number[] };
      w.__samples = [];
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => w.__samples.push(performance.now() - start), 0));
        },
        true,
      );
    });
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 12 === 11 ? 'Space' : 'KeyE');
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(500);
    const samples = (await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples)).slice(20);
    const text = await note.textContent();
    if (!text?.includes('eeee')) throw new Error('the keystrokes did not reach the note');
    return [
      {
        name: `notes: keystroke to paint, ${PARAGRAPHS.toLocaleString('en')} paragraphs (p95)`,
        value: percentile(samples, 95),
        unit: 'ms',
        target: 50,
        detail: `median ${percentile(samples, 50).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms over ${samples.length} keys, Chromium headless, autosave on`,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

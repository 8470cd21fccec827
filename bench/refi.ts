/**
 * REFI-QDA on the standard corpus (500 interviews, 350k turns, 50k quotes, 100k codings): export
 * the project as .qdpx (XML + zip), import it into an empty project (unzip, parse, anchor every
 * selection, commit in one transaction), and the floor both stand on: fast-xml-parser reading the
 * project XML alone, in the order-preserving mode the importer uses.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { ProjectSession } from '../electron/core/project/session';
import { standaloneSession } from '../electron/core/project/standalone';
import { exportRefi } from '../electron/core/services/refi/exporter';
import { commitStagedRefi, RefiStaging, stageRefiFile } from '../electron/core/services/refi/importer';
import { standardCorpus } from './standardCorpus';
import type { BenchResult } from './util';

function session(): ProjectSession {
  return standaloneSession();
}

export async function benchRefi(): Promise<BenchResult[]> {
  const source = await standardCorpus();
  const from = session();
  await from.openReadOnly(source);
  let t = performance.now();
  const exported = await exportRefi(from.context(), { kind: 'qdpx' }, 'Standard corpus');
  const exportMs = performance.now() - t;
  from.close();

  const zip = await JSZip.loadAsync(exported.bytes);
  const qde = await zip.file('project.qde')!.async('string');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
  });
  t = performance.now();
  parser.parse(qde);
  const parseMs = performance.now() - t;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-refi-bench-'));
  const to = session();
  await to.create(path.join(dir, 'imported.groundwork'), 'Imported', false);
  const ctx = to.context();
  const staging = new RefiStaging(() => Date.now(), randomUUID);
  t = performance.now();
  const preview = await stageRefiFile(ctx, staging, 'standard.qdpx', exported.bytes);
  const stageMs = performance.now() - t;
  t = performance.now();
  const result = commitStagedRefi(ctx, staging, preview.stagingId);
  const commitMs = performance.now() - t;
  to.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return [
    {
      name: 'refi: parse project.qde alone (floor)',
      value: parseMs / 1000,
      unit: 's',
      target: Infinity,
      detail: `${mb(Buffer.byteLength(qde))} XML`,
    },
    {
      name: 'refi: export .qdpx',
      value: exportMs / 1000,
      unit: 's',
      target: 15,
      detail: `${mb(exported.bytes.length)} zip, ${preview.counts.selections} selections`,
    },
    {
      name: 'refi: import, preview (unzip, parse, anchor)',
      value: stageMs / 1000,
      unit: 's',
      target: 20,
      detail: `${preview.counts.sources} sources`,
    },
    {
      name: 'refi: import, commit (one transaction)',
      value: commitMs / 1000,
      unit: 's',
      target: 60,
      detail: `${result.quotesCreated} quotes, ${result.codingsCreated} codings`,
    },
  ];
}

/**
 * agreement.compute runs in the document worker in the app and the web host (its own read-only
 * connection), so 1.5–2.3 s of a large study's computation leaves the answering thread free. Through
 * a real worker: the same report as computing on the project's file here, at both units and for a
 * scope; a write the core has just answered is already counted; a refusal comes back as the same
 * AppError.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeAgreement } from '../../electron/core/services/agreement/compute';
import type { AgreementScope } from '../../shared/domain/agreementReport';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';
import { importTurns, turnSpan } from '../support/study';

const WORKER = { file: path.resolve('electron/core/services/export/renderWorker.dev.mjs') };
const ADA = { name: 'Ada Lovelace', initials: 'AL', colour: '#1864ab' };
const BO = { name: 'Bo Li', initials: 'BL', colour: '#c2255c' };

let t: TestCore;
let tom: Transcript;
let ana: Transcript;
let coderIds: number[];
let slow: number;

const span = turnSpan;

/** The report computed here, on the project's file, not through the core. */
function here(scope: AgreementScope) {
  const db = new Database(t.projectPath, { readonly: true });
  try {
    return computeAgreement(db, scope);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  t = await makeCore({ core: { exportWorker: WORKER } });
  tom = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse 🙃.' },
    { speaker: 'Maya', text: 'Why is that?' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
  ana = await importTurns(t, 'Call with Ana', [
    { speaker: 'Ana', text: 'Our export is slow too.' },
    { speaker: 'Maya', text: 'How slow?' },
  ]);
  slow = (await t.call('tags.create', { name: 'Slow export', kind: 'pain_point' })).id;
  const quality = (await t.call('tags.create', { name: 'Data quality', kind: 'pain_point' })).id;
  const ada = (await t.call('coders.identify', ADA)).coder!.id;
  await t.call('quotes.create', { ...span(tom, 1, 'the export', 'four hours'), tagIds: [slow] });
  await t.call('quotes.create', { ...span(tom, 3, 'the ERP', 'accents'), tagIds: [slow, quality] });
  await t.call('quotes.create', { ...span(ana, 0, 'Our export', 'slow'), tagIds: [slow] });
  const bo = (await t.call('coders.identify', BO)).coder!.id;
  await t.call('quotes.create', { ...span(tom, 1, 'export takes', 'worse'), tagIds: [slow] });
  await t.call('quotes.create', { ...span(tom, 3, 'drops', 'accents'), tagIds: [quality] });
  coderIds = [ada, bo];
});
afterEach(() => t.close());

describe('agreement in the document worker', () => {
  it('gives the report computed on the file, at both units and for a scope', async () => {
    for (const scope of [
      { coderIds, unit: 'turn' },
      { coderIds, unit: 'char' },
      { coderIds, unit: 'char', interviewIds: [tom.interviewId], tagIds: [slow] },
    ] as AgreementScope[]) {
      const report = await t.call('agreement.compute', scope);
      expect(report).toEqual(here(scope));
      expect(report.tags.length).toBeGreaterThan(0);
      expect(report.disagreementsTotal).toBeGreaterThan(0);
    }
  });

  it('counts a coding the core has just answered for', async () => {
    const before = await t.call('agreement.compute', { coderIds, unit: 'turn' });
    // Bo now agrees with Ada on Ana's interview too.
    await t.call('quotes.create', { ...span(ana, 0, 'Our export', 'slow'), tagIds: [slow] });
    const after = await t.call('agreement.compute', { coderIds, unit: 'turn' });
    expect(after).not.toEqual(before);
    expect(after).toEqual(here({ coderIds, unit: 'turn' }));
    expect(after.interviews.find((i) => i.id === ana.interviewId)!.coderIds.sort()).toEqual([...coderIds].sort());
  });

  it('refuses a coder the project does not list, as inline does, and keeps working', async () => {
    await expect(t.call('agreement.compute', { coderIds: [coderIds[0]!, 999], unit: 'turn' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('One of the chosen coders is not in this project.'),
    });
    expect((await t.call('agreement.compute', { coderIds, unit: 'turn' })).coders).toHaveLength(2);
  });
});

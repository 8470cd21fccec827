/**
 * The materialised evidence table (migration 0004) must equal its rule, the view evidence_source,
 * after every kind of change the rule depends on — made through the services where one exists, and
 * straight in SQL for the triggers no service reaches yet. Also: the roll-up read from it gives the
 * planted study's known counts (upgrades are in migrations.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../support/core';
import { buildPlantedStudy, PLANTED, type PlantedStudy } from '../support/plantedStudy';

let t: TestCore;
let study: PlantedStudy;
const db = () => t.core.session.context().db;

function expectInStep(): void {
  const materialised = db().prepare('SELECT * FROM evidence ORDER BY coding_id').all();
  expect(materialised).toEqual(db().prepare('SELECT * FROM evidence_source ORDER BY coding_id').all());
}
const evidenceCount = () => (db().prepare('SELECT count(*) AS n FROM evidence').get() as { n: number }).n;

beforeEach(async () => {
  t = await makeCore();
  study = await buildPlantedStudy(t);
});
afterEach(() => t.close());

describe('evidence table', () => {
  it('holds exactly the counting codings of the planted study (interviewer echoes excluded)', () => {
    expectInStep();
    const expected = Object.values(PLANTED).reduce((n, p) => n + p.who.length, 0);
    expect(evidenceCount()).toBe(expected);
    const codings = (db().prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n;
    expect(codings).toBe(expected * 2); // every planted sentence is also quoted from the interviewer
  });

  it('follows consent, segment and company changes of a participant', async () => {
    const p = study.participants[0]!;
    const before = evidenceCount();
    await t.call('participants.update', { id: p.id, patch: { consent: 'withdrawn' } });
    expectInStep();
    expect(evidenceCount()).toBeLessThan(before);
    await t.call('participants.update', { id: p.id, patch: { consent: 'written' } });
    expectInStep();
    expect(evidenceCount()).toBe(before);
    await t.call('participants.update', { id: p.id, patch: { segmentId: null } });
    expectInStep();
    expect(
      (
        db()
          .prepare('SELECT count(*) AS n FROM evidence WHERE participant_id = ? AND segment_id IS NOT NULL')
          .get(p.id) as { n: number }
      ).n,
    ).toBe(0);
    const company = await t.call('companies.create', { name: 'Acme Ledger' });
    await t.call('participants.update', { id: p.id, patch: { companyId: company.id } });
    expectInStep();
  });

  it('follows a deleted segment (participants fall back to no segment)', async () => {
    await t.call('segments.delete', { id: study.segments.enterprise });
    expectInStep();
    expect(
      (
        db()
          .prepare('SELECT count(*) AS n FROM evidence WHERE segment_id IS NOT NULL AND segment_id <> ?')
          .get(study.segments.midMarket) as { n: number }
      ).n,
    ).toBe(0);
  });

  it('follows interview date, cancellation and deletion', async () => {
    const id = study.interviewIds[0]!;
    await t.call('interviews.update', { id, patch: { date: Date.UTC(2025, 5, 1) } });
    expectInStep();
    await t.call('interviews.update', { id, patch: { status: 'cancelled' } });
    expectInStep();
    expect((db().prepare('SELECT count(*) AS n FROM evidence WHERE interview_id = ?').get(id) as { n: number }).n).toBe(
      0,
    );
    await t.call('interviews.update', { id, patch: { status: 'coded' } });
    expectInStep();
    await t.call('interviews.delete', { id: study.interviewIds[1]! });
    expectInStep();
  });

  it('follows coding, starring, tag kind changes, merges, deletes, and their undo', async () => {
    const quotes = await t.call('quotes.forInterview', { interviewId: study.interviewIds[2]! });
    const q = quotes.find((x) => x.codings.length > 0)!;
    await t.call('codings.apply', { quoteId: q.id, tagId: study.tags['Vendor lock-in'].id, intensity: 5 });
    expectInStep();
    expect(
      new Set(
        (db().prepare('SELECT ncodings FROM evidence WHERE quote_id = ?').all(q.id) as { ncodings: number }[]).map(
          (r) => r.ncodings,
        ),
      ),
    ).toEqual(new Set([q.codings.length + 1]));
    await t.call('quotes.update', { id: q.id, patch: { starred: true } });
    expectInStep();
    await t.call('tags.update', { id: study.tags['Vendor lock-in'].id, patch: { kind: 'objection' } });
    expectInStep();
    await t.call('tags.merge', {
      sourceId: study.tags['Slow exports'].id,
      targetId: study.tags['Manual reconciliation'].id,
    });
    expectInStep();
    await t.call('history.undo');
    expectInStep();
    await t.call('history.redo');
    expectInStep();
    await t.call('quotes.delete', { id: q.id });
    expectInStep();
    await t.call('history.undo');
    expectInStep();
  });

  it('follows speaker mapping: a speaker turned interviewer stops counting, and back', () => {
    const speaker = db()
      .prepare('SELECT id FROM speakers WHERE counts_as_evidence = 1 AND participant_id IS NOT NULL LIMIT 1')
      .get() as { id: number };
    const before = evidenceCount();
    db().prepare("UPDATE speakers SET counts_as_evidence = 0, role = 'interviewer' WHERE id = ?").run(speaker.id);
    expectInStep();
    expect(evidenceCount()).toBeLessThan(before);
    db().prepare("UPDATE speakers SET counts_as_evidence = 1, role = 'participant' WHERE id = ?").run(speaker.id);
    expectInStep();
    expect(evidenceCount()).toBe(before);
    db().prepare('UPDATE speakers SET participant_id = ? WHERE id = ?').run(study.participants[5]!.id, speaker.id);
    expectInStep();
  });

  it('feeds the roll-up the planted counts', async () => {
    const r = await t.call('synthesis.rollup', { filters: {} });
    for (const [name, p] of Object.entries(PLANTED)) {
      const row = r.tags.find((x) => x.name === name)!;
      expect(row.participants, name).toBe(p.who.length);
      expect(row.quotes, name).toBe(p.who.length);
      expect(row.representativeQuoteIds).toHaveLength(Math.min(3, p.who.length));
    }
  });
});

/**
 * The bulk path of the evidence table (repos/evidenceDeferral.ts), on the planted study: codings
 * added, changed and deleted with the per-row triggers set aside leave the evidence exactly as the
 * rule derives it, the triggers come back as they were, and a failure changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { step, undoable } from '../../electron/core/history/undo';
import { withDeferredEvidence } from '../../electron/core/repos/evidenceDeferral';
import { makeCore, type TestCore } from '../support/core';
import { buildPlantedStudy } from '../support/plantedStudy';

let t: TestCore;
const db = () => t.core.session.context().db;
const evidence = () => db().prepare('SELECT * FROM evidence ORDER BY coding_id').all();
const derived = () => db().prepare('SELECT * FROM evidence_source ORDER BY coding_id').all();
const triggers = () => db().prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
const ids = (sql: string) => db().prepare(sql).pluck().all() as number[];

beforeEach(async () => {
  t = await makeCore();
  await buildPlantedStudy(t);
});
afterEach(() => t.close());

describe('withDeferredEvidence', () => {
  it('re-derives the evidence of every quote a coding change touched, and puts the triggers back', () => {
    const quotes = ids('SELECT DISTINCT quote_id FROM evidence ORDER BY quote_id');
    const tags = ids('SELECT id FROM tags ORDER BY id');
    expect(quotes.length).toBeGreaterThan(4);
    const before = triggers();
    const has = db().prepare('SELECT 1 FROM codings WHERE quote_id = ? AND tag_id = ?');
    const ins = db().prepare('INSERT INTO codings (guid, quote_id, tag_id, created_at) VALUES (?, ?, ?, 1)');
    db().transaction(() =>
      withDeferredEvidence(db(), () => {
        for (const [i, q] of quotes.entries()) {
          const tag = tags.find((_, k) => k >= i % tags.length && !has.get(q, tags[k]))!;
          ins.run(`bulk-${i}`, q, tag);
        }
        db().prepare("DELETE FROM codings WHERE quote_id = ? AND guid NOT LIKE 'bulk-%'").run(quotes[0]);
        db().prepare("UPDATE codings SET stance = 'contradicts' WHERE quote_id = ?").run(quotes[1]);
        db().prepare('UPDATE codings SET quote_id = ? WHERE guid = ?').run(quotes[3], 'bulk-2');
      }),
    )();
    expect(evidence()).toEqual(derived());
    expect(
      ids("SELECT coding_id FROM evidence e JOIN codings c ON c.id = e.coding_id WHERE c.guid LIKE 'bulk-%'").length,
    ).toBe(quotes.length);
    expect(triggers()).toEqual(before);
    expect(db().prepare('SELECT count(*) FROM temp.sqlite_schema').pluck().get()).toBe(0);
    // The per-row triggers work again afterwards.
    db().prepare('DELETE FROM codings WHERE guid = ?').run('bulk-4');
    db().prepare("UPDATE codings SET stance = 'contradicts' WHERE guid = 'bulk-5'").run();
    expect(evidence()).toEqual(derived());
  });

  it('a failure inside leaves the project as it was, triggers included', () => {
    const before = { evidence: evidence(), triggers: triggers() };
    expect(() =>
      db().transaction(() =>
        withDeferredEvidence(db(), () => {
          db().prepare('DELETE FROM codings').run();
          throw new Error('disk full');
        }),
      )(),
    ).toThrow('disk full');
    expect({ evidence: evidence(), triggers: triggers() }).toEqual(before);
    expect(db().prepare('SELECT count(*) FROM temp.sqlite_schema').pluck().get()).toBe(0);
  });

  it('undo and redo of a step of hundreds of codings (a merge) keep the evidence exact', () => {
    const ctx = t.core.session.context();
    const quotes = ids('SELECT id FROM quotes ORDER BY id');
    const tags = ids('SELECT id FROM tags ORDER BY id');
    const has = db().prepare('SELECT 1 FROM codings WHERE quote_id = ? AND tag_id = ?');
    const before = { evidence: evidence(), triggers: triggers() };
    undoable(ctx, { label: 'Many codings', action: 'merge', entity: 'project', kinds: ['coding'] }, (cs) => {
      let n = 0;
      for (const q of quotes)
        for (const tag of tags)
          if (!has.get(q, tag) && n < 600)
            cs.insert('codings', { guid: `bulk-${n++}`, quote_id: q, tag_id: tag, created_at: 1 });
      expect(n).toBe(600);
    });
    const done = evidence();
    expect(done.length).toBeGreaterThan(before.evidence.length);
    expect(done).toEqual(derived());
    step(ctx, 'undo');
    expect({ evidence: evidence(), triggers: triggers() }).toEqual(before);
    step(ctx, 'redo');
    expect(evidence()).toEqual(done);
    expect(triggers()).toEqual(before.triggers);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withDeferredEvidence(db(), () => 0)).toThrow(/inside a transaction/);
  });
});
